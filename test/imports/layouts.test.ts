import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { failed, ok, start } from '../support/harness';
import { alipayCsv, ccbCsv, cmbCsv, icbcCsv, wechatCsv, wechatXlsx } from '../support/statement-layouts';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function preview(bytes: Uint8Array, fileName = 'statement.csv') {
  const s = start();
  const { id: caseId } = ok(call(s, 'cases.create', { caseNumber: '(2026)流1号' }));
  const p = ok(call(s, 'imports.preview', { caseId, fileName, base64: b64(bytes) }));
  return { s, caseId, p, base64: b64(bytes), fileName };
}

/** Each row as [row, date, amount, payer, note] when a payment, else [row, skipped text, paired row]. */
const brief = (rows: ReturnType<typeof preview>['p']['rows']) =>
  rows.map((r) =>
    r.payment
      ? [r.row, r.payment.date, r.payment.amount, r.payment.payer, r.payment.note]
      : [r.row, r.skipped?.zh ?? r.errors.map((e) => e.zh).join('；'), r.pairedWith ?? null],
  );

describe('statement layouts: recognised from preamble and header, preamble and footer skipped', () => {
  it('支付宝 交易流水证明 (GBK, 24 preamble lines): the refund and the closed trade beside their orders', () => {
    const { s, caseId, p, base64, fileName } = preview(alipayCsv());
    expect(p.layout).toBe('alipay');
    expect(p.encoding).toBe('gb18030');
    expect(p.headerRow).toBe(25);
    expect(p.mapping).toEqual({
      date: '交易时间',
      amount: '金额',
      payer: '交易对方',
      kind: null,
      note: '商品说明',
    });
    expect(brief(p.rows)).toEqual([
      [26, '2024-01-15', '10000.00', '李某某', '执行款'],
      [27, '2024-02-01', '10000.00', '李某某', '执行款第二笔'],
      [28, '退款，对应第 27 行的订单，不作为履行款导入', 27],
      [29, '交易关闭（与第 30 行为同一订单），未发生资金往来，不作为履行款导入', 30],
      [30, '2024-03-01', '150.00', '李某某', '执行款'],
    ]);
    // order numbers lose the tab they end in
    expect(p.rows[0]!.values[p.columns.indexOf('交易订单号')]).toBe('2024011522001400001');
    expect(p.rows[1]!.notices?.map((n) => n.zh)).toEqual([
      '该订单已在第 28 行退款 100.00 元，请核实是否仍计为履行款',
    ]);
    expect(p.summary).toEqual({ rows: 5, valid: 3, invalid: 0, skipped: 2, total: '20150.00' });

    // confirm with no rows named: the three payments; the refund named by number is refused
    const refused = failed(call(s, 'imports.confirm', { caseId, fileName, base64, rows: [26, 28] }));
    expect(refused.code).toBe('IMPORT_INVALID');
    expect(refused.message_zh).toBe('所选的第 28 行是退款、关闭的交易或不计收支，不能作为履行款导入');
    const done = ok(call(s, 'imports.confirm', { caseId, fileName, base64 }));
    expect(done.imported).toBe(3);
    expect(done.batch).toMatchObject({
      layout: 'alipay',
      encoding: 'gb18030',
      rowCount: 5,
      total: '20150.00',
    });
  });

  it('微信支付账单 as CSV and as .xlsx: ¥ amounts, "/" for empty, the refund paired, 中性交易 shown', async () => {
    for (const [bytes, name] of [
      [wechatCsv(), 'wx.csv'],
      [await wechatXlsx(), 'wx.xlsx'],
    ] as const) {
      const { p } = preview(bytes, name);
      expect(p.layout).toBe('wechat');
      expect(p.headerRow).toBe(17);
      expect(brief(p.rows)).toEqual([
        [18, '2024-01-20', '5000.00', '李某某', '执行款'],
        [19, '2024-02-10', '28.16', '李某某', '执行款'],
        [20, '退款，对应第 19 行的订单，不作为履行款导入', 19],
        [21, '不计收支（如余额宝转入转出），不作为履行款导入', null],
      ]);
      expect(p.rows[1]!.notices?.[0]?.zh).toBe('该订单已在第 20 行退款 28.16 元，请核实是否仍计为履行款');
    }
  });

  it('工商银行 借记卡明细: income or expense column, "-" for empty, commas, the 人民币合计 footer left out', () => {
    const { p } = preview(icbcCsv());
    expect(p.layout).toBe('icbc');
    expect(p.headerRow).toBe(6);
    expect(p.mapping.amount).toBe('交易金额(收入)');
    expect(brief(p.rows)).toEqual([
      [7, '2024-01-05', '12000.00', '李某某', '跨行汇款'],
      [8, '2024-02-05', '8000.00', '某某公司', '工资'],
      [9, '2024-03-05', '1234.56', '李某某', '跨行汇款'],
    ]);
    expect(p.summary.rows).toBe(3);
  });

  it('建设银行 CSV: 记账日 header, the 以上数据仅供参考 footer left out', () => {
    const { p } = preview(ccbCsv());
    expect(p.layout).toBe('ccb');
    expect(brief(p.rows)).toEqual([
      [6, '2024-01-10', '6000.00', '李某某', '转账'],
      [7, '2024-02-11', '300.00', '', '利息'],
    ]);
  });

  it('招商银行 (GBK, CRLF): # preamble and # 合计 footer left out', () => {
    const { p } = preview(cmbCsv());
    expect(p.layout).toBe('cmb');
    expect(p.encoding).toBe('gb18030');
    expect(p.headerRow).toBe(8);
    expect(brief(p.rows)).toEqual([
      [9, '2024-01-08', '2500.00', '', '执行款 李某某'],
      [10, '2024-03-08', '2500.00', '', '执行款 李某某'],
    ]);
  });

  it('a legacy .xls (建设银行 exports it) is refused with a message to save it as .xlsx', () => {
    const s = start();
    const { id: caseId } = ok(call(s, 'cases.create', { caseNumber: '(2026)流2号' }));
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const e = failed(call(s, 'imports.preview', { caseId, fileName: '明细.xls', base64: b64(ole) }));
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message_zh).toContain('另存为 .xlsx');
  });

  it('a UTF-16 file (Excel 「Unicode 文本」) previews and confirms (the CHECK refused it: INTERNAL)', () => {
    for (const [encoding, bytes] of [
      [
        'utf-16le',
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from('到账日期\t金额\t付款人\n2024-05-01\t300.00\t张三\n', 'utf16le'),
        ]),
      ],
      [
        'utf-16be',
        Buffer.concat([
          Buffer.from([0xfe, 0xff]),
          Buffer.from('到账日期\t金额\t付款人\n2024-05-01\t300.00\t张三\n', 'utf16le').swap16(),
        ]),
      ],
    ] as const) {
      const { s, caseId, p, base64 } = preview(new Uint8Array(bytes), 'unicode.txt');
      expect(p.encoding).toBe(encoding);
      const done = ok(call(s, 'imports.confirm', { caseId, fileName: 'unicode.txt', base64 }));
      expect(done.batch).toMatchObject({ encoding, layout: null, importedCount: 1, total: '300.00' });
      expect(done.payments.map((x) => [x.date, x.amount])).toEqual([['2024-05-01', '300.00']]);
    }
  });
});

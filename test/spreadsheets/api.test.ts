import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, type Services } from '../../core/platform/api/services';
import { failed, ok, start } from '../support/harness';
import { cowCase, cowPlan } from '../support/settlement-helpers';
import type { SpreadsheetExport } from '../../core/features/spreadsheets/model';

async function open(x: SpreadsheetExport): Promise<ExcelJS.Workbook> {
  expect(x.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

/** Rows from the header (row 2) down, each cell's value as exceljs reads it. */
function table(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  const width = ws.getRow(2).cellCount;
  for (let r = 2; r <= ws.rowCount; r++)
    out.push(Array.from({ length: width }, (_, c) => ws.getRow(r).getCell(c + 1).value ?? null));
  return out;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function ledgerCase(s: Services): number {
  const c = ok(call(s, 'cases.create', { caseNumber: '（2026）京0105执123号', asOf: '2024-03-01' }));
  ok(call(s, 'obligations.add', { caseId: c.id, kind: 'principal', amount: '100000.00', due: '2024-01-01' }));
  ok(
    call(s, 'obligations.add', {
      caseId: c.id,
      kind: 'fee',
      amount: '2300.00',
      due: '2024-01-01',
      label: '=HYPERLINK("http://x","案件受理费")',
    }),
  );
  ok(call(s, 'payments.add', { caseId: c.id, date: '2024-03-01', amount: '10000.00' }));
  return c.id;
}

describe('spreadsheets: the clerk’s .xlsx of the ledger, the schedule, the distribution plan, the measures', () => {
  it('the ledger: obligations, each payment by bucket, the details and the balances, as numbers and dates', async () => {
    const s = start();
    const caseId = ledgerCase(s);
    const x = ok(call(s, 'spreadsheets.ledger', { caseId }));
    expect(x.fileName).toBe('（2026）京0105执123号-执行款对账表-截至2024-03-01.xlsx');
    expect(x.sheets).toEqual([
      { name: '执行标的', rows: 2 },
      { name: '履行款分配', rows: 2 },
      { name: '分配明细', rows: 2 },
      { name: '尚欠余额', rows: 12 },
    ]);
    const wb = await open(x);
    const obligations = wb.getWorksheet('执行标的')!;
    expect(obligations.getCell('A1').value).toBe(
      '（2026）京0105执123号 执行标的（截至2024-03-01，金额单位：元）',
    );
    expect(table(obligations)).toEqual([
      ['编号', '类别', '名称', '金额', '应履行日期', '计息基数', '计息起始日', '计息截止日'],
      ['O1', '本金', null, 100000, day('2024-01-01'), null, null, null],
      ['O2', '费用', '=HYPERLINK("http://x","案件受理费")', 2300, day('2024-01-01'), null, null, null],
    ]);
    // a label that looks like a formula is a string, never a formula
    expect(obligations.getCell('C4').type).toBe(ExcelJS.ValueType.String);
    expect(obligations.getCell('D3').numFmt).toBe('#,##0.00');
    expect(obligations.getCell('E3').numFmt).toBe('yyyy-mm-dd');

    // Regime C (after 2014-08-01): money debt first, fee before principal (S6 default): 2,300.00 then 7,700.00.
    const payments = table(wb.getWorksheet('履行款分配')!);
    expect(payments[0]).toEqual([
      '序号',
      '编号',
      '履行日期',
      '履行方式',
      '履行金额',
      '冲抵本金',
      '冲抵费用',
      '冲抵一般债务利息',
      '冲抵旧规则迟延利息',
      '冲抵加倍部分债务利息',
      '多付金额',
      '冲抵规则',
    ]);
    expect(payments[1]!.slice(0, 11)).toEqual([
      1,
      'p1',
      day('2024-03-01'),
      '自动履行',
      10000,
      7700,
      2300,
      0,
      0,
      0,
      0,
    ]);
    expect(payments[2]!.slice(0, 11)).toEqual(['合计', null, null, null, 10000, 7700, 2300, 0, 0, 0, 0]);
    expect(String(payments[1]![11])).toMatch(/^C 规则/);

    expect(table(wb.getWorksheet('分配明细')!).slice(1)).toEqual([
      ['p1', day('2024-03-01'), 'O2', '=HYPERLINK("http://x","案件受理费")', '费用', 2300],
      ['p1', day('2024-03-01'), 'O1', null, '本金', 7700],
    ]);

    // doubled interest: 102,300.00 × 0.000175 × 60 days (2024-01-02 … 2024-03-01) = 1,074.15
    const balances = table(wb.getWorksheet('尚欠余额')!);
    const total = balances.at(-1)!;
    expect(total).toEqual([null, '合计', null, 93374.15]);
    const byBucket = Object.fromEntries(balances.slice(-6, -1).map((r) => [r[2], r[3]]));
    expect(byBucket).toEqual({
      本金: 92300,
      费用: 0,
      一般债务利息: 0,
      旧规则迟延利息: 0,
      加倍部分债务利息: 1074.15,
    });
    const computed = ok(call(s, 'ledger.compute', { caseId }));
    expect(computed.balances.total).toBe('93374.15');
  });

  it('the settlement schedule: instalments with running total and remainder, Chinese labels', async () => {
    const s = start();
    const caseId = cowCase(s);
    const saved = ok(call(s, 'settlements.save', cowPlan(caseId, '115.76', '115.71')));
    const x = ok(call(s, 'spreadsheets.schedule', { id: saved.id }));
    expect(x.fileName).toBe('(2026)黑1084执恢12号-和解协议履行计划-以牛抵债及分期付款.xlsx');
    const ws = (await open(x)).getWorksheet('履行计划')!;
    expect(ws.getCell('A1').value).toBe(
      '(2026)黑1084执恢12号 以牛抵债及分期付款 履行计划（和解总额 132300.05 元，金额单位：元）',
    );
    const rows = table(ws);
    expect(rows[0]).toEqual([
      '序号',
      '履行日期',
      '履行方式',
      '期次',
      '金额',
      '是否计入和解总额',
      '累计履行',
      '剩余未履行',
    ]);
    // 77,300.05 in six: 12,883.34 five times and 12,883.35 last; month ends clamped
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[6], r[7]])).toEqual([
      [1, day('2026-01-15'), null, 55000, 55000, 77300.05],
      [2, day('2026-01-31'), '第1期/共6期', 12883.34, 67883.34, 64416.71],
      [3, day('2026-02-28'), '第2期/共6期', 12883.34, 80766.68, 51533.37],
      [4, day('2026-03-31'), '第3期/共6期', 12883.34, 93650.02, 38650.03],
      [5, day('2026-04-30'), '第4期/共6期', 12883.34, 106533.36, 25766.69],
      [6, day('2026-05-31'), '第5期/共6期', 12883.34, 119416.7, 12883.35],
      [7, day('2026-06-30'), '第6期/共6期', 12883.35, 132300.05, 0],
    ]);
    expect(rows.slice(1).every((r) => r[5] === '是')).toBe(true);
    expect(saved.projection.schedule.map((r) => r.label.zh)).toEqual(rows.slice(1).map((r) => r[2]));
  });

  it('the distribution plan: claims in their classes, the ratio, the totals and the computation', async () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)示5号' }));
    const saved = ok(
      call(s, 'distribution.save', {
        caseId: c.id,
        title: '执行款分配',
        debtor: '某公司',
        planDate: '2026-02-01',
        amount: '1000.00',
        claims: [
          { creditor: '执行费', class: 'costs', amount: '100.00' },
          { creditor: '甲', class: 'ordinary', amount: '600.00' },
          { creditor: '@乙', class: 'ordinary', amount: '900.00', note: '+备注' },
        ],
      }),
    );
    const x = ok(call(s, 'spreadsheets.distribution', { id: saved.id }));
    expect(x.sheets.map((sh) => sh.name)).toEqual(['分配方案', '按顺位汇总', '计算过程']);
    const wb = await open(x);
    const claims = table(wb.getWorksheet('分配方案')!);
    // 1,000.00 − costs 100.00 = 900.00 for 1,500.00 of ordinary claims: 60 %, 360.00 and 540.00
    expect(claims.slice(1, 4).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[8], r[9]])).toEqual([
      [1, '执行费', 100, 100, 0, 100, 0, '否', null],
      [2, '甲', 600, 360, 240, 360, 0, '否', null],
      [3, '@乙', 900, 540, 360, 540, 0, '否', '+备注'],
    ]);
    expect(claims[1]![2]).toBe('执行费用');
    expect(claims.slice(4).map((r) => [r[1], r[4]])).toEqual([
      ['可供分配金额', 1000],
      ['债权总额', 1600],
      ['已分配', 1000],
      ['本次支付', 1000],
      ['提存', 0],
      ['余额退还被执行人', 0],
    ]);
    const classes = wb.getWorksheet('按顺位汇总')!;
    expect(
      table(classes)
        .slice(1)
        .map((r) => [r[1], r[2], r[3], r[4]]),
    ).toEqual([
      [100, 100, 100, '是'],
      [1500, 900, 60, '否'],
    ]);
    expect(classes.getCell('D4').numFmt).toBe('0.0000');
    const trace = table(wb.getWorksheet('计算过程')!);
    expect(trace.length).toBe(saved.result.trace.length + 3);
    expect(trace[1]![1]).toBe(saved.result.basis.zh);
  });

  it('the measures register: terms, last days, days left and status on the as-of day', async () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)示6号' }));
    ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'depositFreeze',
        object: '被执行人张某某在某银行账户',
        rulingNumber: '(2025)示12号之一',
        startDate: '2025-02-10',
      }),
    );
    ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'consumptionLimit',
        object: '张某某',
        startDate: '2025-03-01',
      }),
    );
    const x = ok(call(s, 'spreadsheets.measures', { caseId: c.id, asOf: '2026-01-21' }));
    expect(x.fileName).toBe('(2026)示6号-查控措施台账-截至2026-01-21.xlsx');
    const rows = table((await open(x)).getWorksheet('查控措施台账')!);
    expect(rows[0]!.slice(0, 9)).toEqual([
      '序号',
      '措施类别',
      '财产或对象',
      '裁定书文号',
      '起始日期',
      '期限（月）',
      '到期日期',
      '剩余天数',
      '状态',
    ]);
    // 2025-02-10 + 12 months → 2026-02-09; from 2026-01-21 that is 19 days
    expect(rows.slice(1).map((r) => r.slice(0, 12))).toEqual([
      [
        1,
        '冻结存款',
        '被执行人张某某在某银行账户',
        '(2025)示12号之一',
        day('2025-02-10'),
        12,
        day('2026-02-09'),
        19,
        '即将到期',
        null,
        null,
        '本院',
      ],
      [
        2,
        '限制消费',
        '张某某',
        null,
        day('2025-03-01'),
        '无固定期限',
        '无固定期限',
        null,
        '有效',
        null,
        null,
        '本院',
      ],
    ]);
  });

  it('an unknown case or plan is NOT_FOUND; a ledger that cannot be computed says why', () => {
    const s = start();
    expect(failed(call(s, 'spreadsheets.ledger', { caseId: 999 })).code).toBe('NOT_FOUND');
    expect(failed(call(s, 'spreadsheets.schedule', { id: 999 })).code).toBe('NOT_FOUND');
    expect(failed(call(s, 'spreadsheets.distribution', { id: 999 })).code).toBe('NOT_FOUND');
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)示7号' }));
    expect(failed(call(s, 'spreadsheets.ledger', { caseId: c.id })).code).toBe('LEDGER_INVALID');
  });
});

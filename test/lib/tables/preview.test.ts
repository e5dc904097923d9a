import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../core/features/imports/preview';
import { ImportFileError } from '../../../core/lib/tables/problems';
import { CSV_TEXT, gbk, statementXlsx, utf8 } from '../../support/import-files';

const payments = (p: ReturnType<typeof previewImport>) =>
  p.rows.map((r) => r.payment ?? r.errors.map((e) => e.zh));

function fileError(fn: () => unknown): ImportFileError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

const EXPECTED = [
  { date: '2024-03-05', amount: '1234.56', payer: '张三', kind: '自动履行', note: '执行款' },
  { date: '2024-04-01', amount: '500.00', payer: '张三', kind: '自动履行', note: '备注, 含逗号' },
  { date: '2024-05-02', amount: '10000.50', payer: '李四', kind: '自动履行', note: '' },
];

describe('CSV statements', () => {
  it('reads UTF-8 with a BOM, proposes the mapping from the header words', () => {
    const p = previewImport({ bytes: utf8(CSV_TEXT) }, []);
    expect(p.encoding).toBe('utf-8');
    expect(p.columns).toEqual(['交易日期', '收入金额（元）', '对方户名', '摘要']);
    expect(p.proposedMapping).toEqual({
      date: '交易日期',
      amount: '收入金额（元）',
      payer: '对方户名',
      kind: null,
      note: '摘要',
    });
    expect(payments(p)).toEqual(EXPECTED);
    expect(p.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(p.summary).toEqual({ rows: 3, valid: 3, invalid: 0, skipped: 0, total: '11735.06' });
  });

  it('reads the same file saved as GBK, and a semicolon-separated one without BOM', () => {
    const p = previewImport({ bytes: gbk(CSV_TEXT) }, []);
    expect(p.encoding).toBe('gb18030');
    expect(payments(p)).toEqual(EXPECTED);
    const semi = '日期;金额;付款人\n2024-03-05;100;王五\n';
    expect(payments(previewImport({ bytes: utf8(semi, false) }, []))).toEqual([
      { date: '2024-03-05', amount: '100.00', payer: '王五', kind: '自动履行', note: '' },
    ]);
  });

  it('reports every bad row with its file row number, and duplicates in the file and in the case', () => {
    const text = [
      '说明：某银行对账单', // a title line above the header
      '日期,金额,付款人,类型',
      '2024-03-05,100.00,张三,划拨',
      '2023-02-29,100.00,张三,',
      '2024-03-06,12.345,张三,',
      '2024-03-07,-5,张三,',
      '',
      '2024-03-05,100,张三,划拨',
      '2024-03-08,200,张三,转账',
      '2024-03-09,300,李四,',
    ].join('\n');
    const p = previewImport({ bytes: utf8(text) }, [
      { code: 'p1', date: '2024-03-09', amount: '300.00', payer: null },
    ]);
    expect(p.headerRow).toBe(2);
    expect(p.rows.map((r) => [r.row, r.errors.map((e) => e.zh)])).toEqual([
      [3, []],
      [4, ['日期「2023-02-29」不存在（请核对年月日）']],
      [5, ['金额「12.345」超过两位小数（到分）']],
      [6, ['金额「-5」为负数，不是收到的款项']],
      [8, ['与文件第 3 行重复']],
      [9, ['类型「转账」不是 自动履行、划拨、提取、拍卖、变卖、以物抵债、其他变价 之一（可不对应此列）']],
      [10, ['与本案已有付款 p1（2024-03-09，300.00 元）重复']],
    ]);
    expect(p.rows[0]!.payment).toEqual({
      date: '2024-03-05',
      amount: '100.00',
      payer: '张三',
      kind: '划拨',
      note: '',
    });
    expect(p.summary).toMatchObject({ rows: 7, valid: 1, invalid: 6, total: '100.00' });
  });

  it('a changed mapping reads other columns; an unknown column or a missing amount is refused', () => {
    const p = previewImport(
      {
        bytes: utf8(CSV_TEXT),
        mapping: { date: '交易日期', amount: '收入金额（元）', payer: null, note: '对方户名' },
      },
      [],
    );
    expect(p.rows[0]!.payment).toMatchObject({ payer: '', note: '张三' });
    const unknown = fileError(() =>
      previewImport({ bytes: utf8(CSV_TEXT), mapping: { date: '交易日期', amount: '贷方' } }, []),
    );
    expect(unknown.code).toBe('mappingUnknownColumn');
    expect(unknown.zh).toMatch(/^列对应有误：「金额」对应的列「贷方」在文件中不存在/);
    expect(
      fileError(() =>
        previewImport({ bytes: utf8(CSV_TEXT), mapping: { date: '交易日期', amount: null } }, []),
      ).zh,
    ).toBe('请指定「金额」对应的列');
  });

  it('refuses an empty file, a header without rows, a broken quote and a binary file', () => {
    expect(fileError(() => previewImport({ bytes: new Uint8Array() }, [])).code).toBe('empty');
    expect(fileError(() => previewImport({ bytes: utf8('\n\n') }, [])).code).toBe('empty');
    expect(fileError(() => previewImport({ bytes: utf8('日期,金额\n') }, [])).code).toBe('noRows');
    const broken = fileError(() =>
      previewImport({ bytes: utf8('日期,金额,摘要\n2024-03-05,100,"未闭合\n2024-03-06,1,x\n') }, []),
    );
    expect([broken.code, broken.zh]).toEqual(['csvBroken', 'CSV 文件格式错误：第 2 行附近的引号没有闭合']);
    expect(
      fileError(() => previewImport({ bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) }, [])).zh,
    ).toMatch(/旧版 Excel/);
    expect(fileError(() => previewImport({ bytes: new Uint8Array(21 * 1024 * 1024) }, [])).code).toBe(
      'tooLarge',
    );
  });
});

describe('XLSX statements', () => {
  it('reads the chosen sheet: Excel dates, text dates, and doubles as exact fen', async () => {
    const bytes = await statementXlsx();
    const p = previewImport({ bytes, sheet: '到账明细' }, []);
    expect([p.format, p.sheets, p.sheet]).toEqual(['xlsx', ['说明', '到账明细'], '到账明细']);
    expect(p.proposedMapping).toEqual({
      date: '到账日期',
      amount: '金额',
      payer: '付款人',
      kind: null,
      note: '备注',
    });
    expect(payments(p)).toEqual([
      { date: '2020-04-19', amount: '1234.50', payer: '被执行人甲', kind: '自动履行', note: '第一笔' },
      { date: '2020-05-19', amount: '0.30', payer: '被执行人甲', kind: '自动履行', note: '' },
      { date: '2020-06-01', amount: '30000.00', payer: '案外人乙', kind: '自动履行', note: '代付' },
    ]);
    expect(p.summary.total).toBe('31234.80');
  });

  it('passes over a notes sheet to the first with date and amount columns, and names the sheets when the chosen one is missing', async () => {
    const bytes = await statementXlsx();
    // The first sheet is the title page: nothing in it looks like a date or an amount column.
    const p = previewImport({ bytes }, []);
    expect([p.sheet, p.summary.rows, p.summary.total]).toEqual(['到账明细', 3, '31234.80']);
    // chosen explicitly, the notes sheet is previewed as it is, and says what is missing
    expect(fileError(() => previewImport({ bytes, sheet: '说明' }, [])).code).toBe('mappingIncomplete');
    const e = fileError(() => previewImport({ bytes, sheet: '明细' }, []));
    expect([e.code, e.zh]).toEqual(['sheetUnknown', '工作表「明细」不存在；本文件的工作表：说明、到账明细']);
  });

  it('refuses a number with more than two decimals instead of rounding it, citing the sheet row', async () => {
    const bytes = await statementXlsx([[4, new Date(Date.UTC(2020, 6, 1)), 12.345, '被执行人甲', '']]);
    const p = previewImport({ bytes, sheet: '到账明细' }, []);
    expect(p.rows.at(-1)).toMatchObject({ row: 5, errors: [{ zh: '金额「12.345」超过两位小数（到分）' }] });
  });

  it('refuses a damaged workbook', async () => {
    const bytes = (await statementXlsx()).slice(0, 2000);
    expect(fileError(() => previewImport({ bytes }, [])).code).toBe('xlsxBroken');
  });
});

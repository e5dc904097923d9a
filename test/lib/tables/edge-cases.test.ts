import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../core/lib/tables/csv';
import { decodeText } from '../../../core/lib/tables/decode';
import { MAX_CELL_CHARS, previewImport } from '../../../core/features/imports/preview';
import { readXlsx } from '../../../core/lib/tables/xlsx';
import { CSV_TEXT, gbk, utf8 } from '../../support/import-files';

/** Issue 8, item 4: formulas, huge cells, broken encodings and CSV injection in statement files. */

async function formulaXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('到账明细');
  ws.addRow(['到账日期', '金额', '付款人', '核对']);
  // Saved by Excel: the formula and its cached result.
  ws.addRow(['2024-03-05', { formula: '100*2', result: 200 }, '张三', { formula: 'B2', result: 200 }]);
  // Written by a program that does not calculate: the formula only.
  ws.addRow(['2024-03-06', { formula: 'SUM(B2:B2)' }, '张三', '']);
  // A formula without a result in a column nobody imports is harmless.
  ws.addRow(['2024-03-07', 300, '李四', { formula: 'B4*2' }]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('.xlsx formula cells', () => {
  it('reads a formula cell as its cached result, and knows which ones have none', async () => {
    const book = readXlsx(await formulaXlsx());
    expect(book.rows[1]).toEqual(['2024-03-05', '200', '张三', '200']);
    expect(book.rows[2]![1]).toBe('');
    expect([...book.formulasWithoutValue].sort()).toEqual(['3:1', '4:3']);
  });

  it('a formula without a result in a mapped column is a row error; elsewhere it is ignored', async () => {
    const p = previewImport({ bytes: await formulaXlsx() }, []);
    expect(p.rows[0]!.payment).toMatchObject({ date: '2024-03-05', amount: '200.00' });
    expect(p.rows[1]!.payment).toBeUndefined();
    expect(p.rows[1]!.errors[0]!.zh).toContain('公式单元格无计算结果');
    expect(p.rows[1]!.errors[0]!.zh).toContain('「金额」列');
    expect(p.rows[2]!.payment).toMatchObject({ date: '2024-03-07', amount: '300.00', payer: '李四' });
    expect(p.summary).toEqual({ rows: 3, valid: 2, invalid: 1, skipped: 0, total: '500.00' });
  });
});

describe('CSV cells that look like formulas', () => {
  it('are data: never evaluated, kept verbatim in payer and note, and not numbers', () => {
    const csv = [
      '日期,金额,付款人,摘要',
      '2024-03-05,100,"=HYPERLINK(""http://x"",""点我"")",@SUM(1+1)',
      '2024-03-06,=1+1,张三,',
      '2024-03-07,+200,张三,-cmd|/c calc',
    ].join('\n');
    const p = previewImport({ bytes: utf8(csv) }, []);
    expect(p.rows[0]!.payment).toMatchObject({
      amount: '100.00',
      payer: '=HYPERLINK("http://x","点我")',
      note: '@SUM(1+1)',
    });
    expect(p.rows[1]!.payment).toBeUndefined();
    expect(p.rows[1]!.values[1]).toBe('=1+1');
    expect(p.rows[1]!.errors.length).toBeGreaterThan(0);
    expect(p.rows[2]!.values[3]).toBe('-cmd|/c calc');
  });

  it('are escaped when written to CSV (csvCell)', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('张三, 李四')).toBe('"张三, 李四"');
    expect(csvCell('执行款')).toBe('执行款');
  });
});

describe('huge cells', () => {
  it('a cell over the limit is cut in the preview and its row is an error; the others import', () => {
    const long = '长'.repeat(MAX_CELL_CHARS + 500);
    const huge = 'x'.repeat(1_000_000);
    const csv = [
      '日期,金额,付款人,摘要,其他',
      `2024-03-05,100,张三,${long},`,
      '2024-03-06,200,张三,,',
      `2024-03-07,300,张三,,${huge}`,
    ].join('\n');
    const p = previewImport({ bytes: utf8(csv) }, []);
    expect(p.rows[0]!.values[3]).toHaveLength(MAX_CELL_CHARS + 1);
    expect(p.rows[0]!.errors[0]!.zh).toBe(
      `「摘要」列的单元格过长（${MAX_CELL_CHARS + 500} 个字符，上限 ${MAX_CELL_CHARS}），不像付款记录`,
    );
    expect(p.rows[1]!.payment).toMatchObject({ amount: '200.00' });
    // Even in a column nobody imports: a megabyte in one cell is not a statement line.
    expect(p.rows[2]!.errors[0]!.zh).toContain('「其他」列的单元格过长（1000000 个字符');
    expect(JSON.stringify(p).length).toBeLessThan(20_000);
    expect(p.summary).toMatchObject({ valid: 1, invalid: 2, total: '200.00' });
  });
});

describe('broken encodings', () => {
  it('a UTF-8 file cut short inside a character stays UTF-8; the torn cell is a row error', () => {
    const bytes = utf8(`${CSV_TEXT}\r\n2024-06-01,99,王五`, false);
    const cut = bytes.subarray(0, bytes.length - 1); // the last byte of 「五」 is missing
    expect(decodeText(cut).encoding).toBe('utf-8');
    const p = previewImport({ bytes: cut }, []);
    expect(p.columns).toEqual(['交易日期', '收入金额（元）', '对方户名', '摘要']);
    expect(p.rows.slice(0, 3).every((r) => r.payment)).toBe(true);
    const last = p.rows[3]!;
    expect(last.payment).toBeUndefined();
    expect(last.values[2]).toBe('王\uFFFD');
    expect(last.errors[0]!.zh).toContain('无法识别的字符（文件可能被截断');
  });

  it('a GBK file is still read as GBK (the cut-short rule does not swallow it)', () => {
    expect(decodeText(gbk(CSV_TEXT)).encoding).toBe('gb18030');
    expect(decodeText(gbk(`${CSV_TEXT}王`)).encoding).toBe('gb18030');
  });

  it('reads Excel "Unicode text": UTF-16 LE or BE with a BOM, tab-separated', () => {
    const tsv = CSV_TEXT.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\t');
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(tsv, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(tsv, 'utf16le').swap16()]);
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const p = previewImport({ bytes }, []);
      expect(p.encoding).toBe(encoding);
      expect(p.columns).toEqual(['交易日期', '收入金额（元）', '对方户名', '摘要']);
      expect(p.summary).toEqual({ rows: 3, valid: 3, invalid: 0, skipped: 0, total: '11735.06' });
    }
  });
});

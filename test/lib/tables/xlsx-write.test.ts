import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  columnLetter,
  excelSerial,
  sheetName,
  writeXlsx,
  type SheetSpec,
} from '../../../core/lib/tables/xlsx-write';
import { readXlsx } from '../../../core/lib/tables/xlsx';
import { unzipSync } from '../../../core/lib/tables/zip';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const SHEET: SheetSpec = {
  name: '对账表',
  title: '（2026）京0105执123号 截至2026年1月21日',
  columns: [{ header: '日期', width: 12 }, { header: '金额（元）' }, { header: '备注' }, { header: '天数' }],
  rows: [
    [{ date: '2024-03-01' }, { money: '830000.5' }, '=HYPERLINK("http://x","点我")', { int: 3 }],
    [{ date: '2000-02-29' }, { money: '0.10' }, '@SUM(A1)', null],
    [null, { money: '1234567.89' }, '+86 138', { int: -5 }],
    [null, { money: '-12.30' }, '-1', null],
    ['普通文字 & <标记>', null, '张三', null],
  ],
};

describe('the synchronous .xlsx writer, read back with exceljs', () => {
  it('writes the title, the header, amounts as numbers with two decimals and days as real dates', async () => {
    const wb = await load(writeXlsx([SHEET], '2026-01-21T08:00:00.000Z'));
    const ws = wb.getWorksheet('对账表')!;
    expect(ws.getCell('A1').value).toBe('（2026）京0105执123号 截至2026年1月21日');
    expect([1, 2, 3, 4].map((c) => ws.getRow(2).getCell(c).value)).toEqual([
      '日期',
      '金额（元）',
      '备注',
      '天数',
    ]);
    expect(ws.getCell('A2').font?.bold).toBe(true);

    const a3 = ws.getCell('A3');
    expect(a3.value).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(a3.numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('A4').value).toEqual(new Date(Date.UTC(2000, 1, 29)));

    const amounts = ['B3', 'B4', 'B5', 'B6'].map((r) => ws.getCell(r));
    expect(amounts.map((c) => c.value)).toEqual([830000.5, 0.1, 1234567.89, -12.3]);
    expect(amounts.every((c) => c.type === ExcelJS.ValueType.Number && c.numFmt === '#,##0.00')).toBe(true);
    expect(ws.getCell('D3').value).toBe(3);
    expect(ws.getCell('D5').value).toBe(-5);
    expect(ws.getCell('B7').value).toBeNull();
    expect(ws.getCell('A7').value).toBe('普通文字 & <标记>');
  });

  it('writes a text starting with = + - @ as a string with the quote prefix, never as a formula', async () => {
    const bytes = writeXlsx([SHEET], '2026-01-21T08:00:00.000Z');
    const wb = await load(bytes);
    const ws = wb.getWorksheet(1)!;
    // exceljs does not read quotePrefix: look at the cell's style in the file (Excel's 「'」 marker).
    const files = unzipSync(bytes);
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']!);
    const styles = new TextDecoder().decode(files['xl/styles.xml']!);
    const xfs = [...styles.split('<cellXfs')[1]!.matchAll(/<xf [^>]*\/>/g)].map((m) => m[0]);
    const quotePrefixed = (ref: string) => {
      const s = Number(new RegExp(`<c r="${ref}"[^>]* s="(\\d+)"`).exec(sheet)![1]);
      return xfs[s]!.includes('quotePrefix="1"');
    };
    for (const [ref, text] of [
      ['C3', '=HYPERLINK("http://x","点我")'],
      ['C4', '@SUM(A1)'],
      ['C5', '+86 138'],
      ['C6', '-1'],
    ] as const) {
      const cell = ws.getCell(ref);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(quotePrefixed(ref)).toBe(true);
    }
    expect(quotePrefixed('C7')).toBe(false);
    expect(sheet).not.toMatch(/<f[ >]/);
  });

  it('freezes the title and header, filters the header, and gives the same bytes for the same sheets', async () => {
    const one = writeXlsx([SHEET], '2026-01-21T08:00:00.000Z');
    expect(writeXlsx([SHEET], '2026-01-21T08:00:00.000Z')).toEqual(one);
    const ws = (await load(one)).getWorksheet(1)!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBe('A2:D7');
    expect(ws.getColumn(1).width).toBe(12);
  });

  it('our own reader reads it back too, cell for cell as a clerk sees it', () => {
    const { rows } = readXlsx(writeXlsx([SHEET], '2026-01-21T08:00:00.000Z'));
    expect(rows[2]).toEqual(['2024-03-01', '830000.5', '=HYPERLINK("http://x","点我")', '3']);
    expect(rows[3]!.slice(0, 3)).toEqual(['2000-02-29', '0.1', '@SUM(A1)']);
  });

  it('several sheets keep their order; names are made legal and unique', async () => {
    const wb = await load(
      writeXlsx(
        [
          { ...SHEET, name: '分配/方案[1]' },
          { ...SHEET, name: '分配/方案[1]' },
          { ...SHEET, name: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三' },
        ],
        '2026-01-21T08:00:00.000Z',
      ),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '分配_方案_1_',
      '分配_方案_1__2',
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一',
    ]);
    expect(sheetName('', new Set())).toBe('Sheet');
  });

  it('column letters and date serials (Excel: 2024-03-01 is 45352; 1900-03-01 is 61)', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(excelSerial('2024-03-01')).toBe(45352);
    expect(excelSerial('1900-03-01')).toBe(61);
  });

  it('any text, control characters included, comes back as written (minus what XML cannot hold)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), async (text) => {
        const wb = await load(
          writeXlsx(
            [{ name: 's', title: 't', columns: [{ header: 'h' }], rows: [[text]] }],
            '2026-01-01T00:00:00Z',
          ),
        );
        // eslint-disable-next-line no-control-regex
        const kept = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
        const value = wb.getWorksheet(1)!.getCell('A3').value;
        expect(value ?? '').toBe(kept);
      }),
      { numRuns: 60 },
    );
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../core/lib/tables/xlsx';

async function book(date1904: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('明细');
  ws.getCell('A1').value = '日期';
  ws.getCell('B1').value = { richText: [{ text: '金额' }, { text: '（元）', font: { bold: true } }] };
  ws.getCell('D1').value = 'a & b < c';
  ws.getCell('A2').value = new Date(Date.UTC(2024, 1, 29));
  ws.getCell('A2').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('B2').value = { formula: '1000+234.56', result: 1234.56 };
  ws.getCell('C2').value = true;
  ws.getCell('D2').value = 1e-7;
  // 1900-03-01 is day 61 of the 1900 system, just past Excel's phantom 1900-02-29; 1904 starts later.
  ws.getCell('A4').value = date1904 ? new Date(Date.UTC(1904, 0, 2)) : new Date(Date.UTC(1900, 2, 1));
  ws.getCell('A4').numFmt = 'yyyy-mm-dd';
  ws.getCell('B4').value = 12345678901.23;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the synchronous .xlsx reader', () => {
  for (const date1904 of [false, true])
    it(`reads what exceljs wrote (${date1904 ? '1904' : '1900'} date system), rows kept in place`, async () => {
      const { rows, sheets } = readXlsx(await book(date1904));
      expect(sheets).toEqual(['明细']);
      expect(rows).toEqual([
        ['日期', '金额（元）', '', 'a & b < c'],
        ['2024-02-29', '1234.56', 'TRUE', '0.0000001'],
        [],
        [date1904 ? '1904-01-02' : '1900-03-01', '12345678901.23'],
      ]);
    });

  it('agrees with exceljs on every text cell', async () => {
    const bytes = await book(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const mine = readXlsx(bytes).rows;
    wb.worksheets[0]!.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (typeof cell.value === 'string') expect(mine[r - 1]![c - 1]).toBe(cell.value);
        if (cell.value instanceof Date)
          expect(mine[r - 1]![c - 1]).toBe(cell.value.toISOString().slice(0, 10));
      }),
    );
  });
});

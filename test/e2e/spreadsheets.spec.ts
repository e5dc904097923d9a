import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { CasePage } from './pages/CasePage';

test('the ledger to Excel: the button downloads a workbook whose figures are numbers and dates', async ({
  page,
  host,
}) => {
  const { id: caseId } = await apiValue(host, 'cases.create', {
    caseNumber: '(2026)表1号',
    asOf: '2024-03-01',
  });
  await apiValue(host, 'obligations.add', {
    caseId,
    kind: 'principal',
    amount: '100000.00',
    due: '2024-01-01',
  });
  await apiValue(host, 'payments.add', { caseId, date: '2024-03-01', amount: '10000.00' });
  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}`), caseId);
  await new CasePage(page).expectLoaded('(2026)表1号');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('xlsx-ledger').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('(2026)表1号-执行款对账表-截至2024-03-01.xlsx');
  await expect(page.getByTestId('xlsx-ledger-done')).toContainText('已导出');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('履行款分配')!;
  expect(ws.getCell('E3').value).toBe(10000);
  expect(ws.getCell('E3').numFmt).toBe('#,##0.00');
  expect(ws.getCell('C3').value).toEqual(new Date('2024-03-01T00:00:00.000Z'));
  // 100,000.00 × 0.000175 × 60 days = 1,050.00 doubled interest; 90,000.00 principal left
  const balances = wb.getWorksheet('尚欠余额')!;
  expect(balances.getCell(`D${balances.rowCount}`).value).toBe(91050);
});

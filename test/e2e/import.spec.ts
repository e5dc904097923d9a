import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { CasePage } from './pages/CasePage';
import { ImportPage } from './pages/ImportPage';
import { alipayCsv } from '../support/statement-layouts';

/** Statement files are written to a temp folder, as a clerk would pick them from disk. */
let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hd-import-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const BAD = [
  '交易日期,金额,对方户名,摘要',
  '2024-03-05,"5,000.00",张三,第一笔',
  '2024-02-30,1000,张三,日期写错',
  '2024-04-01,12.345,张三,金额多一位',
].join('\r\n');

const GOOD = [
  '交易日期,金额,对方户名,摘要',
  '2024年3月5日,"5,000.00",张三,第一笔',
  '2024/04/01,1234.56,李四,代付',
].join('\r\n');

test('a statement with bad rows is shown row by row and nothing is imported; a good GBK file imports and changes the balance', async ({
  page,
  host,
}) => {
  const { id: caseId } = await apiValue(host, 'cases.create', {
    caseNumber: '(2026)导入1号',
    asOf: '2024-12-31',
  });
  await apiValue(host, 'obligations.add', {
    caseId,
    kind: 'principal',
    amount: '100000.00',
    due: '2024-01-01',
  });

  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}`), caseId);
  const casePage = new CasePage(page);
  await casePage.expectLoaded('(2026)导入1号');
  const balance = page.getByTestId('computation').getByTestId('balance-total');
  await expect(balance).not.toHaveAttribute('data-value', '');
  const before = await balance.getAttribute('data-value');
  await expect(page.getByTestId('import-history')).toHaveCount(0);

  await page.getByTestId('payments-import').click();
  const imp = new ImportPage(page);
  await expect(imp.root).toBeVisible();
  await expect(imp.file).toBeFocused();
  await expect(imp.confirm).toBeDisabled();

  // One bad date and one amount with three decimals: each row says why, in Chinese, with its row number.
  await imp.choose(write('流水-有错.csv', BAD));
  await expect(imp.rows).toHaveCount(3);
  await expect(imp.mapping('date')).toHaveValue('交易日期');
  await expect(imp.mapping('amount')).toHaveValue('金额');
  await expect(imp.mapping('payer')).toHaveValue('对方户名');
  await expect(imp.row(3)).toHaveAttribute('data-bad', 'true');
  await expect(imp.row(3).locator('[data-col="row"]')).toHaveText('3');
  await expect(imp.row(3).getByTestId('import-row-errors')).toHaveText(
    '日期「2024-02-30」不存在（请核对年月日）',
  );
  await expect(imp.row(4).getByTestId('import-row-errors')).toHaveText('金额「12.345」超过两位小数（到分）');
  await expect(imp.row(2).getByTestId('import-row-errors')).toHaveText('');
  await expect(imp.row(2).locator('[data-col="amount"] .amount')).toHaveText('5,000.00');
  await expect(imp.summary('invalid')).toHaveText('2');
  await expect(imp.summary('total')).toHaveAttribute('data-value', '5000.00');
  await expect(imp.confirm).toBeDisabled();
  await expect(page.getByTestId('import-blocked')).toContainText('第 3、4 行有错误');
  if (process.env.HD_SCREENSHOT_DIR)
    await imp.root.screenshot({ path: path.join(process.env.HD_SCREENSHOT_DIR, 'import.png') });

  // Changing the mapping previews again; a mapping without the amount is refused with a Chinese message.
  await imp.mapping('amount').selectOption('');
  await expect(imp.error).toContainText('请指定「金额」对应的列');
  await expect(imp.rows).toHaveCount(0);
  await expect(imp.confirm).toBeDisabled();
  await imp.mapping('amount').selectOption('金额');
  await expect(imp.rows).toHaveCount(3);
  await expect(imp.error).toHaveCount(0);

  // Leaving the bad rows out would allow the import; taking them back blocks it again.
  await page.getByTestId('import-select-good').click();
  await expect(imp.confirm).toBeEnabled();
  await imp.row(3).getByTestId('import-row-check').check();
  await expect(imp.confirm).toBeDisabled();
  expect(await apiValue(host, 'payments.list', { caseId })).toEqual([]);
  expect(await apiValue(host, 'imports.list', { caseId })).toEqual([]);

  // A GBK file (as exported by most Chinese banks): two good rows.
  const gbkFile = write('银行流水-GBK.csv', iconv.encode(GOOD, 'gbk'));
  await imp.choose(gbkFile);
  await expect(page.getByTestId('import-format')).toContainText('gb18030');
  await expect(imp.rows).toHaveCount(2);
  await expect(imp.row(2).locator('[data-col="date"]')).toHaveText('2024-03-05');
  await expect(imp.row(3).locator('[data-col="payer"]')).toHaveText('李四');
  await expect(imp.summary('total')).toHaveAttribute('data-value', '6234.56');
  await expect(imp.confirm).toBeEnabled();
  await imp.confirm.click();

  // Back on the case page: the notice, the payments, the import record, and a new balance.
  await casePage.expectLoaded('(2026)导入1号');
  await expect(page.getByTestId('import-notice')).toHaveText('已导入 2 笔（银行流水-GBK.csv）');
  await expect(casePage.rows('payments')).toHaveCount(2);
  await expect(casePage.total('payments')).toHaveAttribute('data-value', '6234.56');
  await expect(page.getByTestId('import-history-row')).toHaveCount(1);
  await expect(page.getByTestId('import-history-row')).toContainText('银行流水-GBK.csv');
  await expect(page.getByTestId('import-history-row').locator('[data-col="rows"]')).toHaveText('2 / 2 行');
  await expect(balance).not.toHaveAttribute('data-value', before!);
  const computed = await apiValue(host, 'ledger.compute', { caseId, trace: false });
  await expect(balance).toHaveAttribute('data-value', computed.balances.total);
  expect((await apiValue(host, 'payments.list', { caseId })).map((p) => [p.date, p.amount])).toEqual([
    ['2024-03-05', '5000.00'],
    ['2024-04-01', '1234.56'],
  ]);

  // The same file again: the earlier import is pointed out and every row is a duplicate.
  await page.getByTestId('payments-import').click();
  await imp.choose(gbkFile);
  await expect(page.getByTestId('import-previous')).toContainText('同一文件此前已导入本案');
  await expect(imp.row(2).getByTestId('import-row-errors')).toContainText('与本案已有付款');
  await expect(imp.confirm).toBeDisabled();
  // Esc leaves without importing.
  await imp.file.press('Escape');
  await casePage.expectLoaded('(2026)导入1号');
  await expect(casePage.rows('payments')).toHaveCount(2);
});

test('an XLSX export: the clerk picks the statement sheet, real Excel dates and numbers are read, the bad row is left out', async ({
  page,
  host,
}) => {
  const { id: caseId } = await apiValue(host, 'cases.create', {
    caseNumber: '(2026)导入2号',
    asOf: '2024-12-31',
  });
  await apiValue(host, 'obligations.add', {
    caseId,
    kind: 'principal',
    amount: '50000.00',
    due: '2024-01-01',
  });

  const book = new ExcelJS.Workbook();
  book.addWorksheet('说明').addRow(['本文件由法院执行款账户导出']);
  const sheet = book.addWorksheet('执行款流水');
  sheet.addRow(['入账日期', '金额', '缴款人', '备注']);
  sheet.addRow([new Date(Date.UTC(2024, 5, 18)), 8000, '王五', '第一笔']);
  sheet.addRow([new Date(Date.UTC(2024, 8, 30)), 1500.25, '王五', '第二笔']);
  sheet.addRow(['2024-13-01', 100, '王五', '月份写错']);
  sheet.getColumn(1).numFmt = 'yyyy-mm-dd';
  const file = write('执行款账户.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));

  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}/import`), caseId);
  const imp = new ImportPage(page);
  await expect(imp.root).toBeVisible();
  await imp.choose(file);
  // The first sheet holds only a note: the preview passes over it to the sheet with a date and an amount.
  await expect(page.getByTestId('import-sheet')).toHaveValue('执行款流水');
  await expect(imp.rows).toHaveCount(3);
  // The notes sheet, if picked, says what is missing; picking the statement again brings the rows back.
  await page.getByTestId('import-sheet').selectOption('说明');
  await expect(imp.error).toContainText('请指定「日期」「金额」对应的列');
  await expect(imp.confirm).toBeDisabled();
  await page.getByTestId('import-sheet').selectOption('执行款流水');
  await expect(imp.error).toHaveCount(0);
  await expect(imp.rows).toHaveCount(3);
  await expect(imp.mapping('date')).toHaveValue('入账日期');
  await expect(imp.row(2).locator('[data-col="date"]')).toHaveText('2024-06-18');
  await expect(imp.row(3).locator('[data-col="amount"] .amount')).toHaveText('1,500.25');
  await expect(imp.row(4).getByTestId('import-row-errors')).toContainText('2024-13-01');
  await expect(imp.confirm).toBeDisabled();
  await page.getByTestId('import-select-good').click();
  await expect(imp.summary('total')).toHaveAttribute('data-value', '9500.25');
  await imp.confirm.click();

  await expect(page.getByTestId('import-notice')).toHaveText('已导入 2 笔（执行款账户.xlsx）');
  expect((await apiValue(host, 'payments.list', { caseId })).map((p) => [p.date, p.amount])).toEqual([
    ['2024-06-18', '8000.00'],
    ['2024-09-30', '1500.25'],
  ]);
  const history = await apiValue(host, 'imports.list', { caseId });
  expect(history.map((h) => [h.fileName, h.format, h.sheet, h.importedCount, h.total])).toEqual([
    ['执行款账户.xlsx', 'xlsx', '执行款流水', 2, '9500.25'],
  ]);
});

test('a 支付宝 交易流水证明: recognised, the preamble left out, the refund and the closed trade shown beside their orders and not imported', async ({
  page,
  host,
}) => {
  const { id: caseId } = await apiValue(host, 'cases.create', {
    caseNumber: '(2026)导入3号',
    asOf: '2024-12-31',
  });
  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}/import`), caseId);
  const imp = new ImportPage(page);
  await expect(imp.root).toBeVisible();
  await imp.choose(write('支付宝交易流水证明.csv', alipayCsv()));
  await expect(page.getByTestId('import-layout')).toHaveAttribute('data-layout', 'alipay');
  await expect(page.getByTestId('import-layout')).toContainText('支付宝交易流水证明');
  await expect(imp.rows).toHaveCount(5);
  await expect(imp.skipped(28)).toHaveText('退款，对应第 27 行的订单，不作为履行款导入');
  await expect(imp.skipped(28)).toHaveAttribute('data-paired', '27');
  await expect(imp.skipped(29)).toContainText('交易关闭');
  await expect(imp.notices(27)).toHaveText('该订单已在第 28 行退款 100.00 元，请核实是否仍计为履行款');
  await expect(imp.row(28).getByTestId('import-row-check')).not.toBeChecked();
  await expect(imp.row(27).getByTestId('import-row-check')).toBeChecked();
  await expect(imp.summary('skipped')).toHaveText('2');
  await expect(imp.summary('total')).toHaveAttribute('data-value', '20150.00');

  // choosing the refund blocks the import; leaving it out again allows it
  await imp.row(28).getByTestId('import-row-check').check();
  await expect(imp.confirm).toBeDisabled();
  await imp.row(28).getByTestId('import-row-check').uncheck();
  await expect(imp.confirm).toBeEnabled();
  await imp.confirm.click();
  await expect(page.getByTestId('import-notice')).toHaveText('已导入 3 笔（支付宝交易流水证明.csv）');
  const [batch] = await apiValue(host, 'imports.list', { caseId });
  expect(batch).toMatchObject({ layout: 'alipay', encoding: 'gb18030', importedCount: 3, total: '20150.00' });
});

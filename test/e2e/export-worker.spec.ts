import { execFileSync } from 'node:child_process';
import { twentyYearLedger } from '../../bench/ledgers';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { StatementExport } from './pages/StatementExport';

/**
 * A 1,000-payment statement (some 388 pages) is laid out off the host's main thread;
 * the button says which page it is on, the window keeps working, then the signed file downloads.
 */
test('a long statement shows its pages as they are laid out, then downloads signed', async ({
  page,
  host,
}) => {
  const c = await apiValue(host, 'cases.create', {
    caseNumber: '(2006)示1084执123号',
    court: '示例市第一人民法院',
  });
  await apiValue(host, 'ledger.import', { caseId: c.id, text: JSON.stringify(twentyYearLedger(1000)) });
  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}`), c.id);
  await expect(page.getByTestId('computation')).toBeVisible({ timeout: 30_000 });

  const statement = new StatementExport(page);
  const note = statement.progress;
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await statement.button.click();
  await expect(statement.button).toBeDisabled();

  // Page numbers climb while the host lays the document out: the window is re-rendered each time.
  await expect(note).toContainText(/正在生成… 第 \d+ 页/, { timeout: 30_000 });
  const first = Number(await note.getAttribute('data-done'));
  await expect
    .poll(async () => Number((await note.getAttribute('data-done')) ?? first), { timeout: 30_000 })
    .toBeGreaterThan(first);

  const download = await downloaded;
  const file = await download.path();
  const sig = execFileSync('pdfsig', [file], { encoding: 'utf8' });
  expect(sig).toContain('Signature is Valid');
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBeGreaterThan(300);
  await expect(note).toBeHidden();
  await expect(statement.exported).toContainText('已导出');
  await expect(statement.button).toBeEnabled();
});

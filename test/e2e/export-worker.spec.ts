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
  // Every page number the note shows, as it shows it: read once at the end, so a fast last stretch
  // (the note gone before a poll looks again) cannot hide the climb.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { hdSeen: number[] }).hdSeen = seen;
    new MutationObserver(() => {
      const done = document
        .querySelector('[data-testid="statement-export-progress"]')
        ?.getAttribute('data-done');
      if (done != null && Number(done) !== seen.at(-1)) seen.push(Number(done));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await statement.button.click();
  await expect(statement.button).toBeDisabled();

  // Page numbers climb while the host lays the document out: the window is re-rendered each time.
  await expect(note).toContainText(/正在生成… 第 \d+ 页/, { timeout: 30_000 });

  const download = await downloaded;
  const seen = await page.evaluate(() => (window as unknown as { hdSeen: number[] }).hdSeen);
  expect(seen.length).toBeGreaterThan(1);
  for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThan(seen[i - 1]!);
  const file = await download.path();
  const sig = execFileSync('pdfsig', [file], { encoding: 'utf8' });
  expect(sig).toContain('Signature is Valid');
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBeGreaterThan(300);
  await expect(note).toBeHidden();
  await expect(statement.exported).toContainText('已导出');
  await expect(statement.button).toBeEnabled();
});

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { startHost } from './host';

test('a case is exported as a transfer package and received on another installation under a new number', async ({
  page,
  host,
}) => {
  const sample = await apiValue(host, 'cases.createSample', {});
  await apiValue(host, 'measures.add', {
    caseId: sample.id,
    kind: 'realEstateSeal',
    object: '某路 1 号 101 室',
    startDate: '2025-06-01',
  });
  const figures = await apiValue(host, 'ledger.compute', {
    caseId: sample.id,
    asOf: '2026-01-21',
    trace: false,
  });

  await page.goto(host.current.url);
  await page.getByTestId('case-link').first().click();
  const panel = page.getByTestId('transfer-panel');
  await panel.getByTestId('transfer-date').fill('2026-01-21');
  await panel.getByTestId('transfer-court').fill('示例市中级人民法院');
  await panel.getByTestId('transfer-check').click();
  await expect(panel.getByTestId('transfer-check-item').first()).toContainText('未填写移送决定日期');
  const downloading = page.waitForEvent('download');
  await panel.getByTestId('transfer-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('(2006)示1084执123号 移送案卷包.zip');
  await expect(panel.getByTestId('transfer-done')).toContainText(`未执行金额 ${figures.balances.total} 元`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hd-e2e-transfer-'));
  const file = path.join(dir, 'package.zip');
  await download.saveAs(file);

  // The receiving court: another data folder, another host.
  const other = await startHost(path.join(dir, 'receiving'));
  try {
    await page.goto(other.url);
    await page.getByTestId('transfer-import-file').setInputFiles(file);
    await expect(page.getByTestId('transfer-import-verified')).toContainText(
      `原案号 (2006)示1084执123号（示例市第一人民法院），未执行金额 ${figures.balances.total} 元`,
    );
    await page.getByTestId('transfer-import-number').fill('(2026)示01执1号');
    await page.getByTestId('transfer-import-number').press('Enter');
    await expect(page.getByTestId('case-number')).toHaveText('(2026)示01执1号');
    await expect(page.getByTestId('transfer-origin')).toContainText(
      `本案移送自 示例市第一人民法院（原案号 (2006)示1084执123号），移送日期 2026-01-21，未执行金额 ${figures.balances.total} 元`,
    );
    await expect(page.getByTestId('measure-row')).toHaveCount(1);
    await expect(page.getByTestId('measures-table')).toContainText('原执行法院办理（示例市第一人民法院）');
  } finally {
    await other.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

import { mkdtempSync, rmSync } from 'node:fs';
import { groupedAmount as grouped } from '../../core/lib/money/input';
import os from 'node:os';
import path from 'node:path';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { startHost } from './host';
import { CaseListPage } from './pages/CaseListPage';
import { CasePage } from './pages/CasePage';
import { MeasuresSection } from './pages/MeasuresSection';
import { TransferPanel } from './pages/TransferPanel';

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
  await new CaseListPage(page).openCase('(2006)示1084执123号');
  const transfer = new TransferPanel(page);
  await transfer.fill({ date: '2026-01-21', court: '示例市中级人民法院' });
  await transfer.check();
  await expect(transfer.checkItems.first()).toContainText('未填写移送决定日期');
  const download = await transfer.exportPackage();
  expect(download.suggestedFilename()).toBe('(2006)示1084执123号 移送案卷包.zip');
  await expect(transfer.done).toContainText(`未执行金额 ${grouped(figures.balances.total!)} 元`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hd-e2e-transfer-'));
  const file = path.join(dir, 'package.zip');
  await download.saveAs(file);

  // The receiving court: another data folder, another host.
  const other = await startHost(path.join(dir, 'receiving'));
  try {
    await page.goto(other.url);
    await transfer.receive(file);
    // Issue 14: the sending court's certificate is not trusted here yet: refused, subject and fingerprint shown.
    const theirs = (await apiValue(host, 'documents.trustList', {})).own!;
    await expect(transfer.error).toContainText('签名人不在本机受信任列表中，拒绝接收');
    await expect(transfer.fingerprint).toHaveText(theirs.groupedFingerprint);
    await expect(transfer.verified).toHaveCount(0);
    // A fingerprint read back wrongly trusts nothing.
    await transfer.trustWith(theirs.groupedFingerprint.replace(/^./, (c) => (c === '0' ? '1' : '0')));
    await expect(transfer.error).toContainText('输入的指纹与证书不一致');
    await transfer.trustWith(theirs.groupedFingerprint);
    await expect(transfer.verified).toContainText(
      `签名人 ${theirs.commonName}，证书指纹 ${theirs.groupedFingerprint}`,
    );
    await expect(transfer.verified).toContainText(
      `原案号 (2006)示1084执123号（示例市第一人民法院），未执行金额 ${grouped(figures.balances.total!)} 元`,
    );
    await transfer.accept('(2026)示01执1号');
    await new CasePage(page).expectLoaded('(2026)示01执1号');
    await expect(transfer.origin).toContainText(
      `本案移送自 示例市第一人民法院（原案号 (2006)示1084执123号），移送日期 2026-01-21，未执行金额 ${grouped(figures.balances.total!)} 元`,
    );
    const measures = new MeasuresSection(page);
    await expect(measures.rows).toHaveCount(1);
    await expect(measures.table).toContainText('原执行法院办理（示例市第一人民法院）');
  } finally {
    await other.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

import { readFileSync } from 'node:fs';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { callApi } from './host';
import { SettlementPage } from './pages/SettlementPage';
import { SigningPage } from './pages/SigningPage';

test('signing a settlement: from the settlement page, in court order, the debtor refuses, the agreement locks and exports final', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const c = await apiValue(host, 'cases.create', {
    caseNumber: '(2026)和解2号',
    asOf: '2026-01-05',
    judge: '王法官',
    clerk: '刘书记',
  });
  await apiValue(host, 'parties.add', { caseId: c.id, role: 'applicant', name: '李某' });
  await apiValue(host, 'parties.add', { caseId: c.id, role: 'respondent', name: '张某' });
  const plan = {
    caseId: c.id,
    title: '一次付清',
    status: 'concluded' as const,
    concludedOn: '2026-01-05',
    acknowledged: { asOf: '2026-01-05', principal: '100000.00' },
    items: [{ kind: 'lump' as const, date: '2026-02-01', amount: '100000.00' }],
    clauses: {},
  };
  const saved = await apiValue(host, 'settlements.save', plan);

  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}/settlement`), c.id);
  const settlement = new SettlementPage(page);
  await settlement.open(saved.id);
  await settlement.openSigning();
  const signing = new SigningPage(page);
  const signers = signing.signers;
  await expect(signers).toHaveCount(4);
  await expect(signers.nth(0)).toContainText('申请执行人 李某');
  await expect(signers.nth(1)).toContainText('被执行人 张某');
  await expect(signers.nth(2)).toContainText('审判员 王法官');
  await expect(signers.nth(3)).toContainText('书记员 刘书记');

  await expect(signing.current).toContainText('李某');
  await signing.sign(0);

  await signing.refuse(1, '付款期限太短');
  await expect(signers.nth(1)).toContainText('付款期限太短');

  // the court cannot refuse; it signs
  await expect(signing.refuseButton).toHaveCount(0);
  await signing.sign(2);
  await signing.draw();
  await signing.signButton.click();
  await signing.expectLocked();
  await expect(signing.locked).toContainText('本协议已锁定');

  // the final agreement: no longer a draft
  const downloading = page.waitForEvent('download');
  await page.getByTestId('settlement-signing-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('(2026)和解2号 执行和解协议.pdf');
  expect(
    readFileSync((await download.path())!)
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  await expect(page.getByTestId('settlement-signing-exported')).toContainText('已加具数字签名并登记');

  // back on the settlement page: marked as signed and locked; an edit is refused with LOCKED
  await page.getByTestId('settlement-signing-back').click();
  await expect(page.getByTestId(`settlement-locked-${saved.id}`)).toHaveText(/已签名锁定/);
  const edit = await callApi(host.current, 'settlements.save', { ...plan, id: saved.id, title: '改' });
  expect(edit.ok ? null : edit.error.code).toBe('LOCKED');
});

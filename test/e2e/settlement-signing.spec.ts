import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { callApi } from './host';

/** A signature drawn with the mouse: two zigzag strokes across the pad. */
async function draw(page: Page): Promise<void> {
  const box = (await page.getByTestId('signing-pad').boundingBox())!;
  for (let stroke = 0; stroke < 2; stroke++) {
    const y = box.y + 50 + stroke * 50;
    await page.mouse.move(box.x + 40, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(box.x + 40 + i * 30, y + (i % 2 ? 25 : -10), { steps: 3 });
    await page.mouse.up();
  }
}

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
  await page.getByTestId(`open-settlement-${saved.id}`).click();
  await page.getByTestId('settlement-sign').click();
  await expect(page.getByTestId('settlement-signing')).toBeVisible();
  const signing = page.getByTestId('signing-page');
  const signers = page.getByTestId('signing-signer');
  await expect(signers).toHaveCount(4);
  await expect(signers.nth(0)).toContainText('申请执行人 李某');
  await expect(signers.nth(1)).toContainText('被执行人 张某');
  await expect(signers.nth(2)).toContainText('审判员 王法官');
  await expect(signers.nth(3)).toContainText('书记员 刘书记');

  await expect(page.getByTestId('signing-current')).toContainText('李某');
  await draw(page);
  await page.getByTestId('signing-sign').click();
  await expect(signers.nth(0)).toHaveAttribute('data-status', 'signed');

  await page.getByTestId('signing-refuse').click();
  await page.getByTestId('signing-reason').fill('付款期限太短');
  await page.getByTestId('signing-refuse-confirm').click();
  await expect(signers.nth(1)).toHaveAttribute('data-status', 'refused');
  await expect(signers.nth(1)).toContainText('付款期限太短');

  // the court cannot refuse; it signs
  await expect(page.getByTestId('signing-refuse')).toHaveCount(0);
  await draw(page);
  await page.getByTestId('signing-sign').click();
  await expect(signers.nth(2)).toHaveAttribute('data-status', 'signed');
  await draw(page);
  await page.getByTestId('signing-sign').click();
  await expect(signing).toHaveAttribute('data-locked', 'true');
  await expect(page.getByTestId('signing-locked')).toContainText('本协议已锁定');

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

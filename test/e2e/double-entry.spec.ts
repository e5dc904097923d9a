import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { CasePage } from './pages/CasePage';
import { DoubleEntryPage } from './pages/DoubleEntryPage';

test("two clerks' lists: a different date and a missing line are resolved, then the agreed list becomes the case payments", async ({
  page,
  host,
}) => {
  const { id: caseId } = await apiValue(host, 'cases.create', { caseNumber: '(2026)核算1号' });
  // Entered before the double entry: the first matches the agreed list and stays, the second goes.
  const kept = await apiValue(host, 'payments.add', { caseId, date: '2024-01-10', amount: '10000.00' });
  await apiValue(host, 'payments.add', { caseId, date: '2023-12-01', amount: '1.00' });

  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}`), caseId);
  const casePage = new CasePage(page);
  await casePage.expectLoaded('(2026)核算1号');
  await page.getByTestId('payments-double-entry').click();

  const de = new DoubleEntryPage(page);
  await expect(de.root).toBeVisible();
  await de.createSet('书记员甲');
  await de.createSet('书记员乙', '按银行回单');
  await expect(page.getByTestId('entry-pick-a')).toContainText('书记员甲');
  await expect(page.getByTestId('set-b-who')).toContainText('书记员乙（按银行回单）');

  // List A: one line through the form (Enter saves), two more through the API.
  await de.addLine('a', '2024-01-10', '10000.00');
  const [setA] = await apiValue(host, 'entrySets.list', { caseId });
  await apiValue(host, 'entrySets.addPayment', { setId: setA!.id, date: '2024-02-15', amount: '5000.00' });
  await apiValue(host, 'entrySets.addPayment', { setId: setA!.id, date: '2024-03-20', amount: '800.00' });
  // List B from a statement file: the 2024-02-15 payment dated a day later, the 800 one missing.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hd-double-'));
  const file = path.join(dir, '书记员乙.csv');
  writeFileSync(file, '日期,金额,付款人\n2024-01-10,"10,000.00",张三\n2024-02-16,5000,张三\n');
  await page.getByTestId('set-b-import-file').setInputFiles(file);
  rmSync(dir, { recursive: true, force: true });
  await expect(de.lines('b')).toHaveCount(2);
  await expect(de.lines('a')).toHaveCount(3);
  await expect(page.getByTestId('set-a-total')).toHaveAttribute('data-value', '15800.00');

  await expect(de.status).toHaveText('尚有 2 处差异未处理');
  await expect(page.getByTestId('diff-item')).toHaveCount(2);
  await expect(de.difference('dateDiffers')).toContainText('相差 1 天');
  await expect(de.difference('missingInB')).toContainText('清单 B 缺少此笔');
  await expect(page.getByTestId('entry-matched')).toContainText('双方一致的付款（1 笔）');
  await expect(de.apply).toBeDisabled();

  // The date: B's receipt date is right.
  await de.difference('dateDiffers').getByTestId('diff-take-b').click();
  await expect(de.difference('dateDiffers')).toHaveAttribute('data-resolved', 'b');
  await expect(de.status).toHaveText('尚有 1 处差异未处理');
  if (process.env.HD_SCREENSHOT_DIR)
    await de.root.screenshot({ path: path.join(process.env.HD_SCREENSHOT_DIR, 'double-entry.png') });

  // The missing line: another value needs a reason (refused in Chinese, input kept), then saved with Enter.
  await de.difference('missingInB').getByTestId('diff-other').click();
  const form = page.getByTestId('diff-other-form');
  await expect(page.getByTestId('diff-other-form-exists')).toBeFocused();
  await page.getByTestId('diff-other-form-amount').fill('850.00');
  await page.getByTestId('diff-other-form-amount').press('Enter');
  await expect(page.getByTestId('diff-other-form-reason-error')).toHaveText('采用其他数值时须写明理由');
  await expect(page.getByTestId('diff-other-form-amount')).toHaveValue('850.00');
  await page.getByTestId('diff-other-form-reason').fill('以提取款回执为准');
  await page.getByTestId('diff-other-form-reason').press('Enter');
  await expect(form).toBeHidden();
  await expect(de.difference('missingInB').getByTestId('diff-resolution')).toContainText(
    '理由：以提取款回执为准',
  );
  await expect(de.status).toHaveText('2 处差异均已处理');
  await expect(page.getByTestId('agreed-total')).toHaveAttribute('data-value', '15850.00');

  // Apply, with a confirm step: Esc cancels, Enter on the focused confirm button applies.
  await de.apply.click();
  await expect(page.getByTestId('entry-apply-confirm')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('entry-apply-confirm')).toHaveCount(0);
  expect(await apiValue(host, 'payments.list', { caseId })).toHaveLength(2);
  await de.apply.click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entry-applied')).toContainText('新增 2 笔，删除 1 笔，保留 1 笔');

  const payments = await apiValue(host, 'payments.list', { caseId });
  expect(payments.map((p) => [p.date, p.amount])).toEqual([
    ['2024-01-10', '10000.00'],
    ['2024-02-16', '5000.00'],
    ['2024-03-20', '850.00'],
  ]);
  expect(payments[0]!.id).toBe(kept.id);

  await page.getByTestId('entry-applied-back').click();
  await casePage.expectLoaded('(2026)核算1号');
  await expect(casePage.rows('payments')).toHaveCount(3);
  await expect(casePage.total('payments')).toHaveAttribute('data-value', '15850.00');
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { CasePage } from './pages/CasePage';
import { DistributionPage, SettlementPage } from './pages/SettlementPage';

test('builds a settlement: engine-filled debt with a waiver, a lump sum and 4 instalments with residual fen, gap zero, agreement exported', async ({
  page,
  host,
}) => {
  const c = await apiValue(host, 'cases.create', { caseNumber: '(2026)和解1号', asOf: '2026-01-05' });
  await apiValue(host, 'parties.add', { caseId: c.id, role: 'applicant', name: '李某' });
  await apiValue(host, 'parties.add', { caseId: c.id, role: 'respondent', name: '张某' });
  await apiValue(host, 'obligations.add', {
    caseId: c.id,
    kind: 'principal',
    amount: '100000.00',
    due: '2025-12-31',
  });

  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}`), c.id);
  await new CasePage(page).expectLoaded('(2026)和解1号');
  await page.getByTestId('case-settlement').click();
  const settlement = new SettlementPage(page);
  await expect(settlement.root).toBeVisible();
  const field = (testId: string) => settlement.field(testId);

  // The acknowledged debt from the engine: 100,000 × 0.000175 × 5 days = 87.50 of delay interest.
  await expect(field('ack-asOf')).toHaveValue('2026-01-05');
  await settlement.fillFromEngine();
  await expect(field('ack-principal')).toHaveValue('100000.00');
  await expect(field('ack-delayInterest')).toHaveValue('87.50');
  await field('ack-delayWaived').fill('87.47');
  await expect(field('agreed-total')).toHaveAttribute('data-value', '100000.03');
  await field('title').fill('一次付款加分期');

  // A lump sum, then 4 monthly instalments of the rest: 60,000.03 → 15,000.00 × 3 and 15,000.03.
  await settlement.addItem('lump');
  await settlement.item(0, 'date').fill('2026-01-20');
  await settlement.item(0, 'amount').fill('40000.00');
  await expect(settlement.gap).toHaveAttribute('data-gap', '60000.03');
  await expect(settlement.gap).toContainText('尚缺 60,000.03 元');
  await settlement.addItem('instalments');
  await settlement.item(1, 'total').fill('60000.03');
  await settlement.item(1, 'count').fill('4');
  await settlement.item(1, 'firstDate').fill('2026-01-31');

  await expect(settlement.gap).toHaveAttribute('data-gap', '0.00');
  await expect(settlement.gap).toContainText('缺口为 0.00 元');
  const rows = field('schedule-table').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(settlement.scheduleRow(1)).toContainText('一次性付款');
  await expect(settlement.scheduleRow(3)).toContainText('2026-02-28');
  await expect(settlement.scheduleRow(5)).toContainText('2026-04-30');
  await expect(settlement.scheduleRow(5)).toContainText('15,000.03');
  await expect(settlement.scheduleRow(5)).toContainText('100,000.03');
  await expect(field('settlement-chart')).toBeVisible();
  await expect(field('settlement-wording')).toContainText('人民币壹拾万元零叁分');

  // Saved with the keyboard; then the agreement exported as a signed PDF.
  await field('clause-grace').fill('5');
  await field('clause-grace').press('Control+s');
  await expect(settlement.notice).toHaveText('已保存。');
  await expect(settlement.list).toContainText('一次付款加分期');
  const saved = await apiValue(host, 'settlements.list', { caseId: c.id });
  expect(saved).toEqual([expect.objectContaining({ agreedTotal: '100000.03', gap: '0.00', balanced: true })]);

  const download = page.waitForEvent('download');
  await field('settlement-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('(2026)和解1号 执行和解协议（草稿）.pdf');
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await expect(settlement.notice).toContainText('已加具数字签名并登记');

  // The default scenario: instalment 2 (row 3) missed, the judgment as of 2026-03-31.
  await settlement.runDefault('3', '2026-03-31');
  // paid: 40,000 on 01-20 and 15,000 on 01-31 → 45,000 principal left;
  // 100,000 × 0.000175 × 20 = 350 + 60,000 × 0.000175 × 11 = 115.50 + 45,000 × 0.000175 × 59 = 464.625
  await expect(field('default-paid')).toHaveAttribute('data-value', '55000.00');
  await expect(field('default-claim')).toHaveAttribute('data-value', '45930.13');
  await expect(field('default-remaining')).toHaveAttribute('data-value', '45000.03');
  if (process.env.HD_SCREENSHOT_DIR)
    await page.screenshot({
      path: path.join(process.env.HD_SCREENSHOT_DIR, 'settlement.png'),
      fullPage: true,
    });
});

test('a distribution plan: wages before the ordinary creditors, the ordinary share pro rata with the residual fen', async ({
  page,
  host,
}) => {
  const c = await apiValue(host, 'cases.create', { caseNumber: '(2026)分配1号' });
  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}/settlement`), c.id);
  await new SettlementPage(page).toDistribution();
  const distribution = new DistributionPage(page);
  await expect(distribution.root).toBeVisible();
  await distribution.fillHead('执行款分配', '1100.00');
  await distribution.setClaim(0, '职工', '1000.00', 'priority');
  await distribution.setClaim(1, '甲公司', '100.00');
  await distribution.setClaim(2, '乙公司', '200.00');
  // 100.00 left for 300.00 of ordinary claims: 33.333… and 66.666…, the residual fen to 乙 (remainder .67)
  await expect(distribution.total).toHaveAttribute('data-value', '1100.00');
  await expect(distribution.shareRow(0)).toContainText('1,000.00');
  await expect(distribution.shareRow(1)).toContainText('33.33');
  await expect(distribution.shareRow(2)).toContainText('66.67');
  await distribution.save();
  await expect(distribution.list).toContainText('执行款分配');
  const [plan] = await apiValue(host, 'distribution.list', { caseId: c.id });
  expect(plan).toMatchObject({ amount: '1100.00', claims: 3 });
});

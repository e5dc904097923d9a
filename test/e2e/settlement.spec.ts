import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { CasePage } from './pages/CasePage';
import { DistributionPage, ReceiptsPanel, SettlementPage } from './pages/SettlementPage';

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
  await expect(field('ack-asOf')).toHaveValue('2026年1月5日');
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

test('a distribution plan: the bank takes its own house, wages first only by the labelled choice; clocks and 执行款', async ({
  page,
  host,
}) => {
  const c = await apiValue(host, 'cases.create', { caseNumber: '(2026)分配1号' });
  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}/settlement`), c.id);
  await new SettlementPage(page).toDistribution();
  const distribution = new DistributionPage(page);
  await expect(distribution.root).toBeVisible();
  // 350,000.00, of which 300,000.00 from the house mortgaged to the bank
  await distribution.fillHead('房屋变价款分配', '350,000.00');
  await distribution.setClaim(0, '执行费', '10000.00', 'costs');
  await distribution.setClaim(1, '某银行', '500000.00', 'secured');
  await distribution.claim(1, 'collateral').fill('300,000.00');
  await distribution.setClaim(2, '职工', '80000.00', 'living');
  await distribution.setClaim(3, '供应商', '100000.00');
  // 508 by default: the other 40,000.00 after costs shared by 380,000.00 of ordinary claims
  await expect(distribution.total).toHaveAttribute('data-value', '350000.00');
  await expect(distribution.shareRow(1)).toContainText('321,052.63');
  await expect(distribution.shareRow(2)).toContainText('8,421.05');
  await expect(distribution.shareRow(3)).toContainText('10,526.32');
  await expect(distribution.basis).toContainText('第五百零八条');
  await expect(distribution.trace).toContainText('补 1 分，分得 10,526.32 元');
  // the local wage-first rule, ticked: wages get the 40,000.00, the bank still all of its house
  await distribution.rules('civil508', true);
  await expect(distribution.shareRow(1)).toContainText('300,000.00');
  await expect(distribution.shareRow(2)).toContainText('40,000.00');
  await expect(distribution.basis).toContainText('地方规定');
  await distribution.served(0, '2026年1月31日');
  await distribution.save();
  await expect(distribution.list).toContainText('房屋变价款分配');
  await expect(distribution.deadlines).toContainText('2026-02-15');
  const [plan] = await apiValue(host, 'distribution.list', { caseId: c.id });
  expect(plan).toMatchObject({ amount: '350000.00', claims: 4 });

  // 执行款: received, then 300,000.00 paid to the bank under the plan
  const receipts = new ReceiptsPanel(page);
  await receipts.add('2026-02-01', '某拍卖公司', '350,000.00', '房屋拍卖款');
  await expect(receipts.row(0)).toContainText('2026-03-03');
  const [r] = (await apiValue(host, 'receipts.list', { caseId: c.id })).receipts;
  await receipts.payout(r!.id, '2026-02-20', '某银行', '300000.00');
  await expect(receipts.row(0)).toContainText('300,000.00');
  const after = await apiValue(host, 'receipts.list', { caseId: c.id });
  expect(after.receipts[0]!.payouts[0]).toMatchObject({
    payee: '某银行',
    amount: '300000.00',
    planId: plan!.id,
  });
});

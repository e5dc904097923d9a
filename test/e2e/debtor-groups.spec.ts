import { Decimal } from '../../core/lib/money/decimal';
import { daysBetween } from '../../core/lib/money/dates';
import { localToday } from '../../renderer/features/measures/forms';
import { apiValue } from './api';

/**
 * The group is computed as of today: each principal, due 2026-06-30, has carried doubled interest
 * (0.000175 a day, INTEREST.md) for every day since, and nothing else.
 */
const owed = (principal: string) => {
  const days = Math.max(0, daysBetween('2026-06-30', localToday()));
  return new Decimal(principal).plus(new Decimal(principal).times('0.000175').times(days)).toFixed(2);
};
import { expect, test } from './fixtures';
import { DistributionPage } from './pages/SettlementPage';

/** 集中执行: two cases against one debtor are shown together and become the claims of a distribution plan. */
test('cases against one debtor, grouped on the case list, start a distribution plan with their unrealised amounts', async ({
  page,
  host,
}) => {
  const ids: number[] = [];
  for (const [caseNumber, creditor, amount] of [
    ['(2026)黑1084执30号', '某建材有限公司', '80000.00'],
    ['(2026)黑1084执31号', '王某', '20000.00'],
  ] as const) {
    const { id } = await apiValue(host, 'cases.create', { caseNumber, asOf: '2026-06-30' });
    await apiValue(host, 'parties.add', { caseId: id, role: 'applicant', name: creditor });
    await apiValue(host, 'parties.add', {
      caseId: id,
      role: 'respondent',
      name: '张某某',
      idNumber: '230102198001011234',
    });
    await apiValue(host, 'obligations.add', { caseId: id, kind: 'principal', amount, due: '2026-06-30' });
    ids.push(id);
  }

  await page.goto(host.current.url);
  const group = page.getByTestId('debtor-group');
  await expect(group).toHaveCount(1);
  await expect(group).toContainText('张某某');
  const total = new Decimal(owed('80000.00')).plus(owed('20000.00')).toFixed(2);
  await expect(group.getByTestId('debtor-total')).toHaveAttribute('data-value', total);

  await group.getByTestId('debtor-group-plan').click();
  const distribution = new DistributionPage(page);
  await expect(distribution.root).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/case/${ids[0]}/distribution$`));
  await expect(distribution.claim(0, 'creditor')).toHaveValue('某建材有限公司');
  await expect(distribution.claim(0, 'amount')).toHaveValue(owed('80000.00'));
  await expect(distribution.claim(1, 'creditor')).toHaveValue('王某');
  await expect(distribution.claim(1, 'amount')).toHaveValue(owed('20000.00'));
  await expect(distribution.claim(1, 'class')).toHaveValue('ordinary');
});

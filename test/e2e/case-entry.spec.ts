import { callApi } from './host';
import { expect, test } from './fixtures';
import { CaseListPage } from './pages/CaseListPage';
import { CasePage } from './pages/CasePage';
import type { CaseDetail, CaseSummary } from '../../core/features/cases/model';

const CASE_NUMBER = '(2026)黑1084执恢12号';

async function enterCase(list: CaseListPage, page: CasePage): Promise<void> {
  await list.createCase({
    caseNumber: CASE_NUMBER,
    title: '民间借贷纠纷',
    court: '黑河市爱辉区人民法院',
    judge: '李法官',
  });
  await page.expectLoaded(CASE_NUMBER);
  await page.addAndWait('parties', { role: 'applicant', name: '黑河某商贸有限公司' });
  await page.addAndWait('parties', { role: 'respondent', name: '赵某某', phone: '13900001111' });
  await page.addAndWait('obligations', {
    kind: 'principal',
    label: '借款本金',
    amount: '830000.00',
    due: '2020-06-30',
  });
  await page.addAndWait('payments', { date: '2021-03-01', amount: '100000.00', kind: '划拨' });
  await page.addAndWait('payments', { date: '2022-01-15', amount: '200000', note: '分期一' });
  await page.addAndWait('payments', { date: '2023-07-20', amount: '50000.5' });
}

test('a case with two parties, an obligation and three payments is entered through the UI', async ({
  page,
  host,
}) => {
  const list = new CaseListPage(page);
  const casePage = new CasePage(page);
  await list.open(host.current.url);
  await enterCase(list, casePage);

  await expect(casePage.rows('parties')).toHaveCount(2);
  await expect(casePage.rows('parties').nth(1)).toContainText('被执行人');
  await expect(casePage.rows('obligations')).toHaveCount(1);
  await expect(casePage.rows('payments')).toHaveCount(3);
  await expect(casePage.total('payments')).toHaveText('350,000.50');
  await expect(casePage.total('obligations')).toHaveText('830,000.00');
  // amounts are right-aligned with tabular figures
  const cell = casePage.rows('payments').first().locator('td[data-col="amount"]');
  await expect(cell).toHaveCSS('text-align', 'right');
  await expect(cell.locator('.amount')).toHaveCSS('font-variant-numeric', /tabular-nums/);

  const cases = await callApi<CaseSummary[]>(host.current, 'cases.list', { query: '赵某某' });
  expect(cases.ok && cases.value.map((c) => c.caseNumber)).toEqual([CASE_NUMBER]);
  const detail = await callApi<CaseDetail>(host.current, 'cases.get', {
    id: cases.ok ? cases.value[0]!.id : 0,
  });
  expect(detail.ok && detail.value.payments.map((p) => p.amount)).toEqual([
    '100000.00',
    '200000.00',
    '50000.50',
  ]);
  expect(detail.ok && detail.value.obligations[0]?.amount).toBe('830000.00');
});

test('the case and its payments survive a restart of the host on the same data folder', async ({
  page,
  host,
}) => {
  const list = new CaseListPage(page);
  const casePage = new CasePage(page);
  await list.open(host.current.url);
  await enterCase(list, casePage);

  const second = await host.restart();
  await list.open(second.url);
  await expect(list.rows).toHaveCount(1);
  await list.search.fill('黑河某商贸');
  await expect(list.rows).toHaveCount(1);
  await list.openCase(CASE_NUMBER);
  await casePage.expectLoaded(CASE_NUMBER);
  await expect(casePage.rows('parties')).toHaveCount(2);
  await expect(casePage.rows('obligations')).toHaveCount(1);
  await expect(casePage.rows('payments')).toHaveCount(3);
  await expect(casePage.total('payments')).toHaveText('350,000.50');
});

test('search finds a case by case number and by party name', async ({ page, host }) => {
  const list = new CaseListPage(page);
  await list.open(host.current.url);
  await list.openSample();
  await expect(page.getByTestId('case-page')).toBeVisible();
  await list.open(host.current.url);
  await list.createCase({ caseNumber: '(2026)黑1084执1号' });
  await expect(page.getByTestId('case-page')).toBeVisible();
  await page.getByTestId('back-to-list').click();
  await expect(list.rows).toHaveCount(2);
  await list.search.fill('执1号');
  await expect(list.rows).toHaveCount(1);
  await list.search.fill('不存在的名字');
  await expect(page.getByTestId('case-list-empty')).toBeVisible();
});

import { execFileSync } from 'node:child_process';
import { callApi } from './host';
import { StatementExport } from './pages/StatementExport';
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

test('a judgment entered in its own words (年利率 6%, 自 2006年7月1日 起) reads back from the signed statement', async ({
  page,
  host,
}) => {
  const list = new CaseListPage(page);
  const casePage = new CasePage(page);
  await list.open(host.current.url);
  await list.createCase({
    caseNumber: '(2006)黑1084执123号',
    title: '建设工程施工合同纠纷',
    asOf: '2026年1月21日',
  });
  await casePage.expectLoaded('(2006)黑1084执123号');

  // the due date as the judgment says it, with thousands separators in the amount
  await page.getByTestId('obligations-add').click();
  await casePage.field('obligations', 'code').fill('P');
  await casePage.field('obligations', 'label').fill('工程款');
  await casePage.field('obligations', 'amount').fill('830,000.00');
  await casePage.field('obligations', 'due').fill('2006.3.15');
  await expect(casePage.field('obligations', 'due-hint')).toHaveText(
    '迟延履行期间的债务利息自次日（2006年3月16日）起计算',
  );
  await casePage.field('obligations', 'due').press('Enter');
  await expect(casePage.rows('obligations')).toHaveCount(1);
  await expect(casePage.rows('obligations').first()).toContainText('2006年3月15日');
  await expect(casePage.total('obligations')).toHaveText('830,000.00');

  // the rate with its unit beside the field and what it means in money
  await page.getByTestId('obligations-add').click();
  await casePage.field('obligations', 'kind').selectOption('interestRunning');
  await casePage.field('obligations', 'code').fill('I');
  await casePage.field('obligations', 'label').fill('逾期付款利息');
  await casePage.field('obligations', 'base').fill('P');
  await casePage.field('obligations', 'rateForm').selectOption('annualPct');
  await expect(casePage.field('obligations', 'annual-unit')).toHaveText('%');
  const hint = casePage.field('obligations', 'annual-hint');
  await casePage.field('obligations', 'annual').fill('600');
  await expect(hint).toContainText('达到 100% 以上，不能保存');
  await casePage.field('obligations', 'annual').fill('30');
  await expect(hint).toContainText('超过 24%');
  await casePage.field('obligations', 'annual').fill('6');
  // 830,000.00 × 6 % ÷ 360 = 138.333…
  await expect(hint).toHaveText('每日约 138.33 元（折合年利率 6%）');
  await casePage.field('obligations', 'from').fill('2006年7月1日');
  await expect(casePage.field('obligations', 'from-hint')).toHaveText('自 2006年7月1日 起计息（当日计入）');
  await casePage.field('obligations', 'from').press('Enter');
  await expect(casePage.rows('obligations')).toHaveCount(2);
  await expect(page.getByTestId('obligation-rate-I')).toHaveText('年利率 6%');
  await expect(casePage.rows('obligations').nth(1)).toContainText('自 2006年7月1日 起');

  // stored exactly: the judgment's value and the engine's fraction, and 「自 X 起」 as from = X − 1
  const id = Number(await page.getByTestId('case-page').getAttribute('data-case-id'));
  const detail = await callApi<CaseDetail>(host.current, 'cases.get', { id });
  expect(detail.ok && detail.value.asOf).toBe('2026-01-21');
  expect(detail.ok && detail.value.obligations.map((o) => [o.amount, o.due, o.from, o.schedule])).toEqual([
    ['830000.00', '2006-03-15', null, null],
    [null, null, '2006-06-30', { type: 'fixed', annual: '0.06', stated: { form: 'annualPct', value: '6' } }],
  ]);

  // the edit form reads the judgment back as it was typed
  await casePage.rows('obligations').nth(1).getByTestId('obligations-edit').click();
  const edit = (name: string) => page.getByTestId(`obligations-edit-form-${name}`);
  await expect(edit('annual')).toHaveValue('6');
  await expect(edit('from')).toHaveValue('2006年7月1日');
  await edit('from').press('Escape');
  await expect(page.getByTestId('obligations-edit-form')).toBeHidden();

  const statement = new StatementExport(page);
  const download = await statement.download();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');
  expect(text).toContain('以工程款为基数，自2006年7月1日起至清偿之日止，年利率6%计算');
  expect(text).toContain('履行期限届满之日2006年3月15日，迟延履行期间的债务利息自次日起计算');
  expect(text).not.toContain('2006年6月30日');
  expect(text).not.toContain('0.06');
  expect(text).toContain('（北京时间）');
});

import { callApi } from './host';
import { expect, test } from './fixtures';
import { CaseListPage } from './pages/CaseListPage';
import { CasePage } from './pages/CasePage';
import type { CaseDetail, CaseSummary } from '../../core/features/cases/model';

const CJK = /[\u4e00-\u9fff]/;

test('an empty case number shows a Chinese message and saves nothing', async ({ page, host }) => {
  const list = new CaseListPage(page);
  await list.open(host.current.url);
  await list.startNewCase();
  await list.fillCase({ caseNumber: '', title: '保留的案由' });
  await page.getByTestId('case-form-title').press('Enter');
  await expect(list.fieldError('caseNumber')).toBeVisible();
  await expect(list.fieldError('caseNumber')).toHaveText(CJK);
  await expect(list.fieldError('caseNumber')).toContainText('案号');
  // the user's input is kept
  await expect(page.getByTestId('case-form-title')).toHaveValue('保留的案由');
  const cases = await callApi<CaseSummary[]>(host.current, 'cases.list', {});
  expect(cases.ok && cases.value).toEqual([]);
  // Esc cancels the form
  await page.getByTestId('case-form-title').press('Escape');
  await expect(list.form).toBeHidden();
});

test('amount "12.345" and date "2024-02-30" show Chinese messages and save nothing', async ({
  page,
  host,
}) => {
  const list = new CaseListPage(page);
  const casePage = new CasePage(page);
  await list.open(host.current.url);
  await list.createCase({ caseNumber: '(2026)黑1084执恢99号' });
  await casePage.expectLoaded('(2026)黑1084执恢99号');
  const id = Number(await casePage.root.getAttribute('data-case-id'));

  // amount with three decimals
  await casePage.add('payments', { date: '2024-03-01', amount: '12.345' });
  await expect(casePage.fieldError('payments', 'amount')).toHaveText(CJK);
  await expect(casePage.fieldError('payments', 'amount')).toContainText('两位小数');
  await expect(casePage.field('payments', 'amount')).toHaveValue('12.345');
  await expect(casePage.field('payments', 'amount')).toHaveAttribute('aria-invalid', 'true');

  // a date that does not exist
  await casePage.field('payments', 'amount').fill('12.34');
  await casePage.field('payments', 'date').fill('2024-02-30');
  await casePage.field('payments', 'date').press('Enter');
  await expect(casePage.fieldError('payments', 'date')).toHaveText(CJK);
  await expect(casePage.fieldError('payments', 'date')).toContainText('日期');
  await expect(casePage.field('payments', 'date')).toHaveValue('2024-02-30');
  await expect(casePage.rows('payments')).toHaveCount(0);

  // the same on an obligation
  await casePage.add('obligations', { kind: 'principal', amount: '12.345', due: '2024-01-01' });
  await expect(casePage.fieldError('obligations', 'amount')).toHaveText(CJK);
  await expect(casePage.rows('obligations')).toHaveCount(0);

  const detail = await callApi<CaseDetail>(host.current, 'cases.get', { id });
  expect(detail.ok).toBe(true);
  if (detail.ok) {
    expect(detail.value.payments).toEqual([]);
    expect(detail.value.obligations).toEqual([]);
  }

  // after correcting the input the payment is saved
  await casePage.field('payments', 'date').fill('2024-02-29');
  await casePage.field('payments', 'date').press('Enter');
  await expect(casePage.rows('payments')).toHaveCount(1);
  await expect(casePage.total('payments')).toHaveText('12.34');
});

test('editing and deleting a payment', async ({ page, host }) => {
  const list = new CaseListPage(page);
  const casePage = new CasePage(page);
  await list.open(host.current.url);
  await list.createCase({ caseNumber: '(2026)黑1084执恢100号' });
  await casePage.expectLoaded('(2026)黑1084执恢100号');
  await casePage.addAndWait('payments', { date: '2024-03-01', amount: '10.00' });
  await casePage.rows('payments').first().getByTestId('payments-edit').click();
  const edit = page.getByTestId('payments-edit-form');
  await expect(edit).toBeVisible();
  await page.getByTestId('payments-edit-form-amount').fill('-5');
  await page.getByTestId('payments-edit-form-amount').press('Enter');
  await expect(page.getByTestId('payments-edit-form-amount-error')).toHaveText(CJK);
  await page.getByTestId('payments-edit-form-amount').fill('20.00');
  await page.getByTestId('payments-edit-form-amount').press('Enter');
  await expect(edit).toBeHidden();
  await expect(casePage.total('payments')).toHaveText('20.00');
  await casePage.rows('payments').first().getByTestId('payments-delete').click();
  await page.getByTestId('payments-confirm-delete').click();
  await expect(casePage.rows('payments')).toHaveCount(0);
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { CasePage } from './pages/CasePage';
import { RatesPage } from './pages/RatesPage';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../support/fixtures/examples');

/** HD_SCREENSHOT_DIR=/tmp writes excluded.png and rates.png (element screenshots) for a visual check. */
const shotDir = process.env.HD_SCREENSHOT_DIR;

type Host = { current: { origin: string; token: string } };

async function apiCall<T>(host: Host, name: string, input: unknown): Promise<T> {
  const res = await fetch(`${host.current.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hearing-desk-token': host.current.token },
    body: JSON.stringify(input),
  });
  const envelope = (await res.json()) as
    { ok: true; value: T } | { ok: false; error: { message_zh: string } };
  if (!envelope.ok) throw new Error(`${name} failed: ${envelope.error.message_zh}`);
  return envelope.value;
}

/** Open a case page from the already-loaded app (hash route, token kept in sessionStorage). */
async function openCase(page: import('@playwright/test').Page, url: string, id: number): Promise<CasePage> {
  await page.goto(url);
  await page.evaluate((caseId) => (window.location.hash = `#/case/${caseId}`), id);
  const casePage = new CasePage(page);
  await expect(casePage.root).toHaveAttribute('data-case-id', String(id));
  return casePage;
}

test('an excluded interval added on the case page stops the doubled interest for its days, and deleting it restores it', async ({
  page,
  host,
}) => {
  // E2 entered through the API: 100000.00 due 2020-01-10, 30000.00 paid 2020-04-19, as of 2020-10-16.
  const caseNumber = '(2020)E2执2号';
  const created = await apiCall<{ id: number }>(host, 'cases.create', { caseNumber });
  const id = created.id;
  await apiCall(host, 'obligations.add', {
    caseId: id,
    code: 'P',
    kind: 'principal',
    label: '本金',
    amount: '100000.00',
    due: '2020-01-10',
  });
  await apiCall(host, 'payments.add', { caseId: id, code: 'p1', date: '2020-04-19', amount: '30000.00' });
  await apiCall(host, 'cases.update', {
    id,
    caseNumber,
    title: '',
    court: '',
    judge: '',
    clerk: '',
    asOf: '2020-10-16',
  });

  const casePage = await openCase(page, host.current.url, id);
  const total = page.getByTestId('computation').getByTestId('balance-total');
  await expect(total).toHaveAttribute('data-value', '73955.00');
  await expect(page.getByTestId('excluded-section')).toContainText('不计迟延利息的期间');

  // Add 2020-05-01 … 2020-05-31 (31 days) from the keyboard: 70000 × 0.000175 × 149 + 1750.00.
  await casePage.addAndWait('excluded', { from: '2020-05-01', to: '2020-05-31', reason: '中止执行' });
  const row = casePage.rows('excluded').first();
  await expect(row.locator('[data-col="days"]')).toHaveText('31 天');
  await expect(row.locator('[data-col="reason"]')).toHaveText('中止执行');
  await expect(row.getByTestId('excluded-edit')).toHaveCount(0);
  await expect(total).toHaveAttribute('data-value', '73575.25');

  // A reversed interval: a Chinese message next to the end date, the input kept, nothing saved.
  await casePage.add('excluded', { from: '2020-07-31', to: '2020-07-01', reason: '暂缓执行' });
  await expect(casePage.fieldError('excluded', 'to')).toContainText('不得早于');
  // the one date field keeps what was typed and shows it as a judgment writes it
  await expect(casePage.field('excluded', 'to')).toHaveValue('2020年7月1日');
  await expect(casePage.field('excluded', 'to')).toBeFocused();
  await casePage.cancel('excluded');
  await expect(casePage.rows('excluded')).toHaveCount(1);
  const detail = await apiCall<{ excluded: unknown[] }>(host, 'cases.get', { id });
  expect(detail.excluded).toHaveLength(1);
  await expect(total).toHaveAttribute('data-value', '73575.25');

  await casePage.deleteRow('excluded', row);
  await expect(total).toHaveAttribute('data-value', '73955.00');
  await expect(page.getByTestId('excluded-table')).toContainText('暂无记录');
  if (shotDir) {
    await casePage.addAndWait('excluded', { from: '2020-05-01', to: '2020-05-31', reason: '中止执行' });
    await page.getByTestId('excluded-add').click();
    await page.getByTestId('excluded-section').screenshot({ path: path.join(shotDir, 'excluded.png') });
  }
});

test('the rates page lists the shipped tables and marks an LPR fixing the user enters; a date not after the last row is refused', async ({
  page,
  host,
}) => {
  await page.goto(host.current.url);
  const rates = new RatesPage(page);
  await rates.openFromNav();
  await expect(page.getByTestId('nav-rates')).toHaveAttribute('aria-current', 'page');

  const last = rates.lprRows.last();
  await expect(last).toHaveAttribute('data-from', '2025-05-20');
  await expect(rates.cell(last, 'oneYear')).toHaveText('3.00');
  await expect(rates.cell(last, 'over5y')).toHaveText('3.50');
  await expect(page.getByTestId('lpr-user-entered')).toHaveCount(0);
  await expect(rates.benchmarkRows.first()).toHaveAttribute('data-from', '1991-04-21');
  await expect(page.getByTestId('benchmark-source')).toContainText('中国人民银行');
  await expect(page.getByTestId('lpr-source')).toContainText('全国银行间同业拆借中心');
  const shippedVersion = await page.getByTestId('rates-version').getAttribute('data-value');
  const shippedRows = await rates.lprRows.count();

  // A missing source is refused next to the field.
  await rates.addLpr({ from: '2025-10-20', oneYear: '2.80', over5y: '3.30', source: '' });
  await expect(rates.fieldError('source')).toContainText('此项必填');
  await expect(rates.lprRows).toHaveCount(shippedRows);

  const source = '中国人民银行授权全国银行间同业拆借中心公告（2025年10月20日）';
  await rates.addLpr({ from: '2025-10-20', oneYear: '2.80', over5y: '3.30', source });
  await expect(rates.form).toBeHidden();
  await expect(rates.lprRows).toHaveCount(shippedRows + 1);
  const added = rates.lprRow('2025-10-20');
  await expect(added).toHaveAttribute('data-user', 'true');
  await expect(rates.cell(added, 'oneYear')).toHaveText('2.80');
  await expect(rates.cell(added, 'over5y')).toHaveText('3.30');
  await expect(rates.cell(added, 'note')).toContainText('用户录入');
  await expect(rates.cell(added, 'note')).toContainText(source);
  await expect(rates.cell(added, 'note')).toContainText('录入');
  await expect(page.getByTestId('rates-version')).not.toHaveAttribute('data-value', shippedVersion!);

  // The same date again: the server's Chinese message next to the date, nothing added.
  await rates.addLpr({ from: '2025-10-20', oneYear: '2.70', over5y: '3.20', source });
  await expect(rates.fieldError('from')).toContainText('须晚于');
  await expect(rates.fieldError('from')).toContainText('2025-10-20');
  await expect(rates.field('from')).toBeFocused();
  await expect(rates.lprRows).toHaveCount(shippedRows + 1);
  await rates.form.press('Escape');
  await expect(rates.form).toBeHidden();

  // The entry survives a reload.
  await page.reload();
  await expect(rates.lprRow('2025-10-20').getByTestId('lpr-user-entered')).toBeVisible();
  if (shotDir) {
    await page.getByTestId('rates-page').screenshot({ path: path.join(shotDir, 'rates.png') });
    await page.getByTestId('lpr-section').screenshot({ path: path.join(shotDir, 'rates-lpr.png') });
  }

  // A mistaken entry can be taken back, but only with a reason.
  await page.getByTestId('lpr-remove').click();
  await page.getByTestId('lpr-remove-confirm').click();
  await expect(page.getByTestId('lpr-remove-form').getByRole('alert')).toContainText('此项必填');
  await page.getByTestId('lpr-remove-reason').fill('生效日期录错');
  await page.getByTestId('lpr-remove-reason').press('Enter');
  await expect(page.getByTestId('lpr-notice')).toContainText('已删除 2025-10-20');
  await expect(rates.lprRows).toHaveCount(shippedRows);
});

test('a principal set not to count toward the delay base has no doubled interest (S7)', async ({
  page,
  host,
}) => {
  const created = await apiCall<{ id: number }>(host, 'cases.create', { caseNumber: '(2020)E2执2号' });
  const casePage = await openCase(page, host.current.url, created.id);
  const panel = page.getByTestId('computation');
  await panel.getByTestId('ledger-import-file').setInputFiles(path.join(fixtures, 'e2.json'));
  await expect(panel.getByTestId('balance-total')).toHaveAttribute('data-value', '73955.00');
  const doubled = panel.getByTestId('balance-doubled');
  await expect(doubled).not.toHaveAttribute('data-value', '0.00');
  const row = casePage.rows('obligations').first();
  await expect(row.locator('[data-col="inDelayBase"]')).toHaveText('默认（计入）');

  await row.getByTestId('obligations-edit').click();
  const form = page.getByTestId('obligations-edit-form');
  const select = form.getByTestId('obligations-edit-form-inDelayBase');
  await expect(select).toHaveValue('');
  await select.selectOption({ label: '不计入' });
  await form.getByTestId('obligations-edit-form-label').press('Enter');
  await expect(form).toBeHidden();
  await expect(casePage.rows('obligations').first().locator('[data-col="inDelayBase"]')).toHaveText('不计入');
  await expect(doubled).toHaveAttribute('data-value', '0.00');
  const detail = await apiCall<{ obligations: { inDelayBase: boolean | null }[] }>(host, 'cases.get', {
    id: created.id,
  });
  expect(detail.obligations[0]!.inDelayBase).toBe(false);

  // Back to the default: the doubled interest returns.
  await casePage.rows('obligations').first().getByTestId('obligations-edit').click();
  await form.getByTestId('obligations-edit-form-inDelayBase').selectOption({ label: '默认（计入）' });
  await form.getByTestId('obligations-edit-form-label').press('Enter');
  await expect(panel.getByTestId('balance-total')).toHaveAttribute('data-value', '73955.00');
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { CaseListPage } from './pages/CaseListPage';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../support/fixtures/examples');

async function apiCall(host: { current: { origin: string; token: string } }, name: string, input: unknown) {
  const res = await fetch(`${host.current.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hearing-desk-token': host.current.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value: { id: number; balances: Record<string, string> } };
}

test('the sample case shows its computation: balances, chart, allocations, and the trace on demand', async ({
  page,
  host,
}) => {
  const list = new CaseListPage(page);
  await list.open(host.current.url);
  await list.openSample();
  const panel = page.getByTestId('computation');
  await expect(panel.getByTestId('balance-total')).toBeVisible();
  const caseId = Number(await page.getByTestId('case-page').getAttribute('data-case-id'));
  const computed = await apiCall(host, 'ledger.compute', { caseId, trace: false });
  await expect(panel.getByTestId('balance-total')).toHaveAttribute(
    'data-value',
    computed.value.balances.total!,
  );
  await expect(panel.getByTestId('balance-chart')).toBeVisible();
  await expect(panel.getByTestId('allocation-table').locator('tbody tr')).toHaveCount(35);
  await panel.getByTestId('allocation-table').getByRole('button').first().click();
  // the trace in court language: the payment in words with the figures written out, no formula notation
  const step = panel.getByTestId('trace').locator('li').first();
  await expect(step).toContainText(' 元');
  await expect(panel.getByTestId('trace').locator('li').last()).toContainText('履行');
  await expect(panel.getByTestId('trace')).not.toContainText('Round(');
  await expect(panel.getByTestId('trace').locator('code')).toHaveCount(0);
  if (process.env.HD_SCREENSHOT)
    await panel.screenshot({ path: process.env.HD_SCREENSHOT.replace('.png', '-calc.png') });
});

test('a ledger file imported into a case computes E5 to the fen; a setting previews before it is saved', async ({
  page,
  host,
}) => {
  const created = await apiCall(host, 'cases.create', { caseNumber: '(2014)E5执5号' });
  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}`), created.value.id);
  const panel = page.getByTestId('computation');
  await panel.getByTestId('ledger-import-file').setInputFiles(path.join(fixtures, 'e5.json'));
  await expect(panel.getByTestId('balance-total')).toHaveAttribute('data-value', '114346.50');
  await expect(panel.getByTestId('balance-doubled')).toHaveAttribute('data-value', '12288.39');
  await expect(page.getByTestId('payments-row')).toHaveCount(2);

  await panel.locator('summary').click();
  await panel.getByTestId('setting-dayBasis').selectOption('365');
  await expect(panel.getByText('设置预览')).toBeVisible();
  // The flag shows at once; the recomputed preview arrives after it (wait, then read).
  await expect(panel.getByTestId('balance-total')).not.toHaveAttribute('data-value', '114346.50');
  const previewTotal = await panel.getByTestId('balance-total').getAttribute('data-value');
  await panel.getByTestId('settings-save').click();
  await expect(panel.getByText('设置预览')).toHaveCount(0);
  await expect(panel.getByTestId('balance-total')).toHaveAttribute('data-value', previewTotal!);
  const saved = await apiCall(host, 'ledger.compute', { caseId: created.value.id, trace: false });
  expect(saved.value.balances.total).toBe(previewTotal);
});

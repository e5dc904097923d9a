import { apiValue } from './api';
import { expect, test } from './fixtures';
import { CasePage } from './pages/CasePage';
import { MeasuresSection } from './pages/MeasuresSection';

/** The local day in the browser's (and this machine's) calendar, shifted by `days`. */
function localDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('the 30-day alert shows on start for a seeded measure; renewing it on the case page clears it', async ({
  page,
  host,
}) => {
  const c = await apiValue(host, 'cases.create', { caseNumber: '(2025)黑1084执88号', title: '借款合同纠纷' });
  const ends = localDay(10);
  const seeded = await apiValue(host, 'measures.add', {
    caseId: c.id,
    kind: 'depositFreeze',
    object: '张某某在某银行的账户',
    rulingNumber: '(2025)黑1084执88号之一',
    startDate: localDay(-200),
    statedExpiry: ends,
  });
  await apiValue(host, 'measures.add', {
    caseId: c.id,
    kind: 'consumptionLimit',
    object: '张某某',
    startDate: localDay(-200),
  });
  // Start the app again: the alert is there before anything is opened.
  await host.restart();
  await page.goto(host.current.url);
  const measures = new MeasuresSection(page);
  await expect(measures.alert).toBeVisible();
  await expect(measures.alert).toContainText('查控措施期限提示');
  const items = measures.alertItems;
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(
    `(2025)黑1084执88号：冻结存款「张某某在某银行的账户」，届满日 ${ends}`,
  );
  await expect(items.first()).toContainText('还剩 10 天');

  // To the case: the register shows it as expiring; renew it with a 12-month term.
  await items.first().getByRole('link').click();
  await expect(new CasePage(page).root).toBeVisible();
  const row = measures.row(seeded.id);
  await expect(measures.status(row)).toHaveAttribute('data-status', 'expiring');
  // the picture: one bar per measure, the expiring one in amber
  await expect(measures.bars('expiring')).toHaveCount(1);
  await expect(measures.bars()).toHaveCount(2);
  await measures.renew(row, '12');
  await expect(measures.status(row)).toHaveAttribute('data-status', 'renewed');
  await expect(measures.rows).toHaveCount(3);

  // On the next start nothing needs attention.
  await host.restart();
  await page.goto(host.current.url);
  await expect(page.getByTestId('case-list').or(page.getByTestId('open-sample')).first()).toBeVisible();
  await expect(measures.alert).toHaveCount(0);
});

test('a 轮候 seal waits, and takes effect when the first one is released on the case page; 7-day alert badge', async ({
  page,
  host,
}) => {
  const c = await apiValue(host, 'cases.create', { caseNumber: '(2026)黑1084执89号', title: '借款合同纠纷' });
  const first = await apiValue(host, 'measures.add', {
    caseId: c.id,
    kind: 'realEstateSeal',
    object: '某路 1 号 101 室',
    startDate: localDay(-100),
  });
  const queued = await apiValue(host, 'measures.add', {
    caseId: c.id,
    kind: 'realEstateSeal',
    object: '某路 1 号 101 室（轮候）',
    startDate: localDay(-50),
    waitsFor: first.id,
  });
  const deposit = await apiValue(host, 'measures.add', {
    caseId: c.id,
    kind: 'depositFreeze',
    object: '某银行账户',
    startDate: localDay(-200),
    statedExpiry: localDay(5),
  });
  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}`), c.id);
  await expect(new CasePage(page).root).toBeVisible();
  const measures = new MeasuresSection(page);
  const q = measures.row(queued.id);
  await expect(measures.status(q)).toHaveAttribute('data-status', 'waiting');
  await expect(q).toContainText(`轮候于 #${first.id}`);
  await expect(measures.status(measures.row(deposit.id))).toHaveAttribute('data-alert', '7');
  await expect(measures.status(measures.row(deposit.id))).toContainText('7 日内届满');

  await measures.row(first.id).getByTestId('measure-release').click();
  await page.getByTestId('measure-release-form-note').fill('申请执行人撤回');
  await page.getByTestId('measure-release-form-note').press('Enter');
  await expect(measures.status(measures.row(first.id))).toHaveAttribute('data-status', 'released');
  await expect(measures.status(q)).toHaveAttribute('data-status', 'inForce');
  await expect(q).toContainText(`${localDay(0)} 起由轮候转为正式措施`);
});

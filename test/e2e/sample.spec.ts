import { expect, test } from './fixtures';
import { CaseListPage } from './pages/CaseListPage';

test('「打开示例案件」 opens the sample case; Chinese renders with the embedded font', async ({
  page,
  host,
}) => {
  const list = new CaseListPage(page);
  await list.open(host.current.url);
  await list.openSample();
  await expect(page.getByTestId('case-page')).toBeVisible();
  await expect(page.getByTestId('parties-row').first()).toBeVisible();
  await expect(page.getByTestId('payments-row').first()).toBeVisible();
  // the embedded fonts are loaded (the machine may have no CJK font at all)
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    const status = (family: string) =>
      [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === family).map((f) => f.status);
    return { serif: status('HD Serif SC'), sans: status('HD Sans SC') };
  });
  expect(loaded).toEqual({ serif: ['loaded'], sans: ['loaded'] });
  if (process.env.HD_SCREENSHOT) await page.screenshot({ path: process.env.HD_SCREENSHOT, fullPage: true });
});

test('the language switch changes the interface to English and back', async ({ page, host }) => {
  const list = new CaseListPage(page);
  await list.open(host.current.url);
  await expect(page.getByTestId('open-sample')).toHaveText('打开示例案件');
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('open-sample')).toHaveText('Open sample case');
  await page.getByTestId('lang-zh-CN').click();
  await expect(page.getByTestId('open-sample')).toHaveText('打开示例案件');
});

test('the presenter page starts black', async ({ page, host }) => {
  await page.goto(`${host.current.origin}/presenter?token=${host.current.token}`);
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  await expect(presenter).toHaveAttribute('data-blank', 'true');
  await expect(presenter).toHaveCSS('background-color', 'rgb(0, 0, 0)');
});

import { execFileSync } from 'node:child_process';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { StatementExport } from './pages/StatementExport';

/** Privacy: the statement export masks ID and phone numbers unless the box is ticked for it. */

const ID = '110101199003071234';
const PHONE = '13900001111';

test('the statement is exported masked by default; ticking the box shows the numbers for that one document', async ({
  page,
  host,
}) => {
  const sample = await apiValue(host, 'cases.createSample', {});
  await apiValue(host, 'parties.add', {
    caseId: sample.id,
    role: 'third',
    name: '王某某',
    idNumber: ID,
    phone: PHONE,
  });
  await page.goto(host.current.url);
  await page.evaluate((id) => (window.location.hash = `#/case/${id}`), sample.id);
  await expect(page.getByTestId('computation')).toBeVisible();

  const statement = new StatementExport(page);
  const exportOnce = async (): Promise<string> => {
    const download = await statement.download();
    const file = await download.path();
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  };

  const reveal = statement.reveal;
  await expect(reveal).not.toBeChecked();
  const masked = await exportOnce();
  await expect(statement.exported).toContainText('已遮蔽');
  expect(masked).toContain('110***********1234');
  expect(masked).not.toContain(ID);
  expect(masked).not.toContain(PHONE);

  await reveal.check();
  const shown = await exportOnce();
  await expect(statement.exported).toContainText('已记入审计记录');
  expect(shown).toContain(ID);
  expect(shown).toContain(PHONE);
  // The choice is for one document: the box is clear again.
  await expect(reveal).not.toBeChecked();
});

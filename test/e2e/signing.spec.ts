import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { SessionView } from '../../core/features/recon/model';
import type { SigningView } from '../../core/features/signatures/model';
import { expect, test } from './fixtures';
import { callApi, type RunningHost } from './host';
import { flipSignedByte } from '../support/pdf-bytes';

const e2 = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../support/fixtures/examples/e2.json'),
  'utf8',
);

async function api<T>(host: RunningHost, name: string, input: unknown): Promise<T> {
  const reply = await callApi<T>(host, name, input);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message_zh}`);
  return reply.value;
}

/** A signature drawn with the mouse: three zigzag strokes across the pad. */
async function draw(page: Page): Promise<void> {
  const box = (await page.getByTestId('signing-pad').boundingBox())!;
  for (let stroke = 0; stroke < 3; stroke++) {
    const y = box.y + 50 + stroke * 50;
    await page.mouse.move(box.x + 40, y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++)
      await page.mouse.move(box.x + 40 + i * 30, y + (i % 2 ? 25 : -10), { steps: 3 });
    await page.mouse.up();
  }
}

test('signing the minutes: in court order, one party refuses, the session locks, the minutes are exported and verified', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  // Seed: E2 with its session walked through; everything agreed but the debtor's dispute, which the court found.
  const c = await api<{ id: number }>(host.current, 'cases.create', {
    caseNumber: '(2020)E2执2号',
    court: '示例市第一人民法院',
  });
  await api(host.current, 'ledger.import', { caseId: c.id, text: e2 });
  const draft = await api<SessionView>(host.current, 'recon.create', { caseId: c.id });
  const sessionId = draft.id;
  for (const [role, name] of [
    ['creditor', '某建材有限公司'],
    ['debtor', '张某某'],
    ['judge', '李法官'],
    ['clerk', '刘书记'],
  ])
    await api(host.current, 'recon.addParticipant', { sessionId, role, name });
  const started = await api<SessionView>(host.current, 'recon.start', { sessionId });
  for (const entry of started.entries)
    for (const side of ['creditor', 'debtor'])
      if (entry.key !== 'payment:p1' || side === 'creditor')
        await api(host.current, 'recon.position', { sessionId, entryKey: entry.key, side, stance: 'agree' });
  await api(host.current, 'recon.position', {
    sessionId,
    entryKey: 'payment:p1',
    side: 'debtor',
    stance: 'dispute',
    claim: { date: '2020-04-01' },
  });
  await api(host.current, 'recon.finding', {
    sessionId,
    entryKey: 'payment:p1',
    adopt: 'record',
    reason: '法院账户到账记录为 2020 年 4 月 19 日',
  });

  // Close on the session page; the way to the signatures appears.
  await page.goto(`${host.current.url}#/case/${c.id}/recon/${sessionId}`);
  await page.getByTestId('recon-close').click();
  await page.getByTestId('recon-close-confirm').click();
  await expect(page.getByTestId('recon-state')).toHaveAttribute('class', /AWAITING_SIGNATURES/);
  await page.getByTestId('recon-sign').click();

  const signing = page.getByTestId('signing-page');
  await expect(signing).toBeVisible();
  const signers = page.getByTestId('signing-signer');
  await expect(signers).toHaveCount(4);
  await expect(signers.nth(0)).toContainText('申请执行人 某建材有限公司');
  await expect(signers.nth(3)).toContainText('书记员 刘书记');

  // The creditor signs: the button waits for ink; undo and clear work on the pad.
  await expect(page.getByTestId('signing-current')).toContainText('请 申请执行人 某建材有限公司 签名');
  await expect(page.getByTestId('signing-sign')).toBeDisabled();
  await draw(page);
  await page.getByTestId('signing-clear').click();
  await expect(page.getByTestId('signing-sign')).toBeDisabled();
  await draw(page);
  await page.getByTestId('signing-sign').click();
  await expect(signers.nth(0)).toHaveAttribute('data-status', 'signed');
  await expect(signers.nth(0).locator('img')).toBeVisible();

  // The debtor refuses, with a reason.
  await expect(page.getByTestId('signing-current')).toContainText('张某某');
  await page.getByTestId('signing-refuse').click();
  await page.getByTestId('signing-reason').fill('不认可法院对付款日期的认定');
  await page.getByTestId('signing-refuse-confirm').click();
  await expect(signers.nth(1)).toHaveAttribute('data-status', 'refused');
  await expect(signers.nth(1)).toContainText('拒绝签名：不认可法院对付款日期的认定');

  // The judge cannot refuse; judge and clerk sign.
  await expect(page.getByTestId('signing-current')).toContainText('李法官');
  await expect(page.getByTestId('signing-refuse')).toHaveCount(0);
  await draw(page);
  await page.getByTestId('signing-sign').click();
  await expect(signers.nth(2)).toHaveAttribute('data-status', 'signed');
  await draw(page);
  await page.getByTestId('signing-sign').click();
  await expect(signing).toHaveAttribute('data-locked', 'true');
  await expect(page.getByTestId('signing-locked')).toBeVisible();

  // What was stored: vector strokes with timestamps behind each signature; the session is SIGNED.
  const stored = await api<SigningView>(host.current, 'signatures.list', {
    record: { kind: 'recon', id: sessionId },
  });
  expect(stored.signers.map((s) => s.status)).toEqual(['signed', 'refused', 'signed', 'signed']);
  expect((await api<SessionView>(host.current, 'recon.get', { sessionId })).state).toBe('SIGNED');

  // Locked: an edit through the API is refused.
  const edit = await callApi(host.current, 'recon.finding', {
    sessionId,
    entryKey: 'payment:p1',
    adopt: 'debtor',
    reason: '改为采纳被执行人主张',
  });
  expect(edit.ok).toBe(false);
  if (!edit.ok) {
    expect(edit.error.code).toBe('LOCKED');
    expect(edit.error.message_zh).toContain('锁定');
  }

  // Export the minutes.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('signing-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('(2020)E2执2号 对账笔录.pdf');
  const file = test.info().outputPath('minutes.pdf');
  await download.saveAs(file);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByTestId('signing-exported')).toContainText('已导出');
  if (process.env.HD_SIGNING_SHOTS) await page.screenshot({ path: '/tmp/signing.png', fullPage: true });

  // Verify it in the app: which document, intact, registered.
  await page.getByTestId('nav-verify').click();
  await page.getByTestId('verify-file').setInputFiles(file);
  const result = page.getByTestId('verify-result');
  await expect(result).toHaveAttribute('data-intact', 'true');
  await expect(result).toHaveAttribute('data-registered', 'true');
  await expect(page.getByTestId('verify-kind')).toHaveText('对账笔录');

  // One byte changed: not intact.
  const altered = flipSignedByte(bytes);
  await page
    .getByTestId('verify-file')
    .setInputFiles({ name: 'altered.pdf', mimeType: 'application/pdf', buffer: altered });
  await expect(result).toHaveAttribute('data-intact', 'false');

  // The current signer is shown; a wrong passphrase on import says so.
  await expect(page.getByTestId('identity-current')).toHaveAttribute('data-source', 'workstation');
  await page
    .getByTestId('identity-file')
    .setInputFiles({ name: 'court.p12', mimeType: 'application/x-pkcs12', buffer: Buffer.from('not a p12') });
  await page.getByTestId('identity-passphrase').fill('wrong');
  await page.getByTestId('identity-import').click();
  await expect(page.getByTestId('identity-error')).toContainText('无法打开证书文件');
});

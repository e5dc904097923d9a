import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SessionView } from '../../core/features/recon/model';
import type { SigningView } from '../../core/features/signatures/model';
import { expect, test } from './fixtures';
import { callApi, type RunningHost } from './host';
import { flipSignedByte } from '../support/pdf-bytes';
import { coverFirstPage } from '../documents/incremental';
import { ReconPage } from './pages/ReconPage';
import { SigningPage } from './pages/SigningPage';
import { VerifyPage } from './pages/VerifyPage';

const e2 = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../support/fixtures/examples/e2.json'),
  'utf8',
);

async function api<T>(host: RunningHost, name: string, input: unknown): Promise<T> {
  const reply = await callApi<T>(host, name, input);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message_zh}`);
  return reply.value;
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
  const recon = new ReconPage(page);
  await recon.close();
  await expect(page.getByTestId('recon-state')).toHaveAttribute('class', /AWAITING_SIGNATURES/);
  await page.getByTestId('recon-sign').click();

  const pad = new SigningPage(page);
  await expect(pad.root).toBeVisible();
  const signers = pad.signers;
  await expect(signers).toHaveCount(4);
  await expect(signers.nth(0)).toContainText('申请执行人 某建材有限公司');
  await expect(signers.nth(3)).toContainText('书记员 刘书记');

  // The creditor signs: the button waits for ink; undo and clear work on the pad.
  await expect(pad.current).toContainText('请 申请执行人 某建材有限公司 签名');
  await expect(pad.signButton).toBeDisabled();
  await pad.draw(3, 12);
  await pad.clear();
  await expect(pad.signButton).toBeDisabled();
  await pad.sign(0, 3, 12);
  await expect(signers.nth(0).locator('img')).toBeVisible();

  // The debtor refuses, with a reason.
  await expect(pad.current).toContainText('张某某');
  await pad.refuse(1, '不认可法院对付款日期的认定');
  await expect(signers.nth(1)).toContainText('拒绝签名：不认可法院对付款日期的认定');

  // The judge cannot refuse; judge and clerk sign.
  await expect(pad.current).toContainText('李法官');
  await expect(pad.refuseButton).toHaveCount(0);
  await pad.sign(2, 3, 12);
  await pad.draw(3, 12);
  await pad.signButton.click();
  await pad.expectLocked();
  await expect(pad.locked).toBeVisible();

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
  const verify = new VerifyPage(page);
  await verify.openFromNav();
  await verify.check(file);
  await verify.expectResult(true, true);
  await expect(verify.kind).toHaveText('对账笔录');
  await expect(verify.status).toHaveText('核验通过：签名有效，签名人受信任');
  await expect(verify.signatures).toHaveCount(1);
  await expect(verify.signatures.first()).toHaveAttribute('data-whole', 'true');

  // Issue 14: an incremental update drawing over page 1, after the signature: 签署后被修改, the bytes named.
  const covered = coverFirstPage(bytes);
  await verify.check({ name: 'covered.pdf', buffer: covered });
  await expect(verify.result).toHaveAttribute('data-status', 'modified');
  await verify.expectResult(false);
  await expect(verify.status).toHaveText('签署后被修改');
  await expect(verify.outside).toContainText(`第 ${bytes.length}–${covered.length - 1} 字节`);
  await expect(verify.outside).toContainText('第 2 次修订');
  await expect(verify.signatures.first()).toHaveAttribute('data-whole', 'false');

  // One byte changed: not intact.
  await verify.check({ name: 'altered.pdf', buffer: flipSignedByte(bytes) });
  await verify.expectResult(false);

  // The current signer is shown; a wrong passphrase on import says so.
  await expect(verify.identity).toHaveAttribute('data-source', 'workstation');
  await verify.importIdentity({ name: 'court.p12', buffer: Buffer.from('not a p12') }, 'wrong');
  await expect(verify.identityError).toContainText('无法打开证书文件');
});

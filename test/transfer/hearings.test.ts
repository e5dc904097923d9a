import { createHash } from 'node:crypto';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, type Services } from '../../core/platform/api/services';
import { ensureIdentity } from '../../core/platform/documents/identity';
import { buildPackage } from '../../core/features/transfer/handlers/package';
import type { Manifest } from '../../core/features/transfer/manifest';
import { failed, ok, start } from '../support/harness';
import { trustDataDir, trustSender } from './trust';
import { finishedHearing, signHearing } from '../support/hearing-helpers';
import { tempDir } from '../support/temp';
import { accountText, EXPORT, pdfText, rowCounts } from '../support/transfer-helpers';

/** Issues 6 × 9: hearings in the 执行情况说明 and in the transfer package, and back in on import. */

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The sample case with a signed hearing (one photo on two items) and a hearing still in preparation. */
function withHearings(s: Services) {
  const sample = ok(call(s, 'cases.createSample', {}));
  const signed = finishedHearing(s, '', sample.id);
  signHearing(s, signed.hearingId);
  const draft = ok(
    call(s, 'hearings.create', { caseId: sample.id, type: '执行异议听证', date: '2026-02-10' }),
  );
  return { caseId: sample.id, signed, draftId: draft.id };
}

describe('hearings in the transfer', () => {
  it('lists the hearings in the 执行情况说明 with how their items stood', () => {
    const a = start();
    const { caseId } = withHearings(a);
    const text = accountText(a, caseId);
    for (const phrase of [
      '听证情况',
      '1.涉执信访听证「王某信访听证」',
      '2026-03-02',
      '已签名；物品3项：无异议1项，有异议1项，未表态1项',
      '2.执行异议听证',
      '2026-02-10',
      '准备中，尚未举行',
    ])
      expect(text).toContain(phrase);
  });

  it('carries the hearings, their attachments (by sha256) and minutes; the import keeps them read-only', () => {
    const a = start();
    const { caseId, signed, draftId } = withHearings(a);
    const pkg = ok(call(a, 'transfer.export', { caseId, ...EXPORT }));
    const files = unzipSync(Buffer.from(pkg.base64, 'base64'));
    const photoSha = sha(signed.photo);
    const names = Object.keys(files);
    // One file for the photo linked to two items; listed in the manifest with its hash.
    expect(names.filter((n) => n.startsWith('attachments/'))).toEqual([`attachments/${photoSha}`]);
    expect(pkg.entries).toContainEqual({
      path: `attachments/${photoSha}`,
      sha256: photoSha,
      size: signed.photo.length,
    });
    expect(names).toContain('hearings.json');
    const minutes = names.filter((n) => /^documents\/hearing-\d+\//.test(n));
    expect(minutes).toEqual([
      `documents/hearing-${signed.hearingId}/(2006)示1084执123号 听证笔录.pdf`,
      `documents/hearing-${draftId}/(2006)示1084执123号 听证笔录（草稿）.pdf`,
    ]);
    const finalText = pdfText(files[minutes[0]!]!, 'm.pdf');
    expect(finalText).toContain('委托代理人钱律师拒绝签名');
    const carried = JSON.parse(strFromU8(files['hearings.json']!)) as {
      id: number;
      state: string;
      signatures: unknown[];
      locked: unknown;
    }[];
    expect(carried.map((h) => [h.id, h.state, h.signatures.length, h.locked !== null])).toEqual([
      [signed.hearingId, 'SIGNED', 6, true],
      [draftId, 'DRAFT', 0, false],
    ]);

    // Import on another installation.
    const b = start(tempDir());
    trustSender(b, a);
    ok(call(b, 'cases.create', { caseNumber: '(2026)示01执1号' }));
    const imported = ok(
      call(b, 'transfer.import', {
        base64: pkg.base64,
        caseNumber: '(2026)示01执9号',
        court: '示例市中级人民法院',
      }),
    );
    const newCase = imported.caseId;
    const list = ok(call(b, 'hearings.list', { caseId: newCase }));
    expect(list.map((h) => [h.type, h.state, h.itemCount])).toEqual([
      ['执行异议听证', 'DRAFT', 0],
      ['涉执信访听证', 'SIGNED', 3],
    ]);
    const h = ok(call(b, 'hearings.get', { hearingId: list[1]!.id }));
    expect(h.origin).toEqual({ court: '示例市第一人民法院', caseNumber: '(2006)示1084执123号' });
    expect(h.items.map((i) => i.status)).toEqual(['accepted', 'objected', 'open']);
    expect(h.items[1]!.responses[0]!.statement).toBe('数量不对，联系电话 13800001111');
    expect(h.conclusion).toBe('维持原执行行为');
    // The attachment is stored content-addressed on the new installation and served from there.
    const att = h.items[0]!.attachments[0]!;
    expect(att.sha256).toBe(photoSha);
    const data = ok(call(b, 'hearings.attachmentData', { attachmentId: att.id }));
    expect(Buffer.from(data.base64, 'base64').equals(signed.photo)).toBe(true);
    expect(h.items[1]!.attachments[0]!.sha256).toBe(photoSha);

    // Signatures and lock carried, keys remapped to the new attendee ids.
    const sig = ok(call(b, 'signatures.list', { record: { kind: 'hearing', id: h.id } }));
    expect(sig.complete).toBe(true);
    expect(sig.locked).not.toBeNull();
    expect(sig.signers.map((x) => [x.key, x.status])).toEqual(
      h.attendees
        .map((x) => x.id)
        .sort((p, q) => {
          const order = ['petitioner', 'agent', 'panel', 'presiding', 'clerk'];
          const kind = (id: number) => order.indexOf(h.attendees.find((y) => y.id === id)!.kind);
          return kind(p) - kind(q) || p - q;
        })
        .map((id) => [
          `attendee:${id}`,
          h.attendees.find((y) => y.id === id)!.kind === 'agent' ? 'refused' : 'signed',
        ]),
    );

    // Read-only: the draft carried from the original court cannot be edited or signed here.
    const draft = list[0]!.id;
    const refused = failed(call(b, 'hearings.update', { hearingId: draft, type: '执行听证' }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message_zh).toBe(
      '该听证由原执行法院（示例市第一人民法院）举行，随案移送，只能查看，不能修改',
    );
    expect(failed(call(b, 'hearings.conclude', { hearingId: h.id, conclusion: '改' })).code).toBe('CONFLICT');
    // Its minutes print here from the carried record, with the carried signatures.
    const again = ok(call(b, 'hearings.minutes', { hearingId: h.id, final: true }));
    expect(pdfText(Buffer.from(again.base64, 'base64'), 'again.pdf')).toContain('委托代理人钱律师拒绝签名');
  });

  it('refuses a package whose attachment was changed, naming it, and writes nothing', () => {
    const a = start();
    const { caseId, signed } = withHearings(a);
    const pkg = ok(call(a, 'transfer.export', { caseId, ...EXPORT }));
    const files = unzipSync(Buffer.from(pkg.base64, 'base64'));
    const entry = `attachments/${sha(signed.photo)}`;
    const changed = Uint8Array.from(files[entry]!);
    changed[changed.length - 20] = changed[changed.length - 20]! ^ 0xff;
    files[entry] = changed;
    const tampered = Buffer.from(zipSync(files)).toString('base64');

    const b = start(tempDir());
    trustSender(b, a);
    ok(call(b, 'cases.create', { caseNumber: '(2026)示01执1号' }));
    const before = rowCounts(b);
    const e = failed(call(b, 'transfer.import', { base64: tampered, caseNumber: '(2026)示01执9号' }));
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message_zh).toBe(`移送案卷包未通过核验：文件「${entry}」的校验值与清单不符，可能已被篡改或损坏`);
    expect(e.details).toEqual({ entry });
    expect(rowCounts(b)).toEqual(before);
  });
  it('refuses an attachment whose bytes do not hash to its name even in a package signed anew', () => {
    // Someone re-signs a changed package with a certificate of their own: the manifest now lists the changed
    // bytes, but the file is named by the digest hearings.json records, so the import still refuses it.
    const a = start();
    const { caseId, signed } = withHearings(a);
    const pkg = ok(call(a, 'transfer.export', { caseId, ...EXPORT }));
    const files = unzipSync(Buffer.from(pkg.base64, 'base64'));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
    const entry = `attachments/${sha(signed.photo)}`;
    const changed = Uint8Array.from(files[entry]!);
    changed[changed.length - 20] = changed[changed.length - 20]! ^ 0xff;
    files[entry] = changed;
    const { entries: _e, signer: _s, ...rest } = manifest;
    const forger = tempDir();
    const rebuilt = buildPackage(
      manifest.entries.map((e) => ({ path: e.path, kind: e.kind, bytes: files[e.path]! })),
      rest,
      ensureIdentity(forger, { court: '别处', now: new Date('2026-01-21T00:00:00Z') }),
    );
    const b = start(tempDir());
    // The forger's certificate is trusted here, so the refusal tested is the one after the signature.
    trustDataDir(b, forger);
    const before = rowCounts(b);
    const e = failed(
      call(b, 'transfer.import', {
        base64: Buffer.from(rebuilt.bytes).toString('base64'),
        caseNumber: '(2026)示01执9号',
      }),
    );
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message_zh).toBe(
      `移送案卷包中的听证附件「${entry}」与其校验值不符，可能已被篡改，未导入任何内容`,
    );
    expect(e.details).toEqual({ entry });
    expect(rowCounts(b)).toEqual(before);
  });
});

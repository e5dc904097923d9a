import { sign as rsaSign } from 'node:crypto';
import Database from 'better-sqlite3';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, type Services } from '../../core/platform/api/services';
import {
  createWorkstationP12,
  identityFromP12,
  identityPem,
  type Identity,
} from '../../core/platform/documents/identity';
import { buildPackage } from '../../core/features/transfer/handlers/package';
import type { Manifest } from '../../core/features/transfer/manifest';
import { failed, ok, start } from '../support/harness';
import { tempDir } from '../support/temp';
import { EXPORT, rowCounts } from '../support/transfer-helpers';
import { trustSender } from './trust';

/**
 * Issue 14, attack 2: a forged transfer package. The forger changes ledger.json, re-hashes it in the
 * manifest and re-signs with a self-signed certificate bearing the sending court's very CN. Only the
 * trusted list tells the two certificates apart.
 */

type RefusalDetails = {
  entry: string;
  certificate?: { base64: string; fingerprint: string; groupedFingerprint: string; subject: string };
};

function exportFrom(a: Services) {
  const c = ok(call(a, 'cases.createSample', {}));
  return ok(call(a, 'transfer.export', { caseId: c.id, ...EXPORT }));
}

function forgerWithName(commonName: string): Identity {
  const made = createWorkstationP12({ commonName, now: new Date('2026-01-20T00:00:00Z') });
  return identityFromP12(made.p12, made.passphrase, 'workstation');
}

/** The package with one payment's amount changed, re-hashed and re-signed by `identity`. */
function forged(base64: string, identity: Identity): string {
  const files = unzipSync(Buffer.from(base64, 'base64'));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
  const ledger = strFromU8(files['ledger.json']!);
  const changed = ledger.replace(/"amount": "(\d+)\.(\d{2})"/, '"amount": "9$1.$2"');
  expect(changed).not.toBe(ledger);
  const { entries: _e, signer: _s, ...rest } = manifest;
  const rebuilt = buildPackage(
    manifest.entries.map((e) => ({
      path: e.path,
      kind: e.kind,
      bytes: e.path === 'ledger.json' ? strToU8(changed) : files[e.path]!,
    })),
    rest,
    identity,
  );
  return Buffer.from(rebuilt.bytes).toString('base64');
}

const trustRows = (s: Services) => {
  const db = new Database(s.dbFile, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT action, after_json, before_json FROM audit_log WHERE entity = 'trustedCertificate' ORDER BY seq",
      )
      .all() as { action: string; after_json: string | null; before_json: string | null }[];
  } finally {
    db.close();
  }
};

describe('transfer packages are verified against the trusted certificate list', () => {
  it('a forged package (re-hashed, re-signed, same CN) is refused with the subject and fingerprint; nothing written', () => {
    const a = start();
    const pkg = exportFrom(a);
    const b = start(tempDir());
    trustSender(b, a);
    expect(ok(call(b, 'transfer.verify', { base64: pkg.base64 })).signer).toBe(
      '示例市第一人民法院执行局 工作站',
    );

    const forger = forgerWithName('示例市第一人民法院执行局 工作站');
    const fake = forged(pkg.base64, forger);
    const before = rowCounts(b);
    for (const e of [
      failed(call(b, 'transfer.verify', { base64: fake })),
      failed(call(b, 'transfer.import', { base64: fake, caseNumber: '(2026)示01执7号' })),
    ]) {
      expect(e.code).toBe('IMPORT_INVALID');
      expect(e.message_zh).toContain('签名人不在本机受信任列表中，拒绝接收');
      expect(e.message_zh).toContain('证书主体：CN=示例市第一人民法院执行局 工作站, OU=Hearing Desk');
      const details = e.details as RefusalDetails;
      expect(details.certificate!.fingerprint).toBe(forger.fingerprint);
      expect(e.message_zh).toContain(`证书指纹：${details.certificate!.groupedFingerprint}`);
    }
    expect(rowCounts(b)).toEqual(before);
  });

  it('accepted once the clerk confirms its fingerprint (recorded), and refused again once trust is removed', () => {
    const a = start();
    const pkg = exportFrom(a);
    const b = start(tempDir());
    const forger = forgerWithName('另一法院执行局 工作站');
    const fake = forged(pkg.base64, forger);
    const refusal = failed(call(b, 'transfer.verify', { base64: fake }));
    const cert = (refusal.details as RefusalDetails).certificate!;

    // A fingerprint read back wrongly trusts nothing.
    const wrong = cert.groupedFingerprint.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const mismatch = failed(
      call(b, 'documents.trust', { base64: cert.base64, fingerprint: wrong, confirmedBy: 'package' }),
    );
    expect(mismatch.code).toBe('VALIDATION_FAILED');
    expect(mismatch.message_zh).toContain('输入的指纹与证书不一致');
    expect(ok(call(b, 'documents.trustList', {})).trusted).toEqual([]);

    const list = ok(
      call(b, 'documents.trust', {
        base64: cert.base64,
        fingerprint: cert.groupedFingerprint.toLowerCase(),
        confirmedBy: 'package',
        note: '电话核对：张书记员',
      }),
    );
    expect(list.trusted).toMatchObject([
      {
        fingerprint: forger.fingerprint,
        commonName: '另一法院执行局 工作站',
        subject: 'CN=另一法院执行局 工作站, OU=Hearing Desk',
        confirmedBy: 'package',
        note: '电话核对：张书记员',
        actor: '测试员',
        groupedFingerprint: cert.groupedFingerprint,
      },
    ]);
    const seen = ok(call(b, 'transfer.verify', { base64: fake }));
    expect([seen.signer, seen.fingerprint]).toEqual(['另一法院执行局 工作站', forger.fingerprint]);
    const imported = ok(call(b, 'transfer.import', { base64: fake, caseNumber: '(2026)示01执8号' }));
    expect(imported.signer).toBe('另一法院执行局 工作站');

    ok(call(b, 'documents.distrust', { fingerprint: cert.groupedFingerprint }));
    const again = failed(call(b, 'transfer.import', { base64: fake, caseNumber: '(2026)示01执9号' }));
    expect(again.message_zh).toContain('签名人不在本机受信任列表中');
    const audit = trustRows(b);
    expect(audit.map((r) => r.action)).toEqual(['create', 'delete']);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({
      fingerprint: forger.fingerprint,
      confirmedBy: 'package',
      actor: '测试员',
    });
    expect(JSON.parse(audit[1]!.before_json!)).toMatchObject({ fingerprint: forger.fingerprint });
  });

  it('a manifest whose claimed signer differs from its certificate is refused, even when the certificate is trusted', () => {
    const a = start();
    const pkg = exportFrom(a);
    const b = start(tempDir());
    trustSender(b, a);
    const forger = forgerWithName('某伪造单位');
    const files = unzipSync(Buffer.from(pkg.base64, 'base64'));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
    manifest.signer = { commonName: '示例市第一人民法院执行局 工作站', fingerprint: forger.fingerprint };
    const manifestBytes = strToU8(JSON.stringify(manifest, null, 2) + '\n');
    const { keyPem, certificatePem } = identityPem(forger);
    files['manifest.json'] = manifestBytes;
    files['manifest.sig'] = strToU8(
      JSON.stringify({
        algorithm: 'RSA-SHA256',
        certificate: certificatePem,
        signature: rsaSign('sha256', manifestBytes, keyPem).toString('base64'),
      }),
    );
    const fake = Buffer.from(zipSync(files)).toString('base64');
    const e = failed(call(b, 'transfer.verify', { base64: fake }));
    expect(e.message_zh).toContain(
      '清单中记载的签名人「示例市第一人民法院执行局 工作站」与签名证书的主体「CN=某伪造单位, OU=Hearing Desk」不一致',
    );
  });
});

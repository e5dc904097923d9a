import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { createWorkstationP12 } from '../../core/platform/documents/identity';
import { failed, ok, start } from '../support/harness';
import { pdfsig } from '../support/pdf-tools';
import { tempDir } from '../support/temp';
import { closedSession } from '../support/signing-helpers';

describe('documents.identity and documents.importIdentity', () => {
  it('shows no signer before the first export, the workstation after it, and the court .p12 once imported', () => {
    const s = start();
    expect(ok(call(s, 'documents.identity', {}))).toEqual({
      commonName: null,
      source: 'none',
      notAfter: null,
      fingerprint: null,
    });
    const { sessionId } = closedSession(s);
    ok(call(s, 'documents.reconMinutes', { sessionId }));
    expect(ok(call(s, 'documents.identity', {}))).toMatchObject({
      commonName: '示例市第一人民法院执行局 工作站',
      source: 'workstation',
    });

    const court = createWorkstationP12({
      commonName: '示例市第一人民法院',
      now: new Date('2026-01-01T00:00:00Z'),
    });
    const base64 = court.p12.toString('base64');
    const wrong = failed(call(s, 'documents.importIdentity', { base64, passphrase: 'not-the-passphrase' }));
    expect(wrong.code).toBe('VALIDATION_FAILED');
    expect(wrong.message_zh).toContain('无法打开证书文件（.p12）：密码错误或文件已损坏');
    // nothing changed by the failed import
    expect(ok(call(s, 'documents.identity', {})).source).toBe('workstation');

    const imported = ok(call(s, 'documents.importIdentity', { base64, passphrase: court.passphrase }));
    expect(imported).toMatchObject({ commonName: '示例市第一人民法院', source: 'imported' });
    expect(imported.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(ok(call(s, 'documents.identity', {}))).toEqual(imported);

    // the next export is signed by the court certificate, Chinese name intact for pdfsig
    const out = ok(call(s, 'documents.reconMinutes', { sessionId }));
    const file = path.join(tempDir(), 'court.pdf');
    fs.writeFileSync(file, Buffer.from(out.base64, 'base64'));
    const sig = pdfsig(file).out;
    expect(sig).toContain('Signature is Valid');
    expect(sig).toContain('示例市第一人民法院');
    expect(sig).not.toContain('工作站');
  });
});

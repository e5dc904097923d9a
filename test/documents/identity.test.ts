import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import {
  createWorkstationP12,
  ensureIdentity,
  identityFromP12,
  IdentityError,
  importIdentity,
  workstationName,
} from '../../core/platform/documents/identity';
import { pkcs7Detached } from '../../core/platform/documents/sign';
import { tempDir } from '../support/temp';

const NOW = new Date('2026-01-21T08:00:00.000Z');
const CN = '示例市第一人民法院执行局 工作站';

const certDer = (cert: forge.pki.Certificate) =>
  Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
/** What forge #847 produces: UTF-8 bytes read as Latin-1 and encoded again. */
const doubleEncoded = (s: string) => Buffer.from(Buffer.from(s, 'utf8').toString('latin1'), 'utf8');

describe('workstation identity', () => {
  it('is created on first use as a .p12 with a random passphrase beside it, private to the user', () => {
    const dir = tempDir();
    const id = ensureIdentity(dir, { court: '示例市第一人民法院', now: NOW });
    expect(id.source).toBe('workstation');
    expect(id.commonName).toBe(CN);
    const p12 = path.join(dir, 'identity', 'workstation.p12');
    const pass = path.join(dir, 'identity', 'workstation.pass');
    expect(fs.statSync(p12).mode & 0o777).toBe(0o600);
    expect(fs.statSync(pass).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(pass, 'utf8')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // Reopened from disk: the same certificate.
    const again = identityFromP12(fs.readFileSync(p12), fs.readFileSync(pass, 'utf8'), 'workstation');
    expect(again.fingerprint).toBe(id.fingerprint);
    expect(ensureIdentity(dir, { court: '另一个法院', now: NOW }).fingerprint).toBe(id.fingerprint);
    expect((id.key as forge.pki.rsa.PrivateKey).n.bitLength()).toBe(2048);
  });

  it('writes the Chinese CN as a UTF8String, read back correctly by OpenSSL (node:crypto)', () => {
    const id = ensureIdentity(tempDir(), { court: '示例市第一人民法院', now: NOW });
    const der = certDer(id.cert);
    const x509 = new X509Certificate(der);
    expect(x509.subject).toContain(`CN=${CN}`);
    expect(x509.issuer).toContain(`CN=${CN}`);
    const utf8 = Buffer.from(CN, 'utf8');
    const tagged = Buffer.concat([Buffer.from([0x0c, utf8.length]), utf8]);
    expect(der.includes(tagged)).toBe(true);
    expect(der.includes(doubleEncoded(CN))).toBe(false);
    expect(x509.verify(x509.publicKey)).toBe(true); // self-signed
    expect(new Date(x509.validTo).getTime()).toBeGreaterThan(NOW.getTime() + 19 * 365 * 86400_000);
  });

  it('names the issuer in the PKCS#7 SignerInfo without encoding it twice (forge #847)', () => {
    const id = ensureIdentity(tempDir(), { court: '示例市第一人民法院', now: NOW });
    const p7 = pkcs7Detached(Buffer.from('content'), id, NOW);
    const utf8 = Buffer.from(CN, 'utf8');
    // Once in the certificate, once in issuerAndSerialNumber; never double-encoded.
    let count = 0;
    for (let at = p7.indexOf(utf8); at >= 0; at = p7.indexOf(utf8, at + 1)) count++;
    expect(count).toBe(3); // subject and issuer of the self-signed certificate, and the SignerInfo issuer
    expect(p7.includes(doubleEncoded(CN))).toBe(false);
  });

  it.each([
    ['示例市第一人民法院', '示例市第一人民法院执行局 工作站'],
    ['某某人民法院执行局', '某某人民法院执行局 工作站'],
    ['', '执行听证·对账工作台 工作站'],
  ])('workstationName(%j) = %j', (court, name) => expect(workstationName(court)).toBe(name));
});

describe('an imported court .p12', () => {
  it('takes precedence over the workstation identity once imported', () => {
    const dir = tempDir();
    const workstation = ensureIdentity(dir, { now: NOW });
    const court = createWorkstationP12({
      commonName: '某某人民法院',
      organization: '某某人民法院',
      now: NOW,
    });
    const imported = importIdentity(dir, court.p12, court.passphrase);
    expect(imported).toMatchObject({ source: 'imported', commonName: '某某人民法院' });
    const now = ensureIdentity(dir, { now: NOW });
    expect(now.fingerprint).toBe(imported.fingerprint);
    expect(now.fingerprint).not.toBe(workstation.fingerprint);
  });

  it('is refused with a Chinese and English message when the passphrase is wrong, and nothing is stored', () => {
    const dir = tempDir();
    const court = createWorkstationP12({ commonName: '某某人民法院', now: NOW });
    let error: unknown;
    try {
      importIdentity(dir, court.p12, 'wrong');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IdentityError);
    expect((error as IdentityError).zh).toContain('密码错误');
    expect((error as IdentityError).en).toContain('wrong passphrase');
    expect(fs.existsSync(path.join(dir, 'identity', 'court.p12'))).toBe(false);
  });
});

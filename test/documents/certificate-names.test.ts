import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import {
  certificatesInFile,
  decodeString,
  groupedFingerprint,
  normalFingerprint,
} from '../../core/platform/documents/certificate';
import { ok, start } from '../support/harness';
import { pdfsig } from '../support/pdf-tools';
import { tempDir } from '../support/temp';

/**
 * Issue 14, attack 3: certificate names as another court's tools write them. OpenSSL makes the
 * certificates; the names must read as OpenSSL and pdfsig read them (forge #847 garbled UTF8String).
 */

const CN = '江苏省江阴市人民法院执行局';

function openssl(dir: string, name: string, mask: 'utf8only' | 'default'): string {
  const cnf = path.join(dir, `${name}.cnf`);
  fs.writeFileSync(
    cnf,
    `[req]\ndistinguished_name=dn\nstring_mask=${mask}\nprompt=no\nutf8=yes\n[dn]\nCN=${CN}\nO=Court\nC=CN\n`,
  );
  const key = path.join(dir, `${name}.key`);
  const pem = path.join(dir, `${name}.pem`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      pem,
      '-days',
      '365',
      '-config',
      cnf,
    ],
    {
      stdio: 'ignore',
    },
  );
  return pem;
}

const tagsOf = (pem: string): string =>
  execFileSync('openssl', ['asn1parse', '-in', pem], { encoding: 'utf8' });

describe('certificate names decoded by their string type', () => {
  it('UTF8String, PrintableString and BMPString, from certificates OpenSSL made', () => {
    const dir = tempDir();
    const utf8 = openssl(dir, 'utf8', 'utf8only');
    const bmp = openssl(dir, 'bmp', 'default');
    expect(tagsOf(utf8)).toMatch(/UTF8STRING\s+:江苏省/);
    expect(tagsOf(bmp)).toContain('BMPSTRING');
    expect(tagsOf(bmp)).toMatch(/PRINTABLESTRING\s+:Court/);
    for (const file of [utf8, bmp]) {
      const [c] = certificatesInFile(fs.readFileSync(file));
      expect(c!.commonName).toBe(CN);
      expect(c!.subjectText).toBe(`CN=${CN}, O=Court, C=CN`);
      const fp = execFileSync('openssl', ['x509', '-in', file, '-noout', '-fingerprint', '-sha256'], {
        encoding: 'utf8',
      });
      expect(normalFingerprint(fp.split('=')[1]!)).toBe(c!.fingerprint);
    }
    // The DER form of the same certificate reads the same.
    const der = execFileSync('openssl', ['x509', '-in', utf8, '-outform', 'DER']);
    expect(certificatesInFile(der)[0]!.commonName).toBe(CN);
  });

  it('decodes each string type byte by byte', () => {
    expect(decodeString(0x0c, Buffer.from(CN, 'utf8'))).toBe(CN);
    expect(decodeString(0x1e, Buffer.from(CN, 'utf16le').swap16())).toBe(CN);
    expect(decodeString(0x13, Buffer.from('Court 1', 'latin1'))).toBe('Court 1');
    expect(decodeString(0x1c, Buffer.from([0, 0, 0x6c, 0x5f]))).toBe('江');
  });

  it('groups a fingerprint in fours for the telephone, and reads it back however it was typed', () => {
    const hex = 'ab'.repeat(32);
    expect(groupedFingerprint(hex)).toBe(Array(16).fill('ABAB').join(' '));
    expect(normalFingerprint(groupedFingerprint(hex))).toBe(hex);
    expect(normalFingerprint('AB:'.repeat(31) + 'AB')).toBe(hex);
    expect(normalFingerprint('abc')).toBeNull();
  });

  it('an OpenSSL .p12 as the signing identity: our verify and pdfsig both name 江苏省江阴市人民法院执行局', () => {
    const dir = tempDir();
    const pem = openssl(dir, 'court', 'utf8only');
    const p12 = path.join(dir, 'court.p12');
    execFileSync('openssl', [
      'pkcs12',
      '-export',
      '-in',
      pem,
      '-inkey',
      path.join(dir, 'court.key'),
      '-out',
      p12,
      '-passout',
      'pass:abc',
    ]);
    const [fromP12] = certificatesInFile(fs.readFileSync(p12), 'abc');
    expect(fromP12!.commonName).toBe(CN);

    const s = start();
    const identity = ok(
      call(s, 'documents.importIdentity', {
        base64: fs.readFileSync(p12).toString('base64'),
        passphrase: 'abc',
      }),
    );
    expect(identity.commonName).toBe(CN);
    const sample = ok(call(s, 'cases.createSample', {}));
    const doc = ok(call(s, 'documents.statement', { caseId: sample.id }));
    const v = ok(call(s, 'documents.verify', { base64: doc.base64 }));
    expect(v).toMatchObject({ status: 'verified', signer: CN });
    expect(v.signatures[0]!.subject).toBe(`CN=${CN}, O=Court, C=CN`);
    const file = path.join(dir, 'signed.pdf');
    fs.writeFileSync(file, Buffer.from(doc.base64, 'base64'));
    const r = pdfsig(file).out;
    expect(r).toContain(`Signer Certificate Common Name: ${CN}`);
    expect(r).toContain('Signature is Valid.');
  });
});

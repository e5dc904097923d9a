import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { osPassphraseProtector, type SafeStorageLike } from '../../electron/key-store';
import {
  createWorkstationP12,
  currentIdentity,
  ensureIdentity,
  IdentityError,
  importIdentity,
} from '../../core/platform/documents/identity';
import { passphraseStorage, usePassphraseProtector } from '../../core/platform/documents/passphrase-store';
import { tempDir } from '../support/temp';

const NOW = new Date('2026-01-21T08:00:00.000Z');

/** A stand-in for Electron's safeStorage: XOR with a per-"login" byte, so another login cannot read it. */
function fakeSafeStorage(login: number, available = true): SafeStorageLike {
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ login));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.concat([Buffer.from(`OS${login}:`), xor(Buffer.from(s, 'utf8'))]),
    decryptString: (b) => {
      const tag = Buffer.from(`OS${login}:`);
      if (!b.subarray(0, tag.length).equals(tag)) throw new Error('not this login');
      return xor(b.subarray(tag.length)).toString('utf8');
    },
  };
}

const identityDir = (dataDir: string) => path.join(dataDir, 'identity');

/** A copy of a data folder's identity, as a lost laptop's disk read elsewhere would give it. */
function copyIdentity(from: string): string {
  const to = tempDir();
  fs.cpSync(identityDir(from), identityDir(to), { recursive: true });
  return to;
}

afterEach(() => usePassphraseProtector(null));

describe('the signing passphrase in the OS key store (issue 15)', () => {
  it('is kept only sealed, never in a plain file, 0600, and opens the .p12 again', () => {
    usePassphraseProtector(osPassphraseProtector(fakeSafeStorage(0x5a)));
    expect(passphraseStorage()).toBe('os');
    const dir = tempDir();
    const made = ensureIdentity(dir, { court: '示例市第一人民法院', now: NOW });
    const files = fs.readdirSync(identityDir(dir)).sort();
    expect(files).toEqual(['workstation.p12', 'workstation.pass.os']);
    const sealed = path.join(identityDir(dir), 'workstation.pass.os');
    if (process.platform !== 'win32') expect(fs.statSync(sealed).mode & 0o777).toBe(0o600);
    // A fresh copy of the folder under the same login signs with the same certificate.
    expect(currentIdentity(copyIdentity(dir))!.fingerprint).toBe(made.fingerprint);
  });

  it('moves a plain passphrase file (web host, older version) into the key store and removes it', () => {
    const dir = tempDir();
    const made = ensureIdentity(dir, { now: NOW });
    const plain = path.join(identityDir(dir), 'workstation.pass');
    const passphrase = fs.readFileSync(plain, 'utf8');
    usePassphraseProtector(osPassphraseProtector(fakeSafeStorage(0x5a)));
    const copy = copyIdentity(dir);
    expect(currentIdentity(copy)!.fingerprint).toBe(made.fingerprint);
    expect(fs.existsSync(path.join(identityDir(copy), 'workstation.pass'))).toBe(false);
    const sealed = fs.readFileSync(path.join(identityDir(copy), 'workstation.pass.os'));
    expect(sealed.includes(Buffer.from(passphrase))).toBe(false);
  });

  it('refuses, in Chinese, a copied folder on another login: the key does not travel with the disk', () => {
    usePassphraseProtector(osPassphraseProtector(fakeSafeStorage(0x5a)));
    const dir = tempDir();
    ensureIdentity(dir, { now: NOW });
    usePassphraseProtector(osPassphraseProtector(fakeSafeStorage(0x11)));
    const stolen = copyIdentity(dir);
    const error = (() => {
      try {
        currentIdentity(stolen);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(IdentityError);
    expect((error as IdentityError).zh).toBe(
      '本机系统密钥库无法解开签名证书的密码（数据文件夹可能复制自另一台电脑或另一个账户）；请重新导入本院证书',
    );
    // A new identity is never made silently over the old one.
    expect(() => ensureIdentity(stolen, { now: NOW })).toThrow(IdentityError);
    expect(fs.readdirSync(identityDir(stolen)).sort()).toEqual(['workstation.p12', 'workstation.pass.os']);
  });

  it('tells the web host plainly that a sealed passphrase opens only in the desktop app', () => {
    usePassphraseProtector(osPassphraseProtector(fakeSafeStorage(0x5a)));
    const dir = tempDir();
    ensureIdentity(dir, { now: NOW });
    usePassphraseProtector(null);
    expect(() => currentIdentity(copyIdentity(dir))).toThrow(/只能在本机桌面版中打开/);
  });

  it('seals an imported court .p12 passphrase too', () => {
    usePassphraseProtector(osPassphraseProtector(fakeSafeStorage(0x5a)));
    const dir = tempDir();
    const court = createWorkstationP12({ commonName: '示例市第一人民法院', now: NOW });
    const imported = importIdentity(dir, court.p12, court.passphrase);
    expect(imported.source).toBe('imported');
    expect(fs.existsSync(path.join(identityDir(dir), 'court.pass'))).toBe(false);
    expect(fs.existsSync(path.join(identityDir(dir), 'court.pass.os'))).toBe(true);
    expect(currentIdentity(copyIdentity(dir))!.fingerprint).toBe(imported.fingerprint);
  });

  it('keeps the plain 0600 file where the OS offers no key store (a Linux session without one)', () => {
    const protector = osPassphraseProtector(fakeSafeStorage(0x5a, false));
    expect(protector).toBeNull();
    usePassphraseProtector(protector);
    expect(passphraseStorage()).toBe('file');
    const dir = tempDir();
    ensureIdentity(dir, { now: NOW });
    expect(fs.readdirSync(identityDir(dir)).sort()).toEqual(['workstation.p12', 'workstation.pass']);
  });
});

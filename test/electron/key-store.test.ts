import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { osKeyStore, OS_KEY_SUFFIX, type SafeStorageLike } from '../../electron/key-store';
import { plainKeyStore } from '../../core/platform/db/seal-key';
import { tempDir } from '../support/temp';

/** A stand-in for Electron's safeStorage: XOR with a per-"login" byte, so another login cannot read it. */
function fakeSafeStorage(login: number, available = true): SafeStorageLike {
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ login));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.concat([Buffer.from('OS1'), xor(Buffer.from(s, 'utf8'))]),
    decryptString: (b) => {
      if (b.subarray(0, 3).toString() !== 'OS1') throw new Error('not ours');
      return xor(b.subarray(3)).toString('utf8');
    },
  };
}

describe('electron key store (safeStorage)', () => {
  it('keeps the key only encrypted on disk, 0600, and reads it back', () => {
    const db = path.join(tempDir(), 'hearing-desk.sqlite');
    const store = osKeyStore(fakeSafeStorage(0x5a));
    const key = store.create(db);
    expect(store.kind).toBe('os');
    expect(fs.existsSync(`${db}.key`)).toBe(false);
    const onDisk = fs.readFileSync(`${db}${OS_KEY_SUFFIX}`);
    expect(onDisk.includes(Buffer.from(key.toString('hex')))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(`${db}${OS_KEY_SUFFIX}`).mode & 0o777).toBe(0o600);
    expect(store.read(db)!.equals(key)).toBe(true);
    // another login's key store cannot open it
    expect(osKeyStore(fakeSafeStorage(0x11)).read(db)?.equals(key) ?? false).toBe(false);
  });

  it('moves a plain key (from the web host) into the key store', () => {
    const db = path.join(tempDir(), 'hearing-desk.sqlite');
    const key = plainKeyStore.create(db);
    const store = osKeyStore(fakeSafeStorage(0x5a));
    expect(store.read(db)!.equals(key)).toBe(true);
    expect(fs.existsSync(`${db}.key`)).toBe(false);
    expect(store.read(db)!.equals(key)).toBe(true);
  });

  it('without OS encryption falls back to the plain 0600 file', () => {
    expect(osKeyStore(fakeSafeStorage(1, false))).toBe(plainKeyStore);
  });
});

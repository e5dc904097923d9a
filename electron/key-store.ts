import fs from 'node:fs';
import {
  KEY_BYTES,
  KEY_SUFFIX,
  plainKeyStore,
  writePrivateFile,
  type SealKeyStore,
} from '../core/platform/db/seal-key';
import { randomBytes } from 'node:crypto';
import type { SecretProtector } from '../core/platform/documents/passphrase-store';

/**
 * The workstation key kept by the operating system's key store (Electron's safeStorage: DPAPI on
 * Windows, the Keychain on macOS, libsecret/kwallet on Linux). What lies on disk, `<database>.key.os`,
 * is the key encrypted for this login on this machine: a copied data folder or a lost laptop's disk
 * read elsewhere does not carry it in the clear. Plain module (safeStorage is passed in) so it is
 * tested without Electron.
 */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
};

export const OS_KEY_SUFFIX = `${KEY_SUFFIX}.os`;

/**
 * With no OS encryption available (a Linux session without a secret service) the plain 0600 file is
 * used, as by the web host. A plain key found beside the database is moved into the key store.
 */
export function osKeyStore(safe: SafeStorageLike): SealKeyStore {
  if (!safe.isEncryptionAvailable()) return plainKeyStore;
  const save = (dbFile: string, key: Buffer) =>
    writePrivateFile(`${dbFile}${OS_KEY_SUFFIX}`, safe.encryptString(key.toString('hex')));
  return {
    kind: 'os',
    read(dbFile) {
      const file = `${dbFile}${OS_KEY_SUFFIX}`;
      if (fs.existsSync(file)) {
        try {
          const key = Buffer.from(safe.decryptString(fs.readFileSync(file)), 'hex');
          return key.length === KEY_BYTES ? key : null;
        } catch {
          return null;
        }
      }
      const plain = plainKeyStore.read(dbFile);
      if (plain) {
        save(dbFile, plain);
        fs.rmSync(`${dbFile}${KEY_SUFFIX}`, { force: true });
      }
      return plain;
    },
    create(dbFile) {
      const key = randomBytes(KEY_BYTES);
      save(dbFile, key);
      return key;
    },
  };
}

/** The signing .p12's passphrase, sealed by the same key store (passphrase-store.ts); null without one. */
export function osPassphraseProtector(safe: SafeStorageLike): SecretProtector | null {
  if (!safe.isEncryptionAvailable()) return null;
  return { seal: (plain) => safe.encryptString(plain), open: (sealed) => safe.decryptString(sealed) };
}

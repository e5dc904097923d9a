import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

/**
 * The workstation secret the row journal is sealed with (journal.ts). Without it a person who edits
 * the file can recompute SHA-256 hashes but not the seals. Where it lives is the host's choice:
 *  - default (web host, CLI, tests): `<database>.key`, 32 random bytes in hex, mode 0600 — it stops
 *    anyone who has only the database file or a backup, not someone who can read this account's files;
 *  - Electron: electron/key-store.ts keeps it encrypted by the operating system's key store
 *    (safeStorage) in `<database>.key.os`, so a copied data folder does not carry it in the clear.
 */
export type SealKeyStore = {
  /** null when there is none (yet) or it cannot be read here */
  read(dbFile: string): Buffer | null;
  create(dbFile: string): Buffer;
  /** where the key lives, for the report: 'file' | 'os' */
  readonly kind: 'file' | 'os';
};

export const KEY_SUFFIX = '.key';
export const KEY_BYTES = 32;

/**
 * Written beside, synced, then renamed over: after a power cut the file is the old one or the new one,
 * never empty (an empty head file would read as a missing head).
 */
export function writePrivateFile(file: string, data: string | Buffer): void {
  const temp = `${file}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.chmodSync(temp, 0o600);
  fs.renameSync(temp, file);
}

export const plainKeyStore: SealKeyStore = {
  kind: 'file',
  read(dbFile) {
    const file = `${dbFile}${KEY_SUFFIX}`;
    if (!fs.existsSync(file)) return null;
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
    return key.length === KEY_BYTES ? key : null;
  },
  create(dbFile) {
    const key = randomBytes(KEY_BYTES);
    writePrivateFile(`${dbFile}${KEY_SUFFIX}`, key.toString('hex'));
    return key;
  },
};

let store: SealKeyStore = plainKeyStore;

/** Called once by a host before the first database opens (Electron: the OS key store). */
export function useSealKeyStore(next: SealKeyStore): void {
  store = next;
}

export function sealKeyStore(): SealKeyStore {
  return store;
}

export function sealKeyFor(dbFile: string, create: boolean): Buffer | null {
  return store.read(dbFile) ?? (create ? store.create(dbFile) : null);
}

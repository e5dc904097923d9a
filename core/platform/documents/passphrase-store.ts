import fs from 'node:fs';
import { PLATFORM_MESSAGES } from '../api/messages';
import { writePrivateFile } from '../db/seal-key';
import { IdentityError } from './identity-error';

/**
 * Where the passphrase of a signing .p12 lives. A passphrase in a plain file beside the .p12 hands the
 * signing key to whoever copies the folder, so a host that has an operating-system key store hands in a
 * protector (Electron: safeStorage, electron/key-store.ts) and the passphrase is kept only sealed by it,
 * in `<name>.pass.os`. The web host and the CLI have none: they keep `<name>.pass`, mode 0600, which
 * stops other accounts but not someone who can read this account's files (docs/reliability.md).
 */
export type SecretProtector = {
  seal(plain: string): Buffer;
  /** throws when this login on this machine cannot open it */
  open(sealed: Buffer): string;
};

export const SEALED_SUFFIX = '.os';

let protector: SecretProtector | null = null;

/** Called once by a host before the first identity is loaded (Electron: the OS key store when available). */
export function usePassphraseProtector(next: SecretProtector | null): void {
  protector = next;
}

export function passphraseStorage(): 'file' | 'os' {
  return protector ? 'os' : 'file';
}

export function writePassphrase(passFile: string, passphrase: string): void {
  if (!protector) {
    writePrivateFile(passFile, passphrase);
    return;
  }
  writePrivateFile(`${passFile}${SEALED_SUFFIX}`, protector.seal(passphrase));
  fs.rmSync(passFile, { force: true });
}

/**
 * The passphrase for `passFile`: opened by the key store when sealed; a plain file found while a key
 * store is present (written by the web host, or before this existed) is sealed and the plain copy
 * removed. No file at all means an empty passphrase, as some court .p12 files have.
 */
export function readPassphrase(passFile: string): string {
  const sealedFile = `${passFile}${SEALED_SUFFIX}`;
  if (fs.existsSync(sealedFile)) {
    if (!protector) throw new IdentityError(PLATFORM_MESSAGES.passphraseNeedsKeyStore);
    try {
      return protector.open(fs.readFileSync(sealedFile));
    } catch {
      throw new IdentityError(PLATFORM_MESSAGES.passphraseSealedElsewhere);
    }
  }
  if (!fs.existsSync(passFile)) return '';
  const passphrase = fs.readFileSync(passFile, 'utf8').trim();
  if (protector) writePassphrase(passFile, passphrase);
  return passphrase;
}

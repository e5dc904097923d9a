import type { ReadDb } from '../../../platform/db/handle';
import { countSignatures, getLock } from '../store';
import type { SigningKind } from '../rules';
import { AppError } from '../../../platform/api/errors';
import { kindNames } from '../messages';

/**
 * Every write handler of a signable record calls this first. Once all signers have signed or refused,
 * the record is locked and its content can no longer change (code LOCKED, nothing is written). Content
 * is frozen as soon as the first person has signed or refused, too: a signature attests what was on the
 * page when it was made, so nothing may change under it while the others sign.
 */
export function assertUnlocked(db: ReadDb, kind: SigningKind, id: number): void {
  const lock = getLock(db, kind, id);
  if (lock)
    throw new AppError(
      'LOCKED',
      'signatures.recordLocked',
      { kind: kindNames[kind] },
      { kind, id, lockedAt: lock.lockedAt },
    );
  const signed = countSignatures(db, kind, id);
  if (signed > 0)
    throw new AppError(
      'LOCKED',
      'signatures.recordSigned',
      { kind: kindNames[kind], signed },
      { kind, id, signatures: signed },
    );
}

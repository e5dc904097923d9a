import type { ReadDb } from '../../../platform/db/handle';
import { countSignatures, getLock } from '../store';
import type { SigningKind } from '../rules';
import { AppError } from '../../../platform/api/errors';

const KIND_ZH: Record<SigningKind, string> = {
  recon: '对账笔录',
  hearing: '听证笔录',
  settlement: '执行和解协议',
};

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
      `该${KIND_ZH[kind]}已由全体人员签名（或拒绝签名）并锁定，不能再修改`,
      `this ${kind} record was signed by everyone and is locked; it cannot be changed`,
      { kind, id, lockedAt: lock.lockedAt },
    );
  const signed = countSignatures(db, kind, id);
  if (signed > 0)
    throw new AppError(
      'LOCKED',
      `该${KIND_ZH[kind]}已有 ${signed} 人签名（或拒绝签名），内容不能再修改`,
      `${signed} people have already signed or refused this ${kind} record; it cannot be changed`,
      { kind, id, signatures: signed },
    );
}

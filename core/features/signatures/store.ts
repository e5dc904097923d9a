import type { SignatureOutcome, SigningKind } from './rules';
import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';

/** signatures and record_locks (migration 008). */

export type SignatureRow = {
  id: number;
  kind: SigningKind;
  recordId: number;
  signerKey: string;
  role: string;
  name: string;
  outcome: SignatureOutcome;
  reason: string | null;
  strokesJson: string | null;
  png: Buffer | null;
  pngSha256: string | null;
  at: string;
  actor: string;
};

export type LockRow = { kind: SigningKind; recordId: number; lockedAt: string; actor: string };

type Raw = {
  id: number;
  record_kind: SigningKind;
  record_id: number;
  signer_key: string;
  role: string;
  name: string;
  outcome: SignatureOutcome;
  reason: string | null;
  strokes_json: string | null;
  png: Buffer | null;
  png_sha256: string | null;
  at: string;
  actor: string;
};

export type NewSignature = Omit<SignatureRow, 'id'>;

export function insertSignature(db: WriteDb, s: NewSignature): number {
  return Number(
    stmt(
      db,
      `INSERT INTO signatures (record_kind, record_id, signer_key, role, name, outcome, reason, strokes_json, png, png_sha256, at, actor)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      s.kind,
      s.recordId,
      s.signerKey,
      s.role,
      s.name,
      s.outcome,
      s.reason,
      s.strokesJson,
      s.png,
      s.pngSha256,
      s.at,
      s.actor,
    ).lastInsertRowid,
  );
}

export function listSignatures(db: ReadDb, kind: SigningKind, recordId: number): SignatureRow[] {
  return (
    stmt(db, 'SELECT * FROM signatures WHERE record_kind = ? AND record_id = ? ORDER BY id').all(
      kind,
      recordId,
    ) as Raw[]
  ).map((r) => ({
    id: r.id,
    kind: r.record_kind,
    recordId: r.record_id,
    signerKey: r.signer_key,
    role: r.role,
    name: r.name,
    outcome: r.outcome,
    reason: r.reason,
    strokesJson: r.strokes_json,
    png: r.png,
    pngSha256: r.png_sha256,
    at: r.at,
    actor: r.actor,
  }));
}

export function getLock(db: ReadDb, kind: SigningKind, recordId: number): LockRow | undefined {
  const r = stmt(db, 'SELECT * FROM record_locks WHERE record_kind = ? AND record_id = ?').get(
    kind,
    recordId,
  ) as { record_kind: SigningKind; record_id: number; locked_at: string; actor: string } | undefined;
  return r && { kind: r.record_kind, recordId: r.record_id, lockedAt: r.locked_at, actor: r.actor };
}

export function insertLock(
  db: WriteDb,
  kind: SigningKind,
  recordId: number,
  at: string,
  actor: string,
): void {
  stmt(db, 'INSERT INTO record_locks (record_kind, record_id, locked_at, actor) VALUES (?, ?, ?, ?)').run(
    kind,
    recordId,
    at,
    actor,
  );
}

/** How many have signed or refused so far. */
export function countSignatures(db: ReadDb, kind: SigningKind, recordId: number): number {
  return stmt(db, 'SELECT count(*) FROM signatures WHERE record_kind = ? AND record_id = ?')
    .pluck()
    .get(kind, recordId) as number;
}

import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { stmt, type ReadDb, type WriteDb } from './handle';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditAction = 'create' | 'update' | 'delete';

export type AuditEntry = {
  actor: string;
  entity: string;
  entityId: string | number;
  action: AuditAction;
  before: unknown;
  after: unknown;
  at: string;
};

export type AuditRow = {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
};

export type ChainReport = { ok: boolean; rows: number; head: string; firstBadSeq?: number };

/** The hash covers every stored field but the hash itself, exactly as stored. */
export function rowHash(row: Omit<AuditRow, 'hash'>): string {
  const { prev_hash, ...fields } = row;
  return createHash('sha256')
    .update(prev_hash + canonicalJson(fields))
    .digest('hex');
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : canonicalJson(value);
}

/**
 * Appends one link to the chain. Must run inside the caller's write transaction: reading the head
 * and inserting the next row have to be one atomic step, and the audit row has to commit or roll
 * back with the change it describes.
 */
export function appendAudit(db: WriteDb, entry: AuditEntry): AuditRow {
  if (!db.inTransaction) throw new Error('appendAudit must run inside a write transaction');
  const head = stmt(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const unhashed = {
    seq: (head?.seq ?? 0) + 1,
    at: entry.at,
    actor: entry.actor,
    entity: entry.entity,
    entity_id: String(entry.entityId),
    action: entry.action,
    before_json: toJson(entry.before),
    after_json: toJson(entry.after),
    prev_hash: head?.hash ?? GENESIS_HASH,
  };
  const row: AuditRow = { ...unhashed, hash: rowHash(unhashed) };
  stmt(
    db,
    `INSERT INTO audit_log (seq, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash)
     VALUES (@seq, @at, @actor, @entity, @entity_id, @action, @before_json, @after_json, @prev_hash, @hash)`,
  ).run(row);
  return row;
}

export function auditHead(db: ReadDb): string {
  const head = stmt(db, 'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { hash: string } | undefined;
  return head?.hash ?? GENESIS_HASH;
}

/** The last row's number and hash (0 and 64 zeros for an empty chain). */
export function auditTail(db: ReadDb): { seq: number; hash: string } {
  const head = stmt(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return head ?? { seq: 0, hash: GENESIS_HASH };
}

export function listAudit(db: ReadDb, options: { afterSeq?: number; limit?: number } = {}): AuditRow[] {
  return stmt(db, 'SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?').all(
    options.afterSeq ?? 0,
    options.limit ?? 1000,
  ) as AuditRow[];
}

/** One row by its sequence number (to name the first bad row of a broken chain). */
export function getAuditRow(db: ReadDb, seq: number): AuditRow | undefined {
  return stmt(db, 'SELECT * FROM audit_log WHERE seq = ?').get(seq) as AuditRow | undefined;
}

/** Walks the whole chain; the first row whose link or content does not match is reported. */
export function verifyAuditChain(db: ReadDb): ChainReport {
  let prev = GENESIS_HASH;
  let rows = 0;
  for (const row of stmt(
    db,
    'SELECT * FROM audit_log ORDER BY seq',
  ).iterate() as IterableIterator<AuditRow>) {
    rows += 1;
    const { hash, ...unhashed } = row;
    if (row.seq !== rows || row.prev_hash !== prev || rowHash(unhashed) !== hash) {
      return { ok: false, rows, head: prev, firstBadSeq: row.seq };
    }
    prev = hash;
  }
  return { ok: true, rows, head: prev };
}

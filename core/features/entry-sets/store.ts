import type { PaymentKind } from '../../lib/interest/types';
import { fenToYuan, yuanToFen } from '../../lib/money/amount';
import type { EntrySet, EntrySetPayment, EntryLineFields, StoredResolution } from './model';
import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';

/** Double entry (双人独立核算): each clerk's own list of the case's payments, and the settled differences. */

type SetRow = { id: number; case_id: number; clerk: string; label: string; created_at: string };
type LineRow = {
  id: number;
  set_id: number;
  case_id: number;
  date: string;
  amount_fen: number;
  kind: PaymentKind;
  payer: string;
  note: string;
  position: number;
};
type ResolutionRow = {
  id: number;
  case_id: number;
  set_a: number;
  set_b: number;
  diff_key: string;
  choice: 'a' | 'b' | 'other';
  value_json: string | null;
  reason: string;
  decided_by: string;
  decided_at: string;
};

export const entrySetSql = {
  sets: 'SELECT * FROM entry_sets WHERE case_id = ? ORDER BY id',
  lines: `SELECT l.*, s.case_id FROM entry_set_payments l JOIN entry_sets s ON s.id = l.set_id
    WHERE l.set_id = ? ORDER BY l.date, l.position, l.id`,
  resolutions: `SELECT r.*, s.case_id FROM entry_resolutions r JOIN entry_sets s ON s.id = r.set_a
    WHERE r.set_a = ? AND r.set_b = ? ORDER BY r.id`,
} as const;

const toSet = (r: SetRow): EntrySet => ({
  id: r.id,
  caseId: r.case_id,
  clerk: r.clerk,
  label: r.label,
  createdAt: r.created_at,
});
const toLine = (r: LineRow): EntrySetPayment => ({
  id: r.id,
  setId: r.set_id,
  caseId: r.case_id,
  date: r.date,
  amount: fenToYuan(r.amount_fen),
  kind: r.kind,
  payer: r.payer,
  note: r.note,
  position: r.position,
});
const toResolution = (r: ResolutionRow): StoredResolution => ({
  id: r.id,
  caseId: r.case_id,
  setA: r.set_a,
  setB: r.set_b,
  key: r.diff_key,
  choice: r.choice,
  value: r.value_json === null ? null : (JSON.parse(r.value_json) as EntryLineFields),
  reason: r.reason,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

export function listEntrySets(db: ReadDb, caseId: number): EntrySet[] {
  return (stmt(db, entrySetSql.sets).all(caseId) as SetRow[]).map(toSet);
}

export function getEntrySet(db: ReadDb, id: number): EntrySet | undefined {
  const row = stmt(db, 'SELECT * FROM entry_sets WHERE id = ?').get(id) as SetRow | undefined;
  return row && toSet(row);
}

export function insertEntrySet(
  db: WriteDb,
  caseId: number,
  clerk: string,
  label: string,
  createdAt: string,
): number {
  return Number(
    stmt(db, 'INSERT INTO entry_sets (case_id, clerk, label, created_at) VALUES (?, ?, ?, ?)').run(
      caseId,
      clerk,
      label,
      createdAt,
    ).lastInsertRowid,
  );
}

export function listEntryLines(db: ReadDb, setId: number): EntrySetPayment[] {
  return (stmt(db, entrySetSql.lines).all(setId) as LineRow[]).map(toLine);
}

export function getEntryLine(db: ReadDb, id: number): EntrySetPayment | undefined {
  const row = stmt(
    db,
    'SELECT l.*, s.case_id FROM entry_set_payments l JOIN entry_sets s ON s.id = l.set_id WHERE l.id = ?',
  ).get(id) as LineRow | undefined;
  return row && toLine(row);
}

export function insertEntryLine(db: WriteDb, setId: number, fields: EntryLineFields): number {
  return Number(
    stmt(
      db,
      `INSERT INTO entry_set_payments (set_id, date, amount_fen, kind, payer, note, position)
       VALUES (@setId, @date, @amountFen, @kind, @payer, @note,
         (SELECT coalesce(max(position), 0) + 1 FROM entry_set_payments WHERE set_id = @setId))`,
    ).run({
      setId,
      date: fields.date,
      amountFen: yuanToFen(fields.amount),
      kind: fields.kind,
      payer: fields.payer,
      note: fields.note,
    }).lastInsertRowid,
  );
}

export function deleteEntryLine(db: WriteDb, id: number): boolean {
  return stmt(db, 'DELETE FROM entry_set_payments WHERE id = ?').run(id).changes === 1;
}

export function listResolutions(db: ReadDb, setA: number, setB: number): StoredResolution[] {
  return (stmt(db, entrySetSql.resolutions).all(setA, setB) as ResolutionRow[]).map(toResolution);
}

export type ResolutionFields = Pick<
  StoredResolution,
  'key' | 'choice' | 'value' | 'reason' | 'decidedBy' | 'decidedAt'
>;

/** A new decision on the same difference replaces the earlier one (the audit log keeps both). */
export function upsertResolution(db: WriteDb, setA: number, setB: number, r: ResolutionFields): number {
  stmt(
    db,
    `INSERT INTO entry_resolutions (set_a, set_b, diff_key, choice, value_json, reason, decided_by, decided_at)
     VALUES (@setA, @setB, @key, @choice, @valueJson, @reason, @decidedBy, @decidedAt)
     ON CONFLICT (set_a, set_b, diff_key) DO UPDATE SET choice = excluded.choice, value_json = excluded.value_json,
       reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  ).run({
    setA,
    setB,
    key: r.key,
    choice: r.choice,
    valueJson: r.value === null ? null : JSON.stringify(r.value),
    reason: r.reason,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
  });
  const row = stmt(db, 'SELECT id FROM entry_resolutions WHERE set_a = ? AND set_b = ? AND diff_key = ?').get(
    setA,
    setB,
    r.key,
  ) as { id: number };
  return row.id;
}

export type { EntrySet, EntrySetPayment, EntryLineFields, StoredResolution };

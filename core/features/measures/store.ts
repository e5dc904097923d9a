import type { MeasureKind } from './rules';
import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';

/** 查控措施台账 rows (migration 006). Derived facts (expiry, status) are computed by rules.ts. */

export type MeasureRow = {
  id: number;
  caseId: number;
  kind: MeasureKind;
  object: string;
  rulingNumber: string;
  startDate: string;
  termMonths: number | null;
  statedExpiry: string | null;
  renewsId: number | null;
  /** 轮候: the measure this one queues behind (migration 015) */
  waitsFor: number | null;
  /** the day a 轮候 measure took effect (its term counts from then) */
  promotedOn: string | null;
  releasedOn: string | null;
  releaseNote: string;
  note: string;
  origin: 'local' | 'transferred';
  originCourt: string;
  createdAt: string;
  updatedAt: string;
};

export type MeasureFields = {
  kind: MeasureKind;
  object: string;
  rulingNumber: string;
  startDate: string;
  termMonths: number | null;
  statedExpiry: string | null;
  note: string;
};

type Raw = {
  id: number;
  case_id: number;
  kind: MeasureKind;
  object: string;
  ruling_number: string;
  start_date: string;
  term_months: number | null;
  expires_on: string | null;
  renews_id: number | null;
  waits_for: number | null;
  promoted_on: string | null;
  released_on: string | null;
  release_note: string;
  note: string;
  origin: 'local' | 'transferred';
  origin_court: string;
  created_at: string;
  updated_at: string;
};

const toRow = (r: Raw): MeasureRow => ({
  id: r.id,
  caseId: r.case_id,
  kind: r.kind,
  object: r.object,
  rulingNumber: r.ruling_number,
  startDate: r.start_date,
  termMonths: r.term_months,
  statedExpiry: r.expires_on,
  renewsId: r.renews_id,
  waitsFor: r.waits_for,
  promotedOn: r.promoted_on,
  releasedOn: r.released_on,
  releaseNote: r.release_note,
  note: r.note,
  origin: r.origin,
  originCourt: r.origin_court,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listMeasures(db: ReadDb, caseId: number): MeasureRow[] {
  return (
    stmt(db, 'SELECT * FROM measures WHERE case_id = ? ORDER BY start_date, id').all(caseId) as Raw[]
  ).map(toRow);
}

/** Every measure that is not released and not renewed: the candidates for the expiry alert. */
export function listOpenMeasures(db: ReadDb): MeasureRow[] {
  return (
    stmt(
      db,
      `SELECT m.* FROM measures m
       WHERE m.released_on IS NULL AND NOT EXISTS (SELECT 1 FROM measures r WHERE r.renews_id = m.id)
       ORDER BY m.case_id, m.id`,
    ).all() as Raw[]
  ).map(toRow);
}

export function getMeasure(db: ReadDb, id: number): MeasureRow | undefined {
  const raw = stmt(db, 'SELECT * FROM measures WHERE id = ?').get(id) as Raw | undefined;
  return raw && toRow(raw);
}

export function renewalOf(db: ReadDb, id: number): number | null {
  const row = stmt(db, 'SELECT id FROM measures WHERE renews_id = ?').get(id) as { id: number } | undefined;
  return row ? row.id : null;
}

export function insertMeasure(
  db: WriteDb,
  caseId: number,
  f: MeasureFields,
  at: string,
  extra: {
    renewsId?: number | null;
    waitsFor?: number | null;
    origin?: 'local' | 'transferred';
    originCourt?: string;
  } = {},
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO measures (case_id, kind, object, ruling_number, start_date, term_months, expires_on, renews_id,
         note, origin, origin_court, created_at, updated_at, waits_for)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      caseId,
      f.kind,
      f.object,
      f.rulingNumber,
      f.startDate,
      f.termMonths,
      f.statedExpiry,
      extra.renewsId ?? null,
      f.note,
      extra.origin ?? 'local',
      extra.originCourt ?? '',
      at,
      at,
      extra.waitsFor ?? null,
    ).lastInsertRowid,
  );
}

export function updateMeasure(db: WriteDb, id: number, f: MeasureFields, at: string): void {
  stmt(
    db,
    `UPDATE measures SET kind = ?, object = ?, ruling_number = ?, start_date = ?, term_months = ?, expires_on = ?,
       note = ?, updated_at = ? WHERE id = ?`,
  ).run(f.kind, f.object, f.rulingNumber, f.startDate, f.termMonths, f.statedExpiry, f.note, at, id);
}

export function releaseMeasure(db: WriteDb, id: number, on: string, note: string, at: string): void {
  stmt(db, 'UPDATE measures SET released_on = ?, release_note = ?, updated_at = ? WHERE id = ?').run(
    on,
    note,
    at,
    id,
  );
}

export function deleteMeasure(db: WriteDb, id: number): void {
  stmt(db, 'DELETE FROM measures WHERE id = ?').run(id);
}

/** The unreleased measures queued behind `id`, first in line first (registered earliest, then entered). */
export function queuedBehind(db: ReadDb, id: number): MeasureRow[] {
  return (
    stmt(
      db,
      `SELECT * FROM measures WHERE waits_for = ? AND promoted_on IS NULL AND released_on IS NULL
       ORDER BY start_date, id`,
    ).all(id) as Raw[]
  ).map(toRow);
}

/** 轮候 → in force from `on` (the day the measure before it ended). */
export function promoteMeasure(db: WriteDb, id: number, on: string, at: string): void {
  stmt(db, 'UPDATE measures SET promoted_on = ?, updated_at = ? WHERE id = ?').run(on, at, id);
}

/** A queued measure now waits behind another (the new first in line, or a renewal of the one before). */
export function requeueMeasure(db: WriteDb, id: number, behind: number, at: string): void {
  stmt(db, 'UPDATE measures SET waits_for = ?, updated_at = ? WHERE id = ?').run(behind, at, id);
}

import type { ExcludedInterval } from '../model';
import { stmt, type ReadDb, type WriteDb } from '../../../platform/db/handle';

export type ExcludedFields = Omit<ExcludedInterval, 'id' | 'caseId'>;

type ExcludedRow = { id: number; case_id: number; from_date: string; to_date: string; reason: string };

export const excludedSql = {
  list: 'SELECT * FROM excluded_intervals WHERE case_id = ? ORDER BY from_date, id',
  get: 'SELECT * FROM excluded_intervals WHERE id = ?',
} as const;

function toInterval(row: ExcludedRow): ExcludedInterval {
  return { id: row.id, caseId: row.case_id, from: row.from_date, to: row.to_date, reason: row.reason };
}

export function listExcluded(db: ReadDb, caseId: number): ExcludedInterval[] {
  return (stmt(db, excludedSql.list).all(caseId) as ExcludedRow[]).map(toInterval);
}

export function getExcluded(db: ReadDb, id: number): ExcludedInterval | undefined {
  const row = stmt(db, excludedSql.get).get(id) as ExcludedRow | undefined;
  return row && toInterval(row);
}

export function insertExcluded(db: WriteDb, caseId: number, fields: ExcludedFields): number {
  const result = stmt(
    db,
    'INSERT INTO excluded_intervals (case_id, from_date, to_date, reason) VALUES (@caseId, @from, @to, @reason)',
  ).run({ ...fields, caseId });
  return Number(result.lastInsertRowid);
}

export function deleteExcluded(db: WriteDb, id: number): boolean {
  return stmt(db, 'DELETE FROM excluded_intervals WHERE id = ?').run(id).changes === 1;
}

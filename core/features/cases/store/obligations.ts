import type { InterestSchedule } from '../../../platform/api/schemas';
import type { Obligation } from '../model';
import { fenToYuan, yuanToFen } from '../../../lib/money/amount';
import { assertCodeFree } from '../../../platform/db/codes';
import { stmt, type ReadDb, type WriteDb } from '../../../platform/db/handle';

export type ObligationFields = Omit<Obligation, 'id' | 'caseId' | 'position'>;

type ObligationRow = {
  id: number;
  case_id: number;
  code: string;
  kind: Obligation['kind'];
  label: string;
  amount_fen: number | null;
  due: string | null;
  base_code: string | null;
  schedule_json: string | null;
  from_date: string | null;
  until_date: string | null;
  in_delay_base: number | null;
  position: number;
};

export const obligationSql = {
  list: 'SELECT * FROM obligations WHERE case_id = ? ORDER BY position, id',
  get: 'SELECT * FROM obligations WHERE id = ?',
  byCode: 'SELECT * FROM obligations WHERE case_id = ? AND code = ?',
  dependents: `SELECT * FROM obligations WHERE case_id = ? AND base_code = ? ORDER BY position, id`,
} as const;

function toObligation(row: ObligationRow): Obligation {
  return {
    id: row.id,
    caseId: row.case_id,
    code: row.code,
    kind: row.kind,
    label: row.label,
    amount: row.amount_fen === null ? null : fenToYuan(row.amount_fen),
    due: row.due,
    base: row.base_code,
    schedule: row.schedule_json === null ? null : (JSON.parse(row.schedule_json) as InterestSchedule),
    from: row.from_date,
    until: row.until_date,
    inDelayBase: row.in_delay_base === null ? null : row.in_delay_base === 1,
    position: row.position,
  };
}

function toParams(fields: ObligationFields) {
  return {
    code: fields.code,
    kind: fields.kind,
    label: fields.label,
    amountFen: fields.amount === null ? null : yuanToFen(fields.amount),
    due: fields.due,
    base: fields.base,
    schedule: fields.schedule === null ? null : JSON.stringify(fields.schedule),
    from: fields.from,
    until: fields.until,
    inDelayBase: fields.inDelayBase === null ? null : fields.inDelayBase ? 1 : 0,
  };
}

export function listObligations(db: ReadDb, caseId: number): Obligation[] {
  return (stmt(db, obligationSql.list).all(caseId) as ObligationRow[]).map(toObligation);
}

export function getObligation(db: ReadDb, id: number): Obligation | undefined {
  const row = stmt(db, obligationSql.get).get(id) as ObligationRow | undefined;
  return row && toObligation(row);
}

export function findObligationByCode(db: ReadDb, caseId: number, code: string): Obligation | undefined {
  const row = stmt(db, obligationSql.byCode).get(caseId, code) as ObligationRow | undefined;
  return row && toObligation(row);
}

/** Running interests that accrue on the obligation with this code. */
export function listDependents(db: ReadDb, caseId: number, code: string): Obligation[] {
  return (stmt(db, obligationSql.dependents).all(caseId, code) as ObligationRow[]).map(toObligation);
}

export function insertObligation(db: WriteDb, caseId: number, fields: ObligationFields): number {
  assertCodeFree(db, caseId, fields.code);
  const result = stmt(
    db,
    `INSERT INTO obligations (case_id, code, kind, label, amount_fen, due, base_code, schedule_json,
       from_date, until_date, in_delay_base, position)
     VALUES (@caseId, @code, @kind, @label, @amountFen, @due, @base, @schedule, @from, @until, @inDelayBase,
       (SELECT coalesce(max(position), 0) + 1 FROM obligations WHERE case_id = @caseId))`,
  ).run({ ...toParams(fields), caseId });
  return Number(result.lastInsertRowid);
}

export function updateObligation(db: WriteDb, id: number, caseId: number, fields: ObligationFields): boolean {
  assertCodeFree(db, caseId, fields.code, { table: 'obligations', id });
  const result = stmt(
    db,
    `UPDATE obligations SET code = @code, kind = @kind, label = @label, amount_fen = @amountFen, due = @due,
       base_code = @base, schedule_json = @schedule, from_date = @from, until_date = @until,
       in_delay_base = @inDelayBase
     WHERE id = @id`,
  ).run({ ...toParams(fields), id });
  return result.changes === 1;
}

/** Follows a renamed base so its running interests keep pointing at it. */
export function renameBase(db: WriteDb, caseId: number, from: string, to: string): number {
  return stmt(db, 'UPDATE obligations SET base_code = ? WHERE case_id = ? AND base_code = ?').run(
    to,
    caseId,
    from,
  ).changes;
}

export function deleteObligation(db: WriteDb, id: number): boolean {
  return stmt(db, 'DELETE FROM obligations WHERE id = ?').run(id).changes === 1;
}

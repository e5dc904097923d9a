import type { Payment } from '../model';
import { fenToYuan, yuanToFen } from '../../../lib/money/amount';
import { assertCodeFree } from '../../../platform/db/codes';
import { stmt, type ReadDb, type WriteDb } from '../../../platform/db/handle';

export type PaymentFields = Omit<Payment, 'id' | 'caseId' | 'position'>;

type PaymentRow = {
  id: number;
  case_id: number;
  code: string;
  date: string;
  amount_fen: number;
  kind: string;
  note: string;
  position: number;
};

export const paymentSql = {
  list: 'SELECT * FROM payments WHERE case_id = ? ORDER BY date, position, id',
  get: 'SELECT * FROM payments WHERE id = ?',
  totalFen: 'SELECT coalesce(sum(amount_fen), 0) AS total FROM payments WHERE case_id = ?',
} as const;

function toPayment(row: PaymentRow): Payment {
  return {
    id: row.id,
    caseId: row.case_id,
    code: row.code,
    date: row.date,
    amount: fenToYuan(row.amount_fen),
    kind: row.kind,
    note: row.note,
    position: row.position,
  };
}

function toParams(fields: PaymentFields) {
  return {
    code: fields.code,
    date: fields.date,
    amountFen: yuanToFen(fields.amount),
    kind: fields.kind,
    note: fields.note,
  };
}

export function listPayments(db: ReadDb, caseId: number): Payment[] {
  return (stmt(db, paymentSql.list).all(caseId) as PaymentRow[]).map(toPayment);
}

export function getPayment(db: ReadDb, id: number): Payment | undefined {
  const row = stmt(db, paymentSql.get).get(id) as PaymentRow | undefined;
  return row && toPayment(row);
}

/** Exact in SQL because amounts are integer fen. */
export function totalPaidFen(db: ReadDb, caseId: number): number {
  return (stmt(db, paymentSql.totalFen).get(caseId) as { total: number }).total;
}

/** `position` keeps the order of payments entered for the same day (INTEREST.md: listed order). */
export function insertPayment(db: WriteDb, caseId: number, fields: PaymentFields): number {
  assertCodeFree(db, caseId, fields.code);
  const result = stmt(
    db,
    `INSERT INTO payments (case_id, code, date, amount_fen, kind, note, position)
     VALUES (@caseId, @code, @date, @amountFen, @kind, @note,
       (SELECT coalesce(max(position), 0) + 1 FROM payments WHERE case_id = @caseId))`,
  ).run({ ...toParams(fields), caseId });
  return Number(result.lastInsertRowid);
}

export function updatePayment(db: WriteDb, id: number, caseId: number, fields: PaymentFields): boolean {
  assertCodeFree(db, caseId, fields.code, { table: 'payments', id });
  const result = stmt(
    db,
    `UPDATE payments SET code = @code, date = @date, amount_fen = @amountFen, kind = @kind, note = @note
     WHERE id = @id`,
  ).run({ ...toParams(fields), id });
  return result.changes === 1;
}

export function deletePayment(db: WriteDb, id: number): boolean {
  return stmt(db, 'DELETE FROM payments WHERE id = ?').run(id).changes === 1;
}

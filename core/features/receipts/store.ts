import { fenToYuan, yuanToFen } from '../../lib/money/amount';
import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';
import type { Payout, Receipt } from './model';
import type { ReceiptMethod } from './rules';

/** case_receipts and case_payouts (migration 014): amounts in fen. */

type ReceiptRow = {
  id: number;
  case_id: number;
  received_on: string;
  payer: string;
  amount_fen: number;
  reason: string;
  method: ReceiptMethod;
  note: string;
  created_at: string;
  updated_at: string;
};
type PayoutRow = {
  id: number;
  receipt_id: number;
  case_id: number;
  paid_on: string;
  payee: string;
  amount_fen: number;
  plan_id: number | null;
  note: string;
  created_at: string;
};

const toReceipt = (r: ReceiptRow): Receipt => ({
  id: r.id,
  caseId: r.case_id,
  receivedOn: r.received_on,
  payer: r.payer,
  amount: fenToYuan(r.amount_fen),
  reason: r.reason,
  method: r.method,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toPayout = (r: PayoutRow): Payout => ({
  id: r.id,
  receiptId: r.receipt_id,
  caseId: r.case_id,
  paidOn: r.paid_on,
  payee: r.payee,
  amount: fenToYuan(r.amount_fen),
  planId: r.plan_id,
  note: r.note,
  createdAt: r.created_at,
});

const PAYOUT_SELECT = `SELECT p.*, r.case_id FROM case_payouts p JOIN case_receipts r ON r.id = p.receipt_id`;

export function listReceipts(db: ReadDb, caseId: number): Receipt[] {
  return (
    stmt(db, 'SELECT * FROM case_receipts WHERE case_id = ? ORDER BY received_on, id').all(
      caseId,
    ) as ReceiptRow[]
  ).map(toReceipt);
}

/** Receipts not yet paid out in full, across all cases. */
export function listOpenReceipts(db: ReadDb): Receipt[] {
  return (
    stmt(
      db,
      `SELECT r.* FROM case_receipts r
       WHERE r.amount_fen > (SELECT coalesce(sum(p.amount_fen), 0) FROM case_payouts p WHERE p.receipt_id = r.id)
       ORDER BY r.received_on, r.id`,
    ).all() as ReceiptRow[]
  ).map(toReceipt);
}

export function listReceiptsBetween(db: ReadDb, from: string, to: string): Receipt[] {
  return (
    stmt(db, 'SELECT * FROM case_receipts WHERE received_on BETWEEN ? AND ? ORDER BY received_on, id').all(
      from,
      to,
    ) as ReceiptRow[]
  ).map(toReceipt);
}

export function getReceipt(db: ReadDb, id: number): Receipt | undefined {
  const row = stmt(db, 'SELECT * FROM case_receipts WHERE id = ?').get(id) as ReceiptRow | undefined;
  return row && toReceipt(row);
}

export function payoutsOf(db: ReadDb, receiptId: number): Payout[] {
  return (
    stmt(db, `${PAYOUT_SELECT} WHERE p.receipt_id = ? ORDER BY p.paid_on, p.id`).all(receiptId) as PayoutRow[]
  ).map(toPayout);
}

export function payoutsUnderPlan(db: ReadDb, planId: number): Payout[] {
  return (
    stmt(db, `${PAYOUT_SELECT} WHERE p.plan_id = ? ORDER BY p.paid_on, p.id`).all(planId) as PayoutRow[]
  ).map(toPayout);
}

export function getPayout(db: ReadDb, id: number): Payout | undefined {
  const row = stmt(db, `${PAYOUT_SELECT} WHERE p.id = ?`).get(id) as PayoutRow | undefined;
  return row && toPayout(row);
}

export type ReceiptInput = Pick<Receipt, 'receivedOn' | 'payer' | 'amount' | 'reason' | 'method' | 'note'>;

export function insertReceipt(db: WriteDb, caseId: number, f: ReceiptInput, at: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO case_receipts (case_id, received_on, payer, amount_fen, reason, method, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(caseId, f.receivedOn, f.payer, yuanToFen(f.amount), f.reason, f.method, f.note, at, at)
      .lastInsertRowid,
  );
}

export function deleteReceipt(db: WriteDb, id: number): void {
  stmt(db, 'DELETE FROM case_receipts WHERE id = ?').run(id);
}

export type PayoutInput = Pick<Payout, 'receiptId' | 'paidOn' | 'payee' | 'amount' | 'planId' | 'note'>;

export function insertPayout(db: WriteDb, f: PayoutInput, at: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO case_payouts (receipt_id, paid_on, payee, amount_fen, plan_id, note, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(f.receiptId, f.paidOn, f.payee, yuanToFen(f.amount), f.planId, f.note, at).lastInsertRowid,
  );
}

export function deletePayout(db: WriteDb, id: number): void {
  stmt(db, 'DELETE FROM case_payouts WHERE id = ?').run(id);
}

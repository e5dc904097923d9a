import { stmt, type WriteDb } from '../../platform/db/handle';

/** Removes a case's obligations, payments and excluded intervals (a ledger import replaces them whole). */
export function clearLedger(db: WriteDb, caseId: number): void {
  stmt(db, 'DELETE FROM payments WHERE case_id = ?').run(caseId);
  stmt(db, 'DELETE FROM obligations WHERE case_id = ?').run(caseId);
  stmt(db, 'DELETE FROM excluded_intervals WHERE case_id = ?').run(caseId);
}

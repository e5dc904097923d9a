import type { CaseTransfer } from './model';
import { fenToYuan, yuanToFen } from '../../lib/money/amount';
import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';

/** case_transfers (migration 006): packages sent and received, linking a new case to the original one. */

export type TransferFields = Omit<CaseTransfer, 'id'> & { manifestJson: string; recordsJson: string };

type Raw = {
  id: number;
  case_id: number;
  direction: 'in' | 'out';
  original_case_number: string;
  original_court: string;
  receiving_court: string;
  decision_date: string | null;
  transfer_date: string;
  unrealised_fen: number;
  package_sha256: string;
  signer: string;
  signer_fingerprint: string;
  debtor_name: string;
  debtor_id_number: string;
  at: string;
};

const toTransfer = (r: Raw): CaseTransfer => ({
  id: r.id,
  caseId: r.case_id,
  direction: r.direction,
  originalCaseNumber: r.original_case_number,
  originalCourt: r.original_court,
  receivingCourt: r.receiving_court,
  decisionDate: r.decision_date,
  transferDate: r.transfer_date,
  unrealised: fenToYuan(r.unrealised_fen),
  packageSha256: r.package_sha256,
  signer: r.signer,
  signerFingerprint: r.signer_fingerprint,
  debtorName: r.debtor_name,
  debtorIdNumber: r.debtor_id_number,
  at: r.at,
});

const COLUMNS =
  'id, case_id, direction, original_case_number, original_court, receiving_court, decision_date, transfer_date, unrealised_fen, package_sha256, signer, signer_fingerprint, debtor_name, debtor_id_number, at';

export function insertTransfer(db: WriteDb, f: TransferFields): number {
  return Number(
    stmt(
      db,
      `INSERT INTO case_transfers (case_id, direction, original_case_number, original_court, receiving_court,
         decision_date, transfer_date, unrealised_fen, package_sha256, signer, signer_fingerprint, debtor_name,
         debtor_id_number, manifest_json, records_json, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      f.caseId,
      f.direction,
      f.originalCaseNumber,
      f.originalCourt,
      f.receivingCourt,
      f.decisionDate,
      f.transferDate,
      yuanToFen(f.unrealised),
      f.packageSha256,
      f.signer,
      f.signerFingerprint,
      f.debtorName,
      f.debtorIdNumber,
      f.manifestJson,
      f.recordsJson,
      f.at,
    ).lastInsertRowid,
  );
}

export function listTransfers(db: ReadDb, caseId: number): CaseTransfer[] {
  return (
    stmt(db, `SELECT ${COLUMNS} FROM case_transfers WHERE case_id = ? ORDER BY id`).all(caseId) as Raw[]
  ).map(toTransfer);
}

export function incomingTransfer(db: ReadDb, caseId: number): CaseTransfer | undefined {
  const raw = stmt(
    db,
    `SELECT ${COLUMNS} FROM case_transfers WHERE case_id = ? AND direction = 'in' ORDER BY id DESC LIMIT 1`,
  ).get(caseId) as Raw | undefined;
  return raw && toTransfer(raw);
}

/** Respondents of every case (name, id number), for grouping cases by debtor (集中执行). */
export function respondents(db: ReadDb): { caseId: number; name: string; idNumber: string }[] {
  return stmt(
    db,
    `SELECT case_id AS caseId, name, id_number AS idNumber FROM parties WHERE role = 'respondent' ORDER BY case_id, position`,
  ).all() as { caseId: number; name: string; idNumber: string }[];
}

/** Marks the carried payments of a received case as realised by the original court (notes only; no figures change). */
export function markPaymentsTransferred(db: WriteDb, caseId: number, note: string): void {
  stmt(db, "UPDATE payments SET note = ? WHERE case_id = ? AND note = ''").run(note, caseId);
}

import { fenToYuan, yuanToFen } from '../../lib/money/amount';
import type { ImportBatch } from './model';
import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';

/** Confirmed statement imports and the payments each one created. */

type BatchRow = {
  id: number;
  case_id: number;
  file_name: string;
  sha256: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  layout: string | null;
  sheet: string | null;
  mapping_json: string;
  row_count: number;
  imported_count: number;
  total_fen: number;
  imported_by: string;
  imported_at: string;
};

export const importSql = {
  list: 'SELECT * FROM import_batches WHERE case_id = ? ORDER BY id DESC',
  bySha: 'SELECT * FROM import_batches WHERE case_id = ? AND sha256 = ? ORDER BY id',
  existing: `SELECT p.code, p.date, p.amount_fen, l.payer FROM payments p
    LEFT JOIN import_batch_payments l ON l.payment_id = p.id WHERE p.case_id = ? ORDER BY p.date, p.position`,
} as const;

function toBatch(row: BatchRow): ImportBatch {
  return {
    id: row.id,
    caseId: row.case_id,
    fileName: row.file_name,
    sha256: row.sha256,
    format: row.format,
    encoding: row.encoding,
    layout: row.layout,
    sheet: row.sheet,
    mapping: JSON.parse(row.mapping_json) as Record<string, string | null>,
    rowCount: row.row_count,
    importedCount: row.imported_count,
    total: fenToYuan(row.total_fen),
    importedBy: row.imported_by,
    importedAt: row.imported_at,
  };
}

export function listImportBatches(db: ReadDb, caseId: number): ImportBatch[] {
  return (stmt(db, importSql.list).all(caseId) as BatchRow[]).map(toBatch);
}

export function findImportsOfFile(db: ReadDb, caseId: number, sha256: string): ImportBatch[] {
  return (stmt(db, importSql.bySha).all(caseId, sha256) as BatchRow[]).map(toBatch);
}

export function getImportBatch(db: ReadDb, id: number): ImportBatch | undefined {
  const row = stmt(db, 'SELECT * FROM import_batches WHERE id = ?').get(id) as BatchRow | undefined;
  return row && toBatch(row);
}

/** The case's payments with the payer where an import recorded one (null for those entered by hand). */
export function paymentsWithPayer(
  db: ReadDb,
  caseId: number,
): { code: string; date: string; amount: string; payer: string | null }[] {
  return (
    stmt(db, importSql.existing).all(caseId) as {
      code: string;
      date: string;
      amount_fen: number;
      payer: string | null;
    }[]
  ).map((r) => ({ code: r.code, date: r.date, amount: fenToYuan(r.amount_fen), payer: r.payer }));
}

export type NewBatch = Omit<ImportBatch, 'id' | 'total'> & { total: string };

export function insertImportBatch(db: WriteDb, batch: NewBatch): number {
  const result = stmt(
    db,
    `INSERT INTO import_batches (case_id, file_name, sha256, format, encoding, layout, sheet, mapping_json,
       row_count, imported_count, total_fen, imported_by, imported_at)
     VALUES (@caseId, @fileName, @sha256, @format, @encoding, @layout, @sheet, @mappingJson, @rowCount,
       @importedCount, @totalFen, @importedBy, @importedAt)`,
  ).run({
    caseId: batch.caseId,
    fileName: batch.fileName,
    sha256: batch.sha256,
    format: batch.format,
    encoding: batch.encoding,
    layout: batch.layout,
    sheet: batch.sheet,
    mappingJson: JSON.stringify(batch.mapping),
    rowCount: batch.rowCount,
    importedCount: batch.importedCount,
    totalFen: yuanToFen(batch.total),
    importedBy: batch.importedBy,
    importedAt: batch.importedAt,
  });
  return Number(result.lastInsertRowid);
}

export function linkImportedPayment(
  db: WriteDb,
  batchId: number,
  paymentId: number,
  rowNumber: number,
  payer: string,
): void {
  stmt(
    db,
    'INSERT INTO import_batch_payments (payment_id, batch_id, row_number, payer) VALUES (?, ?, ?, ?)',
  ).run(paymentId, batchId, rowNumber, payer);
}

export type { ImportBatch };

import { stmt, type ReadDb, type WriteDb } from './handle';

/**
 * export_register (migration 001): one row per document that left the building, keyed by the sha256 of
 * the final signed PDF bytes. Kept when its case is deleted (case_id becomes NULL).
 */
export type ExportRecord = {
  id: number;
  kind: string;
  caseId: number | null;
  sha256: string;
  signer: string;
  /** ISO 8601 UTC */
  at: string;
  fileName: string;
};

export type ExportFields = Omit<ExportRecord, 'id'>;

type ExportRow = {
  id: number;
  kind: string;
  case_id: number | null;
  sha256: string;
  signer: string;
  at: string;
  file_name: string;
};

export const exportSql = {
  bySha256: 'SELECT * FROM export_register WHERE sha256 = ? ORDER BY id',
  byCase: 'SELECT * FROM export_register WHERE case_id = ? ORDER BY id',
  insert: `INSERT INTO export_register (kind, case_id, sha256, signer, at, file_name)
           VALUES (@kind, @caseId, @sha256, @signer, @at, @fileName)`,
} as const;

function toRecord(row: ExportRow): ExportRecord {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.case_id,
    sha256: row.sha256,
    signer: row.signer,
    at: row.at,
    fileName: row.file_name,
  };
}

export function insertExport(db: WriteDb, fields: ExportFields): ExportRecord {
  if (!/^[0-9a-f]{64}$/.test(fields.sha256)) throw new Error(`not a sha256 hex digest: ${fields.sha256}`);
  const result = stmt(db, exportSql.insert).run(fields);
  return { id: Number(result.lastInsertRowid), ...fields };
}

/** The registrations of one exact file (normally one; the same bytes exported twice give two). */
export function findExportsBySha256(db: ReadDb, sha256: string): ExportRecord[] {
  return (stmt(db, exportSql.bySha256).all(sha256.toLowerCase()) as ExportRow[]).map(toRecord);
}

export function listExports(db: ReadDb, caseId: number): ExportRecord[] {
  return (stmt(db, exportSql.byCase).all(caseId) as ExportRow[]).map(toRecord);
}

/** Whether the case an export names still exists (the register's foreign key, checked with a clear error first). */
export function caseExists(db: ReadDb, caseId: number): boolean {
  return stmt(db, 'SELECT 1 FROM cases WHERE id = ?').get(caseId) !== undefined;
}

import type { Preview } from './preview';
import type { Payment } from '../cases/model';

/** Statement import: the preview shows every row as it would be imported, or why not. */
export type ImportPreviewView = Preview & {
  fileName: string;
  sha256: string;
  /** Earlier confirmed imports of the very same bytes into this case. */
  previousImports: ImportBatch[];
};

export type ImportConfirmView = {
  batchId: number;
  imported: number;
  batch: ImportBatch;
  payments: Payment[];
};

/** Records as the store maps them from their rows. */
export type ImportBatch = {
  id: number;
  caseId: number;
  fileName: string;
  sha256: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  /** the statement layout recognised (alipay, wechat, icbc, ccb, cmb); null: a generic table */
  layout: string | null;
  sheet: string | null;
  mapping: Record<string, string | null>;
  rowCount: number;
  importedCount: number;
  total: string;
  importedBy: string;
  importedAt: string;
};

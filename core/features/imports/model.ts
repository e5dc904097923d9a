import type { ImportBatch } from './store';
import type { Preview } from './preview';
import type { Payment } from '../cases/model';
export type { ImportBatch };

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

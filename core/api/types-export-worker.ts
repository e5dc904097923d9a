/** The 'export.progress' topic: one export job (core/api/export-job.ts) laying out its pages. */
export type ExportProgress = {
  /** One per call. */
  jobId: string;
  /** The method that was called ('documents.statement', …). */
  method: string;
  /** The call's parsed input, so a window can tell its own export from another's. */
  input: Record<string, unknown>;
  /** Pages laid out so far (0 when the job starts). */
  done: number;
  /** The page count, known once the last page is laid out; null until then. */
  total: number | null;
};

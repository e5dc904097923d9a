/** What crosses the API itself: plain JSON envelopes; money as two-decimal yuan strings, dates as ISO strings. */

/** The words an error names a field or a record by, for a form to label it with the same word. */
export { ENTITY_LABELS, FIELD_LABELS } from './messages';

export type ErrorInfo = {
  code: string;
  message_zh: string;
  message_en: string;
  details?: unknown;
};

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export type AppInfo = {
  version: string;
  rules: string;
  dataDir: string;
  host: 'electron' | 'web';
  schemaVersion: number;
};

/** The 'export.progress' topic: one export job (core/platform/api/export-job.ts) laying out its pages. */
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

/** A signed document, registered in export_register: the PDF as base64 for the host to save. */
export type DocumentExport = { fileName: string; base64: string; sha256: string; pages: number };

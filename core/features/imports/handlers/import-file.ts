import { createHash } from 'node:crypto';
import {
  ImportFileError,
  MAX_IMPORT_BYTES,
  previewImport,
  type ExistingPayment,
  type Mapping,
  type Preview,
} from '..';
import { AppError } from '../../../platform/api/errors';
import type { Vars } from '../../../lib/text';
import { messages, separators } from '../messages';

/** The file as sent by the renderer (base64), checked and read the same way for preview and confirm. */
export type ImportFileInput = {
  base64: string;
  mapping?: Partial<Mapping> | undefined;
  sheet?: string | undefined;
};

/** IMPORT_INVALID with the reason code in its details; the text is this feature's message of that name. */
export function importInvalid(
  reason: string,
  key: keyof typeof messages,
  vars: Vars = {},
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('IMPORT_INVALID', `imports.${key}` as const, vars, { reason, ...details });
}

function decodeBase64(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1)
    throw importInvalid('notBase64', 'notBase64');
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES)
    throw importInvalid('tooLarge', 'tooLarge', {}, { bytes: bytes.length });
  return bytes;
}

/** Bytes, their sha256 and the preview; file-level problems become IMPORT_INVALID with a reason code. */
export function readImportFile(
  input: ImportFileInput,
  existing: readonly ExistingPayment[],
): { preview: Preview; sha256: string } {
  const bytes = decodeBase64(input.base64);
  try {
    const preview = previewImport(
      {
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        ...(input.mapping ? { mapping: input.mapping } : {}),
        ...(input.sheet !== undefined ? { sheet: input.sheet } : {}),
      },
      existing,
    );
    return { preview, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    if (error instanceof ImportFileError)
      throw AppError.fromText('IMPORT_INVALID', error.text, { reason: error.code, ...error.details });
    throw error;
  }
}

/** Refuses the whole file when a row to be imported has a problem: all or nothing. */
export function assertNoRowErrors(rows: Preview['rows']): void {
  const bad = rows.filter((r) => r.errors.length > 0);
  if (bad.length === 0) return;
  const first = bad[0]!;
  const list = {
    zh: first.errors.map((e) => e.zh).join(separators.problems.zh),
    en: first.errors.map((e) => e.en).join(separators.problems.en),
  };
  throw importInvalid(
    'rowErrors',
    'rowErrors',
    { row: first.row, list, count: bad.length },
    { rows: bad.map((r) => ({ row: r.row, errors: r.errors })) },
  );
}

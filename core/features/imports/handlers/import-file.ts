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

/** The file as sent by the renderer (base64), checked and read the same way for preview and confirm. */
export type ImportFileInput = {
  base64: string;
  mapping?: Partial<Mapping> | undefined;
  sheet?: string | undefined;
};

export function importInvalid(
  reason: string,
  zh: string,
  en: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('IMPORT_INVALID', zh, en, { reason, ...details });
}

function decodeBase64(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1)
    throw importInvalid(
      'notBase64',
      '文件内容传输有误（不是 base64 编码），请重新选择文件',
      'file content is not base64; choose the file again',
    );
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES)
    throw importInvalid(
      'tooLarge',
      '文件超过 20 MB，请拆分后再导入',
      'the file is over 20 MB; split it first',
      { bytes: bytes.length },
    );
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
    if (error instanceof ImportFileError) throw importInvalid(error.code, error.zh, error.en, error.details);
    throw error;
  }
}

/** Refuses the whole file when a row to be imported has a problem: all or nothing. */
export function assertNoRowErrors(rows: Preview['rows']): void {
  const bad = rows.filter((r) => r.errors.length > 0);
  if (bad.length === 0) return;
  const first = bad[0]!;
  throw importInvalid(
    'rowErrors',
    `第 ${first.row} 行：${first.errors.map((e) => e.zh).join('；')}。共 ${bad.length} 行有错误，未导入任何付款，请改正文件或列对应后重试`,
    `row ${first.row}: ${first.errors.map((e) => e.en).join('; ')}. ${bad.length} row(s) have errors; nothing was imported`,
    { rows: bad.map((r) => ({ row: r.row, errors: r.errors })) },
  );
}

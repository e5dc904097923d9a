/**
 * What can be wrong with an import, in both languages. File-level problems stop the preview; row-level
 * ones are shown next to their row, and any one of them stops the confirm.
 */
export type Text = { zh: string; en: string };

export type FileProblemCode =
  | 'empty'
  | 'tooLarge'
  | 'notBase64'
  | 'csvBroken'
  | 'xlsxBroken'
  | 'sheetUnknown'
  | 'noRows'
  | 'mappingUnknownColumn'
  | 'mappingIncomplete';

export class ImportFileError extends Error {
  readonly code: FileProblemCode;
  readonly zh: string;
  readonly en: string;
  readonly details: Record<string, unknown>;

  constructor(code: FileProblemCode, text: Text, details: Record<string, unknown> = {}) {
    super(`${text.zh}\n${text.en}`);
    this.name = 'ImportFileError';
    this.code = code;
    this.zh = text.zh;
    this.en = text.en;
    this.details = details;
  }
}

export function fileError(
  code: FileProblemCode,
  text: Text,
  details?: Record<string, unknown>,
): ImportFileError {
  return new ImportFileError(code, text, details);
}

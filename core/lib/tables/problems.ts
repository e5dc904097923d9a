import type { Text } from '../text';

/**
 * What can be wrong with an import, in both languages. File-level problems stop the preview; row-level
 * ones are shown next to their row, and any one of them stops the confirm.
 */
export type { Text };

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

/** A file the import cannot read; its text is rendered from a catalogue (this folder's messages.ts). */
export class ImportFileError extends Error {
  readonly code: FileProblemCode;
  readonly text: Text;
  readonly details: Record<string, unknown>;

  constructor(code: FileProblemCode, text: Text, details: Record<string, unknown> = {}) {
    super(`${text.zh}\n${text.en}`);
    this.name = 'ImportFileError';
    this.code = code;
    this.text = text;
    this.details = details;
  }

  get zh(): string {
    return this.text.zh;
  }

  get en(): string {
    return this.text.en;
  }
}

export function fileError(
  code: FileProblemCode,
  text: Text,
  details?: Record<string, unknown>,
): ImportFileError {
  return new ImportFileError(code, text, details);
}

import { parseCsv } from './csv';
import { decodeText, type Encoding } from './decode';
import { messages } from './messages';
import { fileError } from './problems';
import { readXlsx } from './xlsx';

/** A file's cells before any mapping: one array of texts per file row (row N at index N-1). */
export type Table = {
  format: 'csv' | 'xlsx';
  encoding: Encoding | null;
  sheets: string[];
  sheet: string | null;
  rows: string[][];
  /** .xlsx formula cells saved without a computed value ("row:col", 1-based row, 0-based column) */
  formulasWithoutValue: ReadonlySet<string>;
};

const NONE: ReadonlySet<string> = new Set();

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The content decides the format, not the file name: a renamed .csv that is really .xlsx still reads. */
export function readTable(bytes: Uint8Array, sheet?: string): Table {
  if (bytes.length === 0) throw fileError('empty', messages.empty);
  if (bytes.length > MAX_IMPORT_BYTES)
    throw fileError('tooLarge', messages.tooLarge, { bytes: bytes.length });
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw fileError('xlsxBroken', messages.legacyXls);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const book = readXlsx(bytes, sheet);
    return {
      format: 'xlsx',
      encoding: null,
      sheets: book.sheets,
      sheet: book.sheet,
      rows: book.rows,
      formulasWithoutValue: book.formulasWithoutValue,
    };
  }
  const { text, encoding } = decodeText(bytes);
  // NUL bytes do not occur in CSV text: this is some other binary file.
  if (text.includes('\u0000')) throw fileError('csvBroken', messages.notATable);
  // CSV cells starting with = + - @ are data like any other text: nothing here evaluates them.
  return {
    format: 'csv',
    encoding,
    sheets: [],
    sheet: null,
    rows: parseCsv(text.replace(/^\uFEFF/, '')),
    formulasWithoutValue: NONE,
  };
}

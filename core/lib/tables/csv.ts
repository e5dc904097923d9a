import Papa from 'papaparse';
import { render } from '../text';
import { messages } from './messages';
import { fileError } from './problems';

/**
 * CSV text -> rows of cell texts. Papaparse guesses the delimiter (comma, tab, semicolon, |) and handles
 * quoted fields with embedded commas and line breaks. Its recoverable complaints ("too few fields") are
 * ignored because short rows are normal in exports; an unterminated quote means the file is broken. Blank lines are kept (and skipped later) so row numbers match the lines a text editor shows.
 */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false, header: false });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const row = (broken.row ?? 0) + 1;
    throw fileError('csvBroken', render(messages.csvQuote, { row }), { row });
  }
  return result.data.map((row) => row.map((cell) => cell ?? ''));
}

/**
 * One cell for a CSV file we write (none is written today; any future export must use this): a text
 * starting with = + - @ or a tab/carriage return is prefixed with an apostrophe so a spreadsheet shows
 * it instead of running it as a formula (CSV injection), then quoted when it holds a quote, the
 * delimiter or a line break.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

import { writtenDate } from '../money/input';
import { ratePhrases } from './messages';

const D = '(\\d{4}-\\d{2}-\\d{2})';
const VERSION = new RegExp(
  `^pboc-${D}\\.\\.${D}\\+lpr-${D}\\.\\.${D}(?:\\+user-lpr\\.\\.${D}\\((\\d+)\\))?$`,
);

/**
 * A rate table's version (「pboc-1991-04-21..2015-10-24+lpr-2019-08-20..2025-05-20+user-lpr..2025-06-20(1)」, buildRateTables) in
 * words, for documents and screens; the version itself stays in the export register and the CLI.
 */
export function rateTableText(version: string): string {
  const m = VERSION.exec(version);
  if (!m) return '';
  const span = (a: string, b: string) => ratePhrases.spanOfDates(writtenDate(a), writtenDate(b));
  const added = m[6] ? ratePhrases.rateTableAdded(Number(m[6])) : '';
  return ratePhrases.rateTableValue(span(m[1]!, m[2]!), span(m[3]!, m[5] ?? m[4]!)) + added;
}

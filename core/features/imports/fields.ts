import { checkAmount } from '../../lib/money/amount';
import { Decimal } from '../../lib/money/decimal';
import { isIsoDate } from '../../lib/money/dates';
import type { Text, Vars } from '../../lib/text';
import { render } from '../../lib/text';
import { messages, quoted } from './messages';

/**
 * Cell text -> ISO date or yuan string. Statements write dates and amounts many ways; these accept the
 * common unambiguous forms and refuse everything else with a reason the clerk can act on.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Text };

const fail = (problem: keyof typeof messages, vars?: Vars): { ok: false; problem: Text } => ({
  ok: false,
  problem: render(messages[problem], vars),
});

// Year first only: 03/05/2024 could be March or May, so it is refused rather than guessed.
const DATE_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];
// Bank exports often add the time of the transfer; only the day matters for interest.
const TIME_SUFFIX = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

export function parseDateText(raw: string): Parsed<string> {
  const text = raw.trim().replace(TIME_SUFFIX, '');
  if (text === '') return fail('dateEmpty');
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    if (!isIsoDate(iso)) return fail('dateNoSuchDay', { text: raw.trim() });
    return { ok: true, value: iso };
  }
  return fail('dateUnreadable', { text: quoted(raw.trim()) });
}

// Thousands separators are accepted only in their exact places (1,234,567.89), so "1,23" or
// "1234,56" (a decimal comma) are refused instead of silently becoming another amount.
const GROUPED = /^[1-9][0-9]{0,2}(,[0-9]{3})+(\.[0-9]+)?$/;
const CURRENCY = /^(?:人民币|RMB|CNY|[¥￥])\s*|\s*元$/gi;

export function parseAmountText(raw: string): Parsed<string> {
  let text = raw.trim().replace(CURRENCY, '').trim();
  if (text === '') return fail('amountEmpty');
  if (/^[-−－]|^\(.*\)$/.test(text)) return fail('amountNegative', { text: raw.trim() });
  if (text.startsWith('+')) text = text.slice(1);
  if (text.includes(',')) {
    if (!GROUPED.test(text)) return fail('amountSeparator', { text: raw.trim() });
    text = text.replace(/,/g, '');
  }
  const problem = checkAmount(text);
  if (problem === 'decimals') return fail('amountDecimals', { text: raw.trim() });
  if (problem === 'tooLarge') return fail('amountTooLarge', { text: raw.trim() });
  if (problem) return fail('amountInvalid', { text: raw.trim() });
  const value = new Decimal(text);
  if (value.isZero()) return fail('amountZero');
  return { ok: true, value: value.toFixed(2) };
}

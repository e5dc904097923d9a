import { checkAmount } from '../../lib/money/amount';
import { Decimal } from '../../lib/money/decimal';
import { isIsoDate } from '../../lib/money/dates';
import type { Text } from '../../lib/tables/problems';

/**
 * Cell text -> ISO date or yuan string. Statements write dates and amounts many ways; these accept the
 * common unambiguous forms and refuse everything else with a reason the clerk can act on.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Text };

const fail = (zh: string, en: string): { ok: false; problem: Text } => ({ ok: false, problem: { zh, en } });

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
  if (text === '') return fail('日期为空', 'date is empty');
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    if (!isIsoDate(iso))
      return fail(`日期「${raw.trim()}」不存在（请核对年月日）`, `no such date: ${raw.trim()}`);
    return { ok: true, value: iso };
  }
  return fail(
    `日期「${raw.trim()}」无法识别，应为 2024-03-05、2024/3/5、2024年3月5日 或 20240305`,
    `cannot read date ${JSON.stringify(raw.trim())}; use 2024-03-05, 2024/3/5, 2024年3月5日 or 20240305`,
  );
}

// Thousands separators are accepted only in their exact places (1,234,567.89), so "1,23" or
// "1234,56" (a decimal comma) are refused instead of silently becoming another amount.
const GROUPED = /^[1-9][0-9]{0,2}(,[0-9]{3})+(\.[0-9]+)?$/;
const CURRENCY = /^(?:人民币|RMB|CNY|[¥￥])\s*|\s*元$/gi;

export function parseAmountText(raw: string): Parsed<string> {
  let text = raw.trim().replace(CURRENCY, '').trim();
  if (text === '') return fail('金额为空', 'amount is empty');
  if (/^[-−－]|^\(.*\)$/.test(text))
    return fail(`金额「${raw.trim()}」为负数，不是收到的款项`, `negative amount: ${raw.trim()}`);
  if (text.startsWith('+')) text = text.slice(1);
  if (text.includes(',')) {
    if (!GROUPED.test(text))
      return fail(
        `金额「${raw.trim()}」的千位分隔符位置不对`,
        `misplaced thousands separator: ${raw.trim()}`,
      );
    text = text.replace(/,/g, '');
  }
  const problem = checkAmount(text);
  if (problem === 'decimals')
    return fail(`金额「${raw.trim()}」超过两位小数（到分）`, `more than two decimals: ${raw.trim()}`);
  if (problem === 'tooLarge')
    return fail(`金额「${raw.trim()}」超出允许范围`, `amount too large: ${raw.trim()}`);
  if (problem) return fail(`金额「${raw.trim()}」不是有效数字`, `not an amount: ${raw.trim()}`);
  const value = new Decimal(text);
  if (value.isZero()) return fail('金额为零', 'amount is zero');
  return { ok: true, value: value.toFixed(2) };
}

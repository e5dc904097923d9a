import { Decimal, ZERO } from './decimal';
import { roundFen } from './round';

/** Yuan as a decimal string across the API ("830000.00"); Fen as an integer at rest. */
export type YuanString = string & { readonly __brand: 'YuanString' };
export type Fen = number & { readonly __brand: 'Fen' };

export const AMOUNT_PATTERN = /^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/;
/** Largest amount accepted: below 万亿 × 10, and far inside Number.MAX_SAFE_INTEGER in fen. */
export const MAX_YUAN = new Decimal('9999999999999.99');

export type AmountProblem = 'format' | 'decimals' | 'tooLarge';

/** Strict parse: digits, at most two decimals, no sign, exponent, spaces or thousands separators. */
export function checkAmount(text: string): AmountProblem | null {
  if (/^(0|[1-9][0-9]*)\.[0-9]{3,}$/.test(text)) return 'decimals';
  if (!AMOUNT_PATTERN.test(text)) return 'format';
  if (new Decimal(text).greaterThan(MAX_YUAN)) return 'tooLarge';
  return null;
}

export function parseAmount(text: string): Decimal {
  const problem = checkAmount(text);
  if (problem) throw new RangeError(`invalid amount (${problem}): ${JSON.stringify(text)}`);
  return new Decimal(text);
}

export function yuanToFen(yuan: string | Decimal): Fen {
  const d = typeof yuan === 'string' ? parseAmount(yuan) : yuan;
  if (!d.equals(roundFen(d)) || d.lessThan(ZERO))
    throw new RangeError(`not a whole number of fen: ${d.toString()}`);
  return d.times(100).toNumber() as Fen;
}

export function fenToYuan(fen: number): YuanString {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be a safe integer: ${fen}`);
  return new Decimal(fen).dividedBy(100).toFixed(2) as YuanString;
}

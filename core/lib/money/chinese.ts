import { Decimal } from './decimal';
import { ISO_DATE, isIsoDate } from './dates';
import { formatYuan } from './round';
import { CAPITAL, DATE_NUMERALS } from './vocabulary';

const DIGITS = CAPITAL.digits;
const IN_GROUP = CAPITAL.inGroup;

/** One group of four digits ("0500" → 伍佰), with inner zeros as a single 零 and trailing zeros dropped. */
function groupText(group: string): string {
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(group[i]);
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += CAPITAL.zero;
    pendingZero = false;
    out += DIGITS[d]! + IN_GROUP[3 - i]!;
  }
  return out;
}

/**
 * 大写金额 as in 《支付结算办法》附件一: 830000.00 → 人民币捌拾叁万元整; 100500.60 → 人民币壹拾万零伍佰元陆角.
 * Up to 万亿 (below 10^13 yuan).
 */
export function capitalAmount(amount: string | Decimal): string {
  const fixed = formatYuan(new Decimal(amount));
  if (fixed.startsWith('-')) throw new RangeError('negative amounts have no capital form');
  const [intPart, frac] = fixed.split('.') as [string, string];
  if (intPart.length > 13) throw new RangeError(`amount too large for the capital form: ${fixed}`);
  const jiao = Number(frac[0]);
  const fen = Number(frac[1]);
  const padded = intPart.padStart(16, '0');
  const groups = [0, 1, 2, 3].map((i) => padded.slice(i * 4, i * 4 + 4)); // 万亿, 亿, 万, 元 groups
  let integer = '';
  let zeroPending = false;
  groups.forEach((group, i) => {
    const value = Number(group);
    if (value === 0) {
      if (integer !== '') zeroPending = true;
      return;
    }
    if (integer !== '' && (zeroPending || group[0] === '0')) integer += CAPITAL.zero;
    zeroPending = false;
    integer += groupText(group);
    if (i === 0) integer += groups[1] === '0000' ? CAPITAL.wanYi : CAPITAL.wan;
    else if (i === 1) integer += CAPITAL.yi;
    else if (i === 2) integer += CAPITAL.wan;
  });
  const { currency, yuan, whole, zero } = CAPITAL;
  let text = currency;
  if (integer !== '') text += integer + yuan;
  if (jiao === 0 && fen === 0) return integer === '' ? currency + zero + yuan + whole : text + whole;
  if (jiao !== 0) text += DIGITS[jiao]! + CAPITAL.jiao;
  if (fen !== 0) text += (jiao === 0 && integer !== '' ? zero : '') + DIGITS[fen]! + CAPITAL.fen;
  return text;
}

const SMALL = DATE_NUMERALS.digits;

function smallNumber(n: number): string {
  if (n < 10) return SMALL[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : SMALL[tens]!) + DATE_NUMERALS.ten + (ones === 0 ? '' : SMALL[ones]!);
}

/** 2026-01-21 → 二〇二六年一月二十一日 */
export function chineseDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m || !isIsoDate(iso)) throw new RangeError(`invalid date: ${iso}`);
  const year = [...m[1]!].map((c) => SMALL[Number(c)]!).join('');
  const { year: y, month, day } = DATE_NUMERALS;
  return `${year}${y}${smallNumber(Number(m[2]))}${month}${smallNumber(Number(m[3]))}${day}`;
}

import type { Decimal } from '../money/decimal';
import { groupedAmount, writtenDate } from '../money/input';
import { court } from './messages';
import { iso } from './trace';

/** Helpers of the court-language trace (messages.ts `court`): dates, amounts and spans as printed. */
export const yuan = (d: Decimal): string => groupedAmount(d.toFixed(2));
export const grouped = (amount: string): string => groupedAmount(amount);
export const day = (n: number): string => writtenDate(iso(n));
/** (a, b] as the days it holds: the day after a to b. */
export const daysSpan = (a: number, b: number): string => court.span(day(a + 1), day(b));
export function pctText(pct: Decimal): string {
  const d = pct.toDecimalPlaces(6);
  return d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toFixed();
}

/** 「hd-2026.2」 → 执行听证·对账工作台迟延履行利息计算规则（2026年第2版） */
export function rulesText(version: string): string {
  const m = /^hd-(\d{4})\.(\d+)$/.exec(version);
  return court.rules(m ? court.rulesVersion(m[1]!, m[2]!) : '');
}

/** 'fixed', 'PBOC 2015-10-24', 'LPR 2020-01-20' in words. */
export function sourceText(source: string): string {
  const m = /^(PBOC|LPR) (\d{4}-\d{2}-\d{2})$/.exec(source);
  if (!m) return court.sourceFixed;
  return m[1] === 'PBOC' ? court.sourceBenchmark(writtenDate(m[2]!)) : court.sourceLpr(writtenDate(m[2]!));
}

/** 「5.60% × 30 天 + 6.00% × 60 天」 */
export function segmentsText(segments: { pct: Decimal; days: number }[]): string {
  return segments.length === 0
    ? '0'
    : segments.map((s) => court.segment(pctText(s.pct), s.days)).join(court.segmentJoin);
}

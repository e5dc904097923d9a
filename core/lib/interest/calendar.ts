import { dayNumber } from '../money/dates';
import type { Excluded } from './types';

/** Day numbers of the legal dates that cut the timeline (INTEREST.md §1). */
export const REGIME_B_START = dayNumber('2009-05-18');
export const BOUNDARY = dayNumber('2014-07-31');

export function regimeOf(day: number): 'A' | 'B' | 'C' {
  if (day < REGIME_B_START) return 'A';
  if (day <= BOUNDARY) return 'B';
  return 'C';
}

/** Excluded days as merged closed ranges [from, to] of day numbers, with a prefix count for O(log n) lookups. */
export type ExcludedDays = { ranges: { from: number; to: number }[]; before: number[] };

export function mergeExcluded(list: readonly Excluded[]): ExcludedDays {
  const sorted = list
    .map((e) => ({ from: dayNumber(e.from), to: dayNumber(e.to) }))
    .sort((a, b) => a.from - b.from);
  const ranges: { from: number; to: number }[] = [];
  for (const r of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else ranges.push({ ...r });
  }
  const before: number[] = [];
  let acc = 0;
  for (const r of ranges) {
    before.push(acc);
    acc += r.to - r.from + 1;
  }
  return { ranges, before };
}

/** Excluded days among day numbers ≤ d. */
function excludedUpTo(ex: ExcludedDays, d: number): number {
  let lo = 0;
  let hi = ex.ranges.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ex.ranges[mid]!.from <= d) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (idx < 0) return 0;
  const r = ex.ranges[idx]!;
  return ex.before[idx]! + Math.min(d, r.to) - r.from + 1;
}

/** Days in (a, b] that are not excluded. */
export function countedDays(ex: ExcludedDays, a: number, b: number): number {
  if (b <= a) return 0;
  if (ex.ranges.length === 0) return b - a;
  return b - a - (excludedUpTo(ex, b) - excludedUpTo(ex, a));
}

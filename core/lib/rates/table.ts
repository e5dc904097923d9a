import { Decimal } from '../money/decimal';
import { dayNumber } from '../money/dates';
import {
  BENCHMARK_ROWS,
  BENCHMARK_SOURCE,
  LPR_ROWS,
  LPR_SOURCE,
  SHIPPED_TABLE_VERSION,
} from './shipped-data';

export const BANDS = ['upto6m', '6m1y', '1y3y', '3y5y', 'over5y'] as const;
export type Band = (typeof BANDS)[number];

/** A rate row: percent per year, in force from `day` (day number) until the next row. */
export type BenchmarkRow = { from: string; day: number; pct: Record<Band, Decimal> };
export type LprRow = { from: string; day: number; oneYear: Decimal; over5y: Decimal; source: string };

/** An LPR fixing the user entered on the offline laptop, with where it was read. */
export type LprAddition = {
  from: string;
  oneYear: string;
  over5y: string;
  source: string;
  enteredAt: string;
};

export type RateTables = {
  /** Named in every computation, so a statement says which table it used. */
  version: string;
  benchmark: BenchmarkRow[];
  lpr: LprRow[];
  sources: { benchmark: string; lpr: string };
};

export const LPR_START = '2019-08-20';

export function buildRateTables(additions: readonly LprAddition[] = []): RateTables {
  const benchmark = BENCHMARK_ROWS.map(([from, a, b, c, d, e]) => ({
    from,
    day: dayNumber(from),
    pct: {
      upto6m: new Decimal(a),
      '6m1y': new Decimal(b),
      '1y3y': new Decimal(c),
      '3y5y': new Decimal(d),
      over5y: new Decimal(e),
    },
  }));
  const lpr: LprRow[] = LPR_ROWS.map(([from, y1, y5]) => ({
    from,
    day: dayNumber(from),
    oneYear: new Decimal(y1),
    over5y: new Decimal(y5),
    source: LPR_SOURCE,
  }));
  const sorted = [...additions].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
  for (const add of sorted) {
    const last = lpr[lpr.length - 1];
    if (last && dayNumber(add.from) <= last.day)
      throw new RangeError(`LPR addition ${add.from} must come after the last row ${last.from}`);
    lpr.push({
      from: add.from,
      day: dayNumber(add.from),
      oneYear: new Decimal(add.oneYear),
      over5y: new Decimal(add.over5y),
      source: add.source,
    });
  }
  const lastLpr = lpr[lpr.length - 1]!;
  const version =
    sorted.length === 0
      ? SHIPPED_TABLE_VERSION
      : `${SHIPPED_TABLE_VERSION}+user-lpr..${lastLpr.from}(${sorted.length})`;
  return { version, benchmark, lpr, sources: { benchmark: BENCHMARK_SOURCE, lpr: LPR_SOURCE } };
}

/** Index of the row in force on `day` (the last row with row.day ≤ day), or -1 before the first row. */
export function rowIndexAt(rows: readonly { day: number }[], day: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.day <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A piece (start, end] of day numbers during which one row applies. */
export type Piece = { start: number; end: number; row: number };

/** Splits (a, b] at every row change: a row effective on day c applies to days ≥ c. */
export function splitByRows(rows: readonly { day: number }[], a: number, b: number): Piece[] {
  const pieces: Piece[] = [];
  if (b <= a) return pieces;
  let row = rowIndexAt(rows, a + 1);
  let start = a;
  while (start < b) {
    const next = rows[row + 1];
    const end = next && next.day - 1 < b ? next.day - 1 : b;
    pieces.push({ start, end, row });
    start = end;
    row += 1;
  }
  return pieces;
}

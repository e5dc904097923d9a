import { Decimal, ZERO } from '../money/decimal';
import { addMonths, dayNumber, fromDayNumber } from '../money/dates';
import { BANDS, splitByRows, rowIndexAt, type Band, type RateTables } from '../rates/table';
import { BOUNDARY, countedDays, type ExcludedDays } from './calendar';
import { LedgerInputError } from './errors';
import { messages } from './messages';
import type { Settings } from './types';

/**
 * Old-rule factor F(s, t) of one delay-base obligation (INTEREST.md §3), kept as the numerator
 * N = Σ 2·pct·days so that amount × F = amount × N ÷ (100 × basis) divides once.
 */
export type FactorAt = { n: Decimal; band: Band | null; days: number; start: number; end: number };

type Piece = { start: number; end: number; pct: Record<Band, Decimal> };

export class OldFactor {
  private readonly start: number;
  private readonly thresholds: number[];
  private readonly pieces: Piece[];
  /** cumulative[band][i] = Σ over pieces before i of 2·pct·counted days */
  private readonly cumulative: Record<Band, Decimal[]>;
  private readonly cache = new Map<number, FactorAt>();

  constructor(
    readonly due: number,
    private readonly settings: Settings,
    private readonly tables: RateTables,
    private readonly excluded: ExcludedDays,
    obligationId: string,
  ) {
    this.start = settings.dayCount === 'inclusive' ? due - 1 : due;
    const dueIso = fromDayNumber(due);
    this.thresholds = [6, 12, 36, 60].map((m) => dayNumber(addMonths(dueIso, m)));
    const rows = tables.benchmark;
    const lastOld = BOUNDARY;
    if (this.start < lastOld && rowIndexAt(rows, this.start + 1) < 0)
      throw new LedgerInputError('NO_BENCHMARK_RATE', messages.delayBeforeBenchmark, {
        id: obligationId,
        day: fromDayNumber(this.start + 1),
        first: rows[0]!.from,
      });
    if (settings.rateChange === 'rateAtStart') {
      const row = rows[rowIndexAt(rows, this.start + 1)];
      this.pieces = row && this.start < lastOld ? [{ start: this.start, end: lastOld, pct: row.pct }] : [];
    } else {
      this.pieces = splitByRows(rows, this.start, lastOld).map((p) => ({
        start: p.start,
        end: p.end,
        pct: rows[p.row]!.pct,
      }));
    }
    const cumulative = {} as Record<Band, Decimal[]>;
    for (const band of BANDS) {
      const acc: Decimal[] = [ZERO];
      let sum = ZERO;
      for (const piece of this.pieces) {
        sum = sum.plus(piece.pct[band].times(2 * countedDays(excluded, piece.start, piece.end)));
        acc.push(sum);
      }
      cumulative[band] = acc;
    }
    this.cumulative = cumulative;
  }

  /** Band of a slice from the due date to e′ (S2); excluded days count in e′ − s. */
  bandFor(t: number): Band {
    const fixed = this.settings.band;
    if (fixed !== 'byDelayLength') return fixed.slice('fixed:'.length) as Band;
    const e = this.settings.oldBandTo === 'end' ? t : Math.min(t, BOUNDARY);
    const [m6, m12, m36, m60] = this.thresholds as [number, number, number, number];
    if (e <= m6) return 'upto6m';
    if (e <= m12) return '6m1y';
    if (e <= m36) return '1y3y';
    if (e <= m60) return '3y5y';
    return 'over5y';
  }

  at(t: number): FactorAt {
    const hit = this.cache.get(t);
    if (hit) return hit;
    const end = Math.min(t, BOUNDARY);
    let value: FactorAt;
    if (end <= this.start || this.pieces.length === 0) {
      value = { n: ZERO, band: null, days: 0, start: this.start, end: Math.max(end, this.start) };
    } else {
      const band = this.bandFor(t);
      const i = this.pieceIndex(end);
      const piece = this.pieces[i]!;
      const partial = piece.pct[band].times(2 * countedDays(this.excluded, piece.start, end));
      value = {
        n: this.cumulative[band][i]!.plus(partial),
        band,
        days: countedDays(this.excluded, this.start, end),
        start: this.start,
        end,
      };
    }
    this.cache.set(t, value);
    return value;
  }

  /** The rate pieces of F(s, t) with their counted days, for the court-language trace. */
  segments(t: number): { pct: Decimal; days: number }[] {
    const f = this.at(t);
    if (!f.band) return [];
    const out: { pct: Decimal; days: number }[] = [];
    for (const piece of this.pieces) {
      if (piece.start >= f.end) break;
      const days = countedDays(this.excluded, piece.start, Math.min(piece.end, f.end));
      if (days > 0) out.push({ pct: piece.pct[f.band], days });
    }
    return out;
  }

  /** "5.60%×30 + 6.00%×60" for the trace. */
  describe(t: number): string {
    const f = this.at(t);
    if (!f.band) return '0';
    const parts: string[] = [];
    for (const piece of this.pieces) {
      if (piece.start >= f.end) break;
      const days = countedDays(this.excluded, piece.start, Math.min(piece.end, f.end));
      if (days > 0) parts.push(`${piece.pct[f.band].toFixed(2)}%×${days}`);
    }
    return parts.length ? parts.join(' + ') : '0';
  }

  private pieceIndex(end: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pieces[mid]!.end < end) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

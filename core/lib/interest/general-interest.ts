import { Decimal } from '../money/decimal';
import { dayNumber, fromDayNumber } from '../money/dates';
import { LPR_START, rowIndexAt, splitByRows, type RateTables } from '../rates/table';
import { LedgerInputError } from './errors';
import { messages } from './messages';
import type { Schedule } from './types';

/** A piece (start, end] of running general interest at one annual rate, in percent. */
export type RatePiece = { start: number; end: number; pct: Decimal; source: string };

const LPR_FIRST_DAY = dayNumber(LPR_START);

/** Splits (a, b] at every change of the schedule's table (always, whatever S3 says). */
export function ratePieces(
  schedule: Schedule,
  tables: RateTables,
  a: number,
  b: number,
  id: string,
): RatePiece[] {
  const pieces = tablePieces(schedule, tables, a, b, id);
  if (!schedule.addBp || new Decimal(schedule.addBp).isZero()) return pieces;
  // 「LPR 加 x 个基点」: x ÷ 100 percentage points on top of the table's rate of each piece
  const points = new Decimal(schedule.addBp).dividedBy(100);
  return pieces.map((p) => ({ ...p, pct: p.pct.plus(points) }));
}

function tablePieces(schedule: Schedule, tables: RateTables, a: number, b: number, id: string): RatePiece[] {
  if (b <= a) return [];
  switch (schedule.type) {
    case 'fixed':
      return [{ start: a, end: b, pct: new Decimal(schedule.annual).times(100), source: 'fixed' }];
    case 'benchmark':
      return benchmarkPieces(tables, schedule.band, a, b, id);
    case 'lpr1y':
    case 'lpr5y':
      return lprPieces(tables, schedule.type, a, b, id);
    case 'benchmarkThenLpr': {
      const cut = LPR_FIRST_DAY - 1;
      return [
        ...benchmarkPieces(tables, '6m1y', a, Math.min(b, cut), id),
        ...lprPieces(tables, 'lpr1y', Math.max(a, cut), b, id),
      ];
    }
    default: {
      const never: never = schedule;
      return never;
    }
  }
}

function benchmarkPieces(
  tables: RateTables,
  band: keyof RateTables['benchmark'][number]['pct'],
  a: number,
  b: number,
  id: string,
): RatePiece[] {
  if (b <= a) return [];
  const rows = tables.benchmark;
  if (rowIndexAt(rows, a + 1) < 0)
    throw new LedgerInputError('NO_BENCHMARK_RATE', messages.interestBeforeBenchmark, {
      id,
      day: fromDayNumber(a + 1),
      first: rows[0]!.from,
    });
  return splitByRows(rows, a, b).map((p) => ({
    start: p.start,
    end: p.end,
    pct: rows[p.row]!.pct[band],
    source: `PBOC ${rows[p.row]!.from}`,
  }));
}

function lprPieces(
  tables: RateTables,
  type: 'lpr1y' | 'lpr5y',
  a: number,
  b: number,
  id: string,
): RatePiece[] {
  if (b <= a) return [];
  if (a + 1 < LPR_FIRST_DAY)
    throw new LedgerInputError('LPR_BEFORE_2019', messages.interestBeforeLpr, {
      id,
      day: fromDayNumber(a + 1),
    });
  const rows = tables.lpr;
  return splitByRows(rows, a, b).map((p) => {
    const row = rows[p.row]!;
    return {
      start: p.start,
      end: p.end,
      pct: type === 'lpr1y' ? row.oneYear : row.over5y,
      source: `LPR ${row.from}`,
    };
  });
}

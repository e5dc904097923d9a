import { Decimal } from '../money/decimal';
import { dayNumber, fromDayNumber } from '../money/dates';
import { LPR_START, rowIndexAt, splitByRows, type RateTables } from '../rates/table';
import { LedgerInputError } from './errors';
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
    throw new LedgerInputError(
      'NO_BENCHMARK_RATE',
      `利息 ${id}：${fromDayNumber(a + 1)} 早于基准利率表首行 ${rows[0]!.from}`,
      `interest ${id}: ${fromDayNumber(a + 1)} is before the first benchmark row ${rows[0]!.from}`,
    );
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
    throw new LedgerInputError(
      'LPR_BEFORE_2019',
      `利息 ${id}：LPR 自 2019-08-20 起才有报价，${fromDayNumber(a + 1)} 不能按 LPR 计息（「自2019年8月20日起」请写作 from: "2019-08-19"）`,
      `interest ${id}: no LPR before 2019-08-20 (${fromDayNumber(a + 1)}); write 'from 2019-08-20' as from: "2019-08-19"`,
    );
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

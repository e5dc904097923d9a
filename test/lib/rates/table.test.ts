import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../core/lib/money/dates';
import { BENCHMARK_ROWS, LPR_ROWS } from '../../../core/lib/rates/shipped-data';
import { buildRateTables, rowIndexAt, splitByRows } from '../../../core/lib/rates/table';

const csv = (name: string) =>
  readFileSync(path.resolve(__dirname, '../../../core/lib/rates/data', name), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

describe('shipped rate tables', () => {
  it('match the CSV files with their source notes, row for row', () => {
    expect(BENCHMARK_ROWS.map((r) => [...r])).toEqual(csv('pboc-benchmark-loan-rates.csv'));
    expect(LPR_ROWS.map((r) => [...r])).toEqual(csv('lpr.csv'));
  });

  it('carry the corrections named in the data README', () => {
    const t = buildRateTables();
    expect(t.benchmark.find((r) => r.from === '1995-07-01')!.pct['1y3y'].toFixed(2)).toBe('13.50');
    expect(t.benchmark.find((r) => r.from === '2012-06-08')!.pct.over5y.toFixed(2)).toBe('6.80');
  });

  it('finds the row in force on a day (a row applies from its own date)', () => {
    const t = buildRateTables();
    expect(t.benchmark[rowIndexAt(t.benchmark, dayNumber('2012-07-05'))]!.from).toBe('2012-06-08');
    expect(t.benchmark[rowIndexAt(t.benchmark, dayNumber('2012-07-06'))]!.from).toBe('2012-07-06');
    expect(rowIndexAt(t.benchmark, dayNumber('1990-01-01'))).toBe(-1);
    expect(t.lpr[rowIndexAt(t.lpr, dayNumber('2026-01-01'))]!.from).toBe('2025-05-20');
  });

  it('splits an interval at every change', () => {
    const t = buildRateTables();
    const pieces = splitByRows(t.lpr, dayNumber('2020-01-19'), dayNumber('2020-05-19'));
    expect(pieces.map((p) => [p.end - p.start, t.lpr[p.row]!.from])).toEqual([
      [31, '2019-11-20'],
      [60, '2020-02-20'],
      [30, '2020-04-20'],
    ]);
  });

  it('appends user LPR fixings after the shipped ones and names them in the version', () => {
    const t = buildRateTables([
      {
        from: '2025-06-20',
        oneYear: '2.90',
        over5y: '3.40',
        source: '中国人民银行公告（用户录入）',
        enteredAt: '2026-11-01',
      },
    ]);
    expect(t.lpr.at(-1)!.oneYear.toFixed(2)).toBe('2.90');
    expect(t.version).toContain('user-lpr..2025-06-20');
    expect(() =>
      buildRateTables([
        { from: '2025-05-20', oneYear: '3', over5y: '3', source: 'x', enteredAt: '2026-11-01' },
      ]),
    ).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskDeep, maskSensitive, thinTimeline } from '../../../core/platform/documents/masking';
import { addDays } from '../../../core/lib/money/dates';
import { Decimal } from '../../../core/lib/money/decimal';

describe('masking for the wall', () => {
  it.each([
    ['身份证号 23010219800101123X', '身份证号 230***********123X'],
    ['身份证号 230102198001011234。', '身份证号 230***********1234。'],
    ['电话 13912345678', '电话 139****5678'],
    ['旧身份证 230102800101123', '旧身份证 230********1123'],
    ['座机 0451-86001234', '座机 0451-********'],
  ])('%s → %s', (raw, masked) => expect(maskSensitive(raw)).toBe(masked));

  it('leaves amounts, dates and case numbers alone', () => {
    const text =
      '(2006)示1084执123号 2020-04-19 付款 30000.00 元，13912345678.00 元，830000.00 × 0.000175 × 100 = 14525.00';
    expect(maskSensitive(text)).toBe(text);
  });

  it('masks every string in a payload', () => {
    expect(
      maskDeep({ parties: [{ name: '张某某', id: '230102198001011234', phone: '13912345678' }], n: 3 }),
    ).toEqual({
      parties: [{ name: '张某某', id: '230***********1234', phone: '139****5678' }],
      n: 3,
    });
  });
});

describe('the wall chart of a long ledger', () => {
  const point = (date: string, total: string) => ({ date, balances: { total } });

  it('keeps a timeline within the limit as it is', () => {
    const points = [point('2020-01-01', '100.00'), point('2020-02-01', '50.00')];
    expect(thinTimeline(points, 4)).toEqual(points);
  });

  it('keeps the ends and the lowest and highest point of each stretch of time, in order', () => {
    // limit 10 → (10 − 2) / 2 = 4 stretches of the 365 days, starting at day 0, 91.25, 182.5 and 273.75:
    // [01-01 … 02-02] low 02-01, high 01-01 (the first of the equal highs); [04-20 … 06-30] low 04-20,
    // high 05-01; [08-01, 09-01] both 08-01; [10-01, 12-31] low 12-31, high 10-01.
    const points = [
      point('2020-01-01', '100.00'),
      point('2020-01-10', '100.00'),
      point('2020-02-01', '80.00'),
      point('2020-02-02', '100.00'),
      point('2020-04-20', '100.00'),
      point('2020-05-01', '130.00'),
      point('2020-06-30', '100.00'),
      point('2020-08-01', '100.00'),
      point('2020-09-01', '100.00'),
      point('2020-10-01', '100.00'),
      point('2020-12-31', '90.00'),
    ];
    expect(thinTimeline(points, 10).map((p) => `${p.date} ${p.balances.total}`)).toEqual([
      '2020-01-01 100.00',
      '2020-02-01 80.00',
      '2020-04-20 100.00',
      '2020-05-01 130.00',
      '2020-08-01 100.00',
      '2020-10-01 100.00',
      '2020-12-31 90.00',
    ]);
  });

  it('never exceeds the limit, keeps order and extremes, and only keeps points it was given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 7300 }), fc.integer({ min: 0, max: 10_000_000 })), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.integer({ min: 4, max: 120 }),
        (raw, limit) => {
          const points = raw
            .map(([d, fen]) => [d, fen] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([d, fen]) => point(addDays('2006-01-01', d), (fen / 100).toFixed(2)));
          const thin = thinTimeline(points, limit);
          expect(thin.length).toBeLessThanOrEqual(limit);
          expect(thin[0]).toBe(points[0]);
          expect(thin.at(-1)).toBe(points.at(-1));
          const idx = thin.map((p) => points.indexOf(p));
          expect(idx.every((i, k) => i >= 0 && (k === 0 || i > idx[k - 1]!))).toBe(true);
          const totals = (list: typeof points) => list.map((p) => new Decimal(p.balances.total));
          expect(Decimal.max(...totals(thin)).equals(Decimal.max(...totals(points)))).toBe(true);
          expect(Decimal.min(...totals(thin)).equals(Decimal.min(...totals(points)))).toBe(true);
        },
      ),
    );
  });
});

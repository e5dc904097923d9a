import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, daysBetween, fromDayNumber } from '../../core/lib/money/dates';
import {
  chainOf,
  DEFAULT_TERM_MONTHS,
  effectiveExpiry,
  expiryDate,
  gapDays,
  measureState,
  renewalStart,
} from '../../core/features/measures/rules';

describe('expiryDate: start + N months − 1 day, month ends and leap days', () => {
  it.each([
    // ordinary days: the day before the same-numbered day
    ['2024-01-10', 12, '2025-01-09'],
    ['2026-03-02', 12, '2027-03-01'],
    ['2025-03-01', 1, '2025-03-31'],
    ['2025-01-01', 12, '2025-12-31'],
    ['2025-12-15', 1, '2026-01-14'],
    ['2024-03-01', 12, '2025-02-28'],
    ['2023-03-01', 12, '2024-02-29'],
    // no same-numbered day in the target month: that month's last day
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-01-30', 1, '2025-02-28'],
    ['2025-01-29', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-01-30', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-08-31', 1, '2025-09-30'],
    // the same-numbered day exists: the day before it
    ['2025-01-28', 1, '2025-02-27'],
    ['2024-01-29', 1, '2024-02-28'],
    ['2024-02-29', 48, '2028-02-28'],
    ['2024-02-28', 12, '2025-02-27'],
    ['2025-04-30', 1, '2025-05-29'],
    // the usual maxima
    ['2026-01-21', 24, '2028-01-20'],
    ['2026-01-21', 36, '2029-01-20'],
    ['2023-05-31', 36, '2026-05-30'],
    ['2023-12-31', 2, '2024-02-29'],
  ])('%s + %i months → %s', (start, months, expiry) => {
    expect(expiryDate(start, months)).toBe(expiry);
  });

  it('refuses an invalid date or term', () => {
    expect(() => expiryDate('2025-02-29', 12)).toThrow(RangeError);
    expect(() => expiryDate('2025-01-01', 0)).toThrow(RangeError);
    expect(() => expiryDate('2025-01-01', 1.5)).toThrow(RangeError);
  });

  it('default terms: deposits 1 year, movables 2, real estate and property rights 3, none for 限制消费/失信', () => {
    expect(DEFAULT_TERM_MONTHS).toEqual({
      depositFreeze: 12,
      propertyRightFreeze: 36,
      realEstateSeal: 36,
      movableSeal: 24,
      consumptionLimit: null,
      defaulterList: null,
      other: null,
    });
  });

  it('a stated expiry wins over start + term; no term and no stated day: none', () => {
    expect(effectiveExpiry('2025-01-10', 12, '2025-06-30')).toBe('2025-06-30');
    expect(effectiveExpiry('2025-01-10', 12, null)).toBe('2026-01-09');
    expect(effectiveExpiry('2025-01-10', null, null)).toBeNull();
  });
});

const day = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2150-12-31') }).map(fromDayNumber);
const months = fc.integer({ min: 1, max: 120 });

describe('expiryDate properties', () => {
  it('the term covers at least N calendar months and less than N months and a day', () => {
    fc.assert(
      fc.property(day, months, (start, n) => {
        const end = expiryDate(start, n);
        // the day after the term is on or after the same day N months later (clamped), never before
        expect(addDays(end, 1) >= addMonths(start, n)).toBe(true);
        // and at most the first of the month after the clamped target
        expect(daysBetween(addMonths(start, n), addDays(end, 1))).toBeLessThanOrEqual(3);
        expect(end > start).toBe(true);
      }),
    );
  });

  it('is monotone in the start day: a later start never ends earlier', () => {
    fc.assert(
      fc.property(day, months, fc.integer({ min: 1, max: 40 }), (start, n, later) => {
        expect(expiryDate(addDays(start, later), n) >= expiryDate(start, n)).toBe(true);
      }),
    );
  });

  it('ends the day before the same-numbered day when that day exists', () => {
    fc.assert(
      fc.property(day, months, (start, n) => {
        const same = addMonths(start, n);
        fc.pre(same.slice(8) === start.slice(8));
        expect(expiryDate(start, n)).toBe(addDays(same, -1));
      }),
    );
  });

  it('twelve months of a year term equal a year: 365 or 366 days', () => {
    fc.assert(
      fc.property(day, (start) => {
        const length = daysBetween(start, expiryDate(start, 12)) + 1;
        expect([365, 366]).toContain(length);
      }),
    );
  });

  it('a continuous renewal chain leaves no gap', () => {
    fc.assert(
      fc.property(day, fc.array(months, { minLength: 1, maxLength: 6 }), (start, terms) => {
        let s = start;
        for (const n of terms) {
          const end = expiryDate(s, n);
          const next = renewalStart(end);
          expect(gapDays(end, next)).toBe(0);
          expect(daysBetween(end, next)).toBe(1);
          s = next;
        }
      }),
    );
  });
});

describe('status on a day', () => {
  const m = { startDate: '2025-01-10', expiresOn: '2026-01-09', releasedOn: null, renewed: false };
  it.each([
    ['2025-06-01', 'inForce', 222],
    ['2025-12-09', 'inForce', 31],
    ['2025-12-10', 'expiring', 30],
    ['2026-01-09', 'expiring', 0],
    ['2026-01-10', 'expired', -1],
    ['2027-01-10', 'expired', -366],
  ] as const)('on %s: %s, %i days left', (asOf, status, daysLeft) => {
    expect(measureState(m, asOf)).toEqual({ status, daysLeft });
  });

  it('released and renewed measures are not flagged; a release later than today does not count yet', () => {
    expect(measureState({ ...m, releasedOn: '2025-05-01' }, '2026-02-01').status).toBe('released');
    expect(measureState({ ...m, releasedOn: '2026-05-01' }, '2026-02-01').status).toBe('expired');
    expect(measureState({ ...m, renewed: true }, '2026-02-01').status).toBe('renewed');
  });

  it('no term: in force, never expiring', () => {
    expect(measureState({ ...m, expiresOn: null }, '2099-01-01')).toEqual({
      status: 'inForce',
      daysLeft: null,
    });
  });

  it('a renewal that starts late leaves a gap (脱封) of the days between', () => {
    expect(gapDays('2026-01-09', '2026-01-10')).toBe(0);
    expect(gapDays('2026-01-09', '2026-01-15')).toBe(5);
    expect(gapDays('2026-01-09', '2025-12-20')).toBe(0);
    expect(gapDays(null, '2026-01-15')).toBeNull();
  });
});

describe('chainOf', () => {
  it('walks back to the first link and forward to the last', () => {
    const links = new Map<number, number | null>([
      [1, null],
      [2, 1],
      [3, 2],
      [4, null],
      [5, 4],
    ]);
    expect(chainOf(2, links)).toEqual([1, 2, 3]);
    expect(chainOf(3, links)).toEqual([1, 2, 3]);
    expect(chainOf(4, links)).toEqual([4, 5]);
  });
});

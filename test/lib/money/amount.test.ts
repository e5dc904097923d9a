import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAmount, fenToYuan, parseAmount, yuanToFen } from '../../../core/lib/money/amount';
import { addMonths, daysBetween, isIsoDate } from '../../../core/lib/money/dates';
import { Decimal } from '../../../core/lib/money/decimal';
import { roundFen } from '../../../core/lib/money/round';

describe('strict amounts', () => {
  it.each(['0', '0.5', '0.05', '12', '12.30', '830000.00'])('accepts %s', (a) =>
    expect(checkAmount(a)).toBeNull(),
  );
  it.each([
    ['12.345', 'decimals'],
    ['1,000.00', 'format'],
    ['1e5', 'format'],
    ['-1', 'format'],
    ['+1', 'format'],
    ['01.00', 'format'],
    [' 1', 'format'],
    ['1.', 'format'],
    ['', 'format'],
    ['10000000000000', 'tooLarge'],
  ])('rejects %s (%s)', (a, why) => expect(checkAmount(a)).toBe(why));

  it('converts yuan and fen both ways exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (fen) => {
        const yuan = fenToYuan(fen);
        expect(yuanToFen(yuan)).toBe(fen);
        expect(parseAmount(yuan).times(100).toNumber()).toBe(fen);
      }),
    );
  });

  it('rounds half up, never half even', () => {
    expect(roundFen(new Decimal('0.125')).toFixed(2)).toBe('0.13');
    expect(roundFen(new Decimal('0.135')).toFixed(2)).toBe('0.14');
    expect(roundFen(new Decimal('2260.125')).toFixed(2)).toBe('2260.13');
    expect(roundFen(new Decimal('0.0049999')).toFixed(2)).toBe('0.00');
  });
});

describe('calendar', () => {
  it('knows real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
  });
  it('counts d1 − d0', () => {
    expect(daysBetween('2015-01-10', '2015-04-20')).toBe(100);
    expect(daysBetween('2014-07-31', '2015-03-31')).toBe(243);
  });
  it('adds months keeping the day, clamped to the month end', () => {
    expect(addMonths('2008-02-29', 12)).toBe('2009-02-28');
    expect(addMonths('2013-08-31', 6)).toBe('2014-02-28');
    expect(addMonths('2013-12-31', 6)).toBe('2014-06-30');
    expect(addMonths('2011-06-30', 6)).toBe('2011-12-30');
  });
});

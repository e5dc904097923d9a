import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmountText, parseDateText } from '../../../core/features/imports/fields';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : null);

describe('dates in statements', () => {
  it('reads the year-first forms and refuses the rest', () => {
    for (const text of [
      '2024-03-05',
      '2024-3-5',
      '2024/3/5',
      '2024.03.05',
      '2024年3月5日',
      '20240305',
      '2024-03-05 14:22:01',
      ' 2024/03/05 9:05 ',
    ])
      expect(value(parseDateText(text)), text).toBe('2024-03-05');
    for (const text of [
      '03/05/2024',
      '2024-13-01',
      '2023-02-29',
      '2024年2月30日',
      '20240230',
      '24-3-5',
      '昨天',
      '',
    ])
      expect(parseDateText(text).ok, text).toBe(false);
    expect(value(parseDateText('2024-02-29'))).toBe('2024-02-29');
  });

  it('says in Chinese why a date is refused', () => {
    const r = parseDateText('2023-02-29');
    expect(!r.ok && r.problem.zh).toBe('日期「2023-02-29」不存在（请核对年月日）');
  });
});

describe('amounts in statements', () => {
  it('accepts explicit thousands separators and currency marks; refuses 3 decimals, signs, zero', () => {
    expect(value(parseAmountText('1,234.56'))).toBe('1234.56');
    expect(value(parseAmountText('1,234,567'))).toBe('1234567.00');
    expect(value(parseAmountText('￥830,000.00'))).toBe('830000.00');
    expect(value(parseAmountText('500元'))).toBe('500.00');
    expect(value(parseAmountText('0.5'))).toBe('0.50');
    for (const text of [
      '12.345',
      '-100',
      '−100',
      '(100.00)',
      '0',
      '0.00',
      '1,23',
      '1234,56',
      '12,3456.00',
      '1e3',
      '1 234',
      'abc',
      '',
    ])
      expect(parseAmountText(text).ok, text).toBe(false);
    const r = parseAmountText('12.345');
    expect(!r.ok && r.problem.zh).toBe('金额「12.345」超过两位小数（到分）');
  });

  it('any fen amount, written with or without separators, parses back exactly', () => {
    const group = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',');
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 999_999_999_999_999n }),
        fc.boolean(),
        fc.boolean(),
        (fen, grouped, short) => {
          const yuan = (fen / 100n).toString();
          const cents = (fen % 100n).toString().padStart(2, '0');
          const expected = `${yuan}.${cents}`;
          const intPart = grouped ? group(yuan) : yuan;
          // "12.50" may also be written "12.5", and "12.00" as "12".
          const frac = short ? cents.replace(/0+$/, '') : cents;
          const text = frac === '' ? intPart : `${intPart}.${frac}`;
          expect(value(parseAmountText(text))).toBe(expected);
        },
      ),
    );
  });
});

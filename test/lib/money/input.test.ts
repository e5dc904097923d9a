import { describe, expect, it } from 'vitest';
import {
  groupedAmount,
  normalizeAmountInput,
  normalizeDateInput,
  parseDateInput,
  writtenDate,
} from '../../../core/lib/money/input';

describe('one date input: every way a date is written', () => {
  it.each([
    '2026-11-01',
    '2026-11-1',
    '2026年11月1日',
    '2026 年 11 月 1 日',
    '2026.11.1',
    '2026/11/01',
    '20261101',
    ' 2026年11月01日 ',
  ])('%s is 2026-11-01', (text) => {
    expect(parseDateInput(text)).toBe('2026-11-01');
  });

  it.each(['2026-02-30', '2026年13月1日', '20261301', '11/01/2026', '2026-11', 'abc', ''])(
    '%s is not a date',
    (text) => {
      expect(parseDateInput(text)).toBeNull();
      expect(normalizeDateInput(text)).toBe(text.trim());
    },
  );

  it('shows a date as a judgment writes it and reads it back', () => {
    expect(writtenDate('2026-11-01')).toBe('2026年11月1日');
    expect(writtenDate('2006-07-01')).toBe('2006年7月1日');
    for (const iso of ['2006-07-01', '2019-08-20', '2024-02-29', '2026-12-31'])
      expect(parseDateInput(writtenDate(iso))).toBe(iso);
  });
});

describe('amounts with or without thousands separators', () => {
  it.each([
    ['830,000.00', '830000.00'],
    ['830000.00', '830000.00'],
    ['1,234,567.8', '1234567.8'],
    ['830，000', '830000'],
    [' 830 000.00 ', '830000.00'],
  ])('%s → %s', (typed, sent) => expect(normalizeAmountInput(typed)).toBe(sent));

  it.each(['8,30000.00', '83,0000', ',830', '830,00.00'])('%s is left for the API to refuse', (typed) =>
    expect(normalizeAmountInput(typed)).toBe(typed),
  );

  it('displays one format, 1,234.56', () => {
    expect(groupedAmount('1234.56')).toBe('1,234.56');
    expect(groupedAmount('154900')).toBe('154,900.00');
    expect(groupedAmount('74333.3')).toBe('74,333.30');
    expect(groupedAmount('-94.5')).toBe('-94.50');
    expect(groupedAmount('0.00')).toBe('0.00');
  });
});

import { describe, expect, it } from 'vitest';
import { searchWithoutToken, takeToken } from '../../renderer/app/api/token';
import { fieldErrors } from '../../renderer/ui/lib/errors';
import { formatAmount, sumAmounts, toFen } from '../../renderer/ui/lib/money';
import { parseRoute } from '../../renderer/app/route';

describe('money display', () => {
  it('formats with separators and two decimals, no floats', () => {
    expect(formatAmount('830000.00')).toBe('830,000.00');
    expect(formatAmount('1234567.5')).toBe('1,234,567.50');
    expect(formatAmount('0.1')).toBe('0.10');
    expect(formatAmount('99999999999999999.99')).toBe('99,999,999,999,999,999.99');
    expect(formatAmount(null)).toBe('');
    expect(formatAmount('abc')).toBe('abc');
  });
  it('sums exactly in fen', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['100000.00', '20000.50', null, '', '0.01'])).toBe('120000.51');
    expect(toFen('12.345')).toBeNull();
  });
});

describe('fieldErrors', () => {
  const error = {
    code: 'VALIDATION_FAILED',
    message_zh: '金额：金额最多保留两位小数（到分）',
    message_en: 'amount: amount may have at most two decimals (fen)',
    details: {
      issues: [
        { path: ['amount'], key: 'amountDecimals', zh: '金额：金额最多保留两位小数（到分）', en: 'x' },
        { path: ['date'], key: 'dateInvalid', zh: '日期：日期不存在（请核对年月日）', en: 'y' },
      ],
    },
  };
  it('puts each message next to its field', () => {
    expect(fieldErrors(error, ['amount', 'date'], 'zh-CN')).toEqual({
      fields: { amount: '金额：金额最多保留两位小数（到分）', date: '日期：日期不存在（请核对年月日）' },
      form: null,
    });
  });
  it('falls back to a form message when the field is unknown or absent', () => {
    expect(fieldErrors(error, ['date'], 'zh-CN').form).toBe(error.message_zh);
    expect(fieldErrors({ code: 'NOT_FOUND', message_zh: '未找到', message_en: 'nf' }, ['a'], 'en')).toEqual({
      fields: {},
      form: 'nf',
    });
  });
});

describe('token and routes', () => {
  it('takes the token from the URL and keeps it', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(takeToken('?token=abc', storage)).toBe('abc');
    expect(takeToken('', storage)).toBe('abc');
    expect(takeToken('', null)).toBeNull();
    expect(searchWithoutToken('?token=abc&x=1')).toBe('?x=1');
    expect(searchWithoutToken('?token=abc')).toBe('');
  });
  it('parses hash routes', () => {
    expect(parseRoute('#/case/12')).toEqual({ name: 'case', id: 12 });
    expect(parseRoute('#/')).toEqual({ name: 'cases' });
    expect(parseRoute('#/case/x')).toEqual({ name: 'cases' });
  });
});

import { describe, expect, it } from 'vitest';
import { call } from '../../../core/platform/api/services';
import { counts, failed, ok, start } from '../../support/harness';

function setup() {
  const s = start();
  const { id: caseId } = ok(call(s, 'cases.create', { caseNumber: '(2026)示1号' }));
  return { s, caseId };
}

describe('input validation at the boundary', () => {
  it('rejects an amount with three decimals, says 两位小数, and saves nothing', () => {
    const { s, caseId } = setup();
    const before = counts(s);
    const error = failed(s.invoke('payments.add', { caseId, date: '2024-01-02', amount: '12.345' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message_zh).toBe('金额：金额最多保留两位小数（到分）');
    expect(error.message_zh).toContain('两位小数');
    expect(error.details).toEqual({
      issues: [
        {
          path: ['amount'],
          key: 'amountDecimals',
          zh: '金额：金额最多保留两位小数（到分）',
          en: 'amount: amount may have at most two decimals (fen)',
        },
      ],
    });
    expect(counts(s)).toEqual(before);
  });

  it.each([
    ['1,000.00', 'amountFormat'],
    ['-5', 'amountFormat'],
    ['1e3', 'amountFormat'],
    ['0.00', 'amountPositive'],
    ['99999999999999', 'amountTooLarge'],
  ])('rejects the payment amount %s as %s', (amount, key) => {
    const { s, caseId } = setup();
    const error = failed(s.invoke('payments.add', { caseId, date: '2024-01-02', amount }));
    expect((error.details as { issues: { key: string }[] }).issues[0]!.key).toBe(key);
  });

  it('rejects a number where a decimal string is required', () => {
    const { s, caseId } = setup();
    const error = failed(s.invoke('payments.add', { caseId, date: '2024-01-02', amount: 12.5 }));
    expect(error.message_zh).toBe('金额：金额格式不正确，应为如 1234.56 的数字（不带逗号、符号）');
  });

  it('rejects a date that does not exist', () => {
    const { s, caseId } = setup();
    const error = failed(s.invoke('payments.add', { caseId, date: '2024-02-30', amount: '1.00' }));
    expect(error.message_zh).toBe('日期：日期不存在（请核对年月日）');
    expect((error.details as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual([
      'dateInvalid',
    ]);
    expect(failed(s.invoke('payments.add', { caseId, date: '2024/02/03', amount: '1.00' })).message_zh).toBe(
      '日期：日期格式不正确，可写作 2026年11月1日、2026-11-01、2026.11.1 或 20261101',
    );
  });

  it('says 必填 for an empty or missing case number', () => {
    const s = start();
    expect(failed(s.invoke('cases.create', { caseNumber: '' })).message_zh).toBe('案号：此项必填');
    expect(failed(s.invoke('cases.create', { caseNumber: '   ' })).message_zh).toBe('案号：此项必填');
    expect(failed(s.invoke('cases.create', {})).message_zh).toBe('案号：此项必填');
    expect(failed(s.invoke('cases.get', {})).message_zh).toBe('编号：此项必填');
    expect(counts(s).cases).toBe(0);
  });

  it('rejects a field the contract does not know, naming it', () => {
    const s = start();
    const error = failed(s.invoke('cases.create', { caseNumber: '(2026)示1号', amount_fen: 5 }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message_zh).toBe('amount_fen：含有不认识的字段');
    expect(error.details).toEqual({
      issues: [expect.objectContaining({ path: ['amount_fen'], key: 'unknownField' })],
    });
    expect(counts(s).cases).toBe(0);
  });

  it('reports every problem in details, the first in the message', () => {
    const { s, caseId } = setup();
    const error = failed(
      s.invoke('payments.add', { caseId, date: '2024-02-30', amount: '1.234', kind: '现金' }),
    );
    expect(
      (error.details as { issues: { key: string; path: string[] }[] }).issues.map((i) => [
        i.path.join('.'),
        i.key,
      ]),
    ).toEqual([
      ['date', 'dateInvalid'],
      ['amount', 'amountDecimals'],
      ['kind', 'enumInvalid'],
    ]);
  });

  it('labels nested schedule fields', () => {
    const { s, caseId } = setup();
    ok(
      s.invoke('obligations.add', {
        caseId,
        code: 'P',
        kind: 'principal',
        amount: '1.00',
        due: '2020-01-01',
      }),
    );
    const error = failed(
      s.invoke('obligations.add', {
        caseId,
        kind: 'interestRunning',
        base: 'P',
        from: '2020-01-01',
        schedule: { type: 'fixed', annual: '6%' },
      }),
    );
    expect(error.message_zh).toBe('年利率：利率格式不正确，应为如 0.06 的小数');
  });

  it('answers an unknown method and a non-object input with an envelope, never an exception', () => {
    const s = start();
    expect(failed(s.invoke('cases.drop', {}))).toMatchObject({
      code: 'UNKNOWN_METHOD',
      message_zh: '未知的操作：cases.drop',
    });
    expect(failed(s.invoke('__proto__', {})).code).toBe('UNKNOWN_METHOD');
    expect(failed(s.invoke('cases.get', null))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message_zh: '输入无效',
    });
    expect(failed(s.invoke('cases.get', { id: 1.5 })).message_zh).toBe('编号：编号无效');
    expect(ok(s.invoke('app.info', undefined))).toMatchObject({ rules: 'hd-2026.2', host: 'web' });
  });
});

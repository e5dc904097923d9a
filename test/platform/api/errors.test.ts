import { describe, expect, it } from 'vitest';
import {
  AppError,
  ERROR_CODES,
  invalid,
  issueFor,
  notFound,
  validationFailed,
} from '../../../core/platform/api/errors';

describe('error values', () => {
  it('name the field and the rule in both languages', () => {
    expect(issueFor(['amount'], 'amountDecimals')).toEqual({
      path: ['amount'],
      key: 'amountDecimals',
      zh: '金额：金额最多保留两位小数（到分）',
      en: 'amount: amount may have at most two decimals (fen)',
    });
    expect(issueFor(['schedule', 'annual'], 'rateFormat').zh).toBe(
      '年利率：利率格式不正确，应为如 0.06 的小数',
    );
    expect(issueFor(['mystery'], 'unknownField').zh).toBe('mystery：含有不认识的字段');
    expect(issueFor([], 'invalid').zh).toBe('输入无效');
  });

  it('fall back to the generic message for a message that is not a catalogue key', () => {
    expect(issueFor(['inDelayBase'], 'Invalid input: expected boolean').zh).toBe(
      '计入迟延履行利息基数：输入无效',
    );
  });

  it('build the envelope error from the first issue and keep them all', () => {
    const error = validationFailed([issueFor(['date'], 'dateInvalid'), issueFor(['amount'], 'amountFormat')]);
    expect(error.toInfo()).toEqual({
      code: 'VALIDATION_FAILED',
      message_zh: '日期：日期不存在（请核对年月日）',
      message_en: 'date: no such calendar date',
      details: { issues: [issueFor(['date'], 'dateInvalid'), issueFor(['amount'], 'amountFormat')] },
    });
    expect(invalid('until', 'dateOrder').message_zh).toBe('截止日：不得早于开始日期');
  });

  it('say which record is missing', () => {
    const error = notFound('case', 42);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message_zh).toBe('未找到该案件（编号 42）');
    expect(error.message_en).toBe('case 42 not found');
  });

  it('cover the codes the hosts rely on', () => {
    for (const code of [
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'DUPLICATE',
      'CONFLICT',
      'UNKNOWN_METHOD',
      'DB_TOO_NEW',
      'DB_CORRUPT',
      'INTERNAL',
    ]) {
      expect(ERROR_CODES).toContain(code);
    }
  });
});

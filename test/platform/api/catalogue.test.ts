import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageKey } from '../../../core/platform/api/catalogue';
import { AppError } from '../../../core/platform/api/errors';
import { format, placeholders } from '../../../core/lib/text';

describe('the catalogue of core', () => {
  it('names the same variables in both languages of every entry, and none is empty', () => {
    for (const [key, text] of Object.entries(MESSAGES)) {
      expect(placeholders(text.zh), key).toEqual(placeholders(text.en));
      expect(text.zh.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
    }
  });

  it('keys every entry by its feature', () => {
    for (const key of Object.keys(MESSAGES)) expect(key).toMatch(/^[a-z][a-zA-Z-]*\.[a-zA-Z0-9]+$/);
  });

  it('renders an error from its key and variables', () => {
    const e = new AppError('NOT_FOUND', 'rates.lprRowNotFound' satisfies MessageKey, { id: 7 });
    expect(e.key).toBe('rates.lprRowNotFound');
    expect(e.toInfo()).toEqual({
      code: 'NOT_FOUND',
      message_zh: '未找到该用户录入的 LPR 报价（编号 7）',
      message_en: 'user LPR row 7 not found',
    });
  });

  it('leaves an unknown placeholder visible rather than printing "undefined"', () => {
    expect(format('编号 {id}，{missing}', { id: 3 })).toBe('编号 3，{missing}');
  });
});

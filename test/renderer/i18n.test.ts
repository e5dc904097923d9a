import { describe, expect, it } from 'vitest';
import { FRAGMENTS, MESSAGES, en, zhCN } from '../../renderer/app/i18n/catalogue';
import { format } from '../../renderer/app/i18n';

describe('i18n catalogues', () => {
  it('zh-CN and en have identical key sets', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });
  it('defines each key in one fragment only', () => {
    const seen = new Map<string, string>();
    for (const [fragment, messages] of Object.entries(FRAGMENTS)) {
      for (const key of Object.keys(messages)) {
        expect(seen.get(key), `${key} in ${fragment}`).toBeUndefined();
        seen.set(key, fragment);
      }
    }
    expect(seen.size).toBe(Object.keys(MESSAGES).length);
  });
  it('use the same placeholders in each message', () => {
    const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(vars(en[key]), key).toEqual(vars(zhCN[key]));
    }
  });
  it('has Chinese text in the default catalogue', () => {
    expect(zhCN['cases.openSample']).toBe('打开示例案件');
    expect(en['cases.openSample']).toBe('Open sample case');
  });
  it('formats placeholders', () => {
    expect(format('共 {n} 件', { n: 3 })).toBe('共 3 件');
    expect(format('{a}{b}', { a: 'x' })).toBe('x{b}');
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/app/i18n/en';
import { zhCN } from '../../renderer/app/i18n/zh-CN';
import { format } from '../../renderer/app/i18n';

describe('i18n catalogues', () => {
  it('zh-CN and en have identical key sets', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });
  it('use the same placeholders in each message', () => {
    const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(vars(en[key]), key).toEqual(vars(zhCN[key]));
    }
  });
  it('has Chinese text in the default catalogue', () => {
    expect(zhCN['cases.openSample']).toBe('打开示例案件');
  });
  it('formats placeholders', () => {
    expect(format('共 {n} 件', { n: 3 })).toBe('共 3 件');
    expect(format('{a}{b}', { a: 'x' })).toBe('x{b}');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../core/features/ledger/ledger-file';
import { isCalendarDate, isIsoDate } from '../../core/lib/money/dates';
import { readJson } from '../../cli/ledger-input';
import { tempDir } from '../support/temp';

/** Issue 15's small items of the ledger file: NUL in labels, 9999-12-31, a UTF-16 file. */

const base = () => ({
  format: 'hearing-desk/ledger@1',
  asOf: '2026-01-21',
  obligations: [{ id: 'P', kind: 'principal', label: '工程款', amount: '830000.00', due: '2006-03-15' }],
  payments: [{ id: 'p1', date: '2007-05-10', amount: '50000.00', kind: '自动履行' }],
});

describe('ledger file edges', () => {
  it('refuses a NUL inside a label, naming where it is', () => {
    const l = base();
    l.obligations[0]!.label = '工程\u0000款';
    const r = parseLedger(l);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems).toEqual([
      {
        path: 'obligations[0].label',
        zh: 'obligations[0].label 含有空字符（NUL），请删除后再导入',
        en: 'obligations[0].label contains a NUL character; remove it',
      },
    ]);
    expect(parseLedger(base()).ok).toBe(true);
  });

  it('9999-12-31 is a real date: named as outside the years computed, not as unreal; 2023-02-29 is unreal', () => {
    expect(isCalendarDate('9999-12-31')).toBe(true);
    expect(isIsoDate('9999-12-31')).toBe(false);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    const far = { ...base(), payments: [{ id: 'p1', date: '9999-12-31', amount: '1.00' }] };
    const r = parseLedger(far);
    expect(r.ok ? [] : r.problems.map((p) => p.zh)).toEqual([
      'payments[0].date：日期超出本程序计算的年份范围（1900—2199 年）',
    ]);
    const unreal = { ...base(), payments: [{ id: 'p1', date: '2023-02-29', amount: '1.00' }] };
    const u = parseLedger(unreal);
    expect(u.ok ? [] : u.problems.map((p) => p.zh)).toEqual([
      'payments[0].date：日期无效，应为真实存在的 YYYY-MM-DD 日期',
    ]);
  });

  it('a UTF-16 ledger (with or without BOM) is named UTF-16, not "maybe GBK"', () => {
    const dir = tempDir();
    const text = JSON.stringify(base());
    const withBom = path.join(dir, 'bom.json');
    fs.writeFileSync(withBom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const noBom = path.join(dir, 'nobom.json');
    fs.writeFileSync(noBom, Buffer.from(text, 'utf16le'));
    for (const f of [withBom, noBom]) {
      const r = readJson(f);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.zh).toContain('是 UTF-16 编码');
        expect(r.zh).not.toContain('GBK');
      }
    }
    const gbk = path.join(dir, 'gbk.json');
    fs.writeFileSync(gbk, Buffer.from([0x7b, 0x22, 0xb9, 0xa4, 0x22, 0x7d]));
    const g = readJson(gbk);
    expect(g.ok ? '' : g.zh).toContain('可能是 GBK');
  });
});

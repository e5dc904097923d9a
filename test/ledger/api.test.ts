import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { counts, failed, ok, start } from '../support/harness';

const fixture = (name: string) =>
  readFileSync(path.resolve(__dirname, '../support/fixtures/examples', name), 'utf8');
const expected = (name: string) => JSON.parse(fixture(name)) as { allocations: unknown; balances: unknown };

function newCase(s: ReturnType<typeof start>, caseNumber = '(2014)E5执5号') {
  return ok(call(s, 'cases.create', { caseNumber }));
}

describe('ledger API: the case computed by the engine, through SQLite', () => {
  it('imports E5, stores it in fen, and computes it to the fen', () => {
    const s = start();
    const c = newCase(s);
    const detail = ok(call(s, 'ledger.import', { caseId: c.id, text: fixture('e5.json') }));
    expect(detail.asOf).toBe('2016-03-31');
    expect(detail.payments.map((p) => [p.code, p.amount])).toEqual([
      ['p1', '50000.00'],
      ['p2', '60000.00'],
    ]);
    const result = ok(call(s, 'ledger.compute', { caseId: c.id }));
    const e5 = expected('e5.expected.json');
    expect(result.balances).toEqual(e5.balances);
    expect(
      result.allocations.map(({ payment, date, regime, parts, overpaid }) => ({
        payment,
        date,
        regime,
        parts,
        overpaid,
      })),
    ).toEqual(e5.allocations);
    expect(result.rateTable).toContain('pboc-1991-04-21');
    expect(result.trace.length).toBeGreaterThan(5);
  });

  it('exports a ledger file that imports into another case with the same result', () => {
    const s = start();
    const a = newCase(s);
    ok(call(s, 'ledger.import', { caseId: a.id, text: fixture('e3.json') }));
    const file = ok(call(s, 'ledger.export', { caseId: a.id }));
    expect(file.fileName).toBe('(2014)E5执5号.ledger.json');
    const b = newCase(s, '(2026)复制1号');
    ok(call(s, 'ledger.import', { caseId: b.id, text: file.text }));
    const ra = ok(call(s, 'ledger.compute', { caseId: a.id, trace: false }));
    const rb = ok(call(s, 'ledger.compute', { caseId: b.id, trace: false }));
    expect(rb.balances).toEqual(ra.balances);
    expect(rb.balances.total).toBe('62166.67');
  });

  it('a rejected import keeps the ledger that was there, with a Chinese message', () => {
    const s = start();
    const c = newCase(s);
    ok(call(s, 'ledger.import', { caseId: c.id, text: fixture('e2.json') }));
    const before = counts(s);
    const bad = JSON.parse(fixture('e2.json'));
    bad.payments[0].amount = '30000.001';
    const error = failed(call(s, 'ledger.import', { caseId: c.id, text: JSON.stringify(bad) }));
    expect(error.code).toBe('LEDGER_INVALID');
    expect(error.message_zh).toContain('最多两位小数');
    expect(failed(call(s, 'ledger.import', { caseId: c.id, text: '{"format":' })).message_zh).toContain(
      '不是有效的 JSON',
    );
    expect(counts(s)).toEqual(before);
    expect(ok(call(s, 'ledger.compute', { caseId: c.id })).balances.total).toBe('73955.00');
  });

  it('settings change the result and are saved; trying a setting does not save it', () => {
    const s = start();
    const c = newCase(s);
    ok(call(s, 'ledger.import', { caseId: c.id, text: fixture('e3.json') }));
    const tried = ok(call(s, 'ledger.compute', { caseId: c.id, settings: { dayBasis: 365 } }));
    expect(tried.allocations[0]!.parts[0]!.amount).toBe('44642.86');
    expect(ok(call(s, 'ledger.compute', { caseId: c.id })).allocations[0]!.parts[0]!.amount).toBe('44576.52');
    ok(call(s, 'ledger.updateSettings', { caseId: c.id, settings: { dayBasis: 365 } }));
    const saved = ok(call(s, 'ledger.compute', { caseId: c.id }));
    expect(saved.settings.dayBasis).toBe(365);
    expect(saved.allocations[0]!.parts[0]!.amount).toBe('44642.86');
    expect(
      failed(call(s, 'ledger.updateSettings', { caseId: c.id, settings: { dayBasis: 300 } as never })).code,
    ).toBe('VALIDATION_FAILED');
  });

  it('a case without an as-of date asks for one; --as-of style override works', () => {
    const s = start();
    const c = newCase(s);
    ok(
      call(s, 'obligations.add', {
        caseId: c.id,
        code: 'P',
        kind: 'principal',
        amount: '100000.00',
        due: '2015-01-10',
      }),
    );
    expect(failed(call(s, 'ledger.compute', { caseId: c.id })).message_zh).toContain('计算截止日');
    expect(ok(call(s, 'ledger.compute', { caseId: c.id, asOf: '2015-04-20' })).balances.doubled).toBe(
      '1750.00',
    );
  });

  it('scenarios show what a disputed date is worth', () => {
    const s = start();
    const c = newCase(s);
    ok(call(s, 'ledger.import', { caseId: c.id, text: fixture('e2.json') }));
    const view = ok(
      call(s, 'ledger.scenarios', {
        caseId: c.id,
        variants: [{ name: '申请人主张', payments: [{ id: 'p1', date: '2020-05-19' }] }],
      }),
    );
    expect(view.variants[0]!.balanceDelta.total).toBe('157.50');
    expect(
      failed(
        call(s, 'ledger.scenarios', { caseId: c.id, variants: [{ name: 'x', payments: [{ id: 'p9' }] }] }),
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('an LPR fixing entered by the user is stored with its source and named in later computations', () => {
    const s = start();
    const rates = ok(call(s, 'rates.list', {}));
    expect(rates.lpr.at(-1)).toMatchObject({ from: '2025-05-20', oneYear: '3.00', over5y: '3.50' });
    expect(
      failed(call(s, 'rates.addLpr', { from: '2025-05-20', oneYear: '2.90', over5y: '3.40', source: 'x' }))
        .code,
    ).toBe('VALIDATION_FAILED');
    const after = ok(
      call(s, 'rates.addLpr', {
        from: '2025-10-20',
        oneYear: '2.80',
        over5y: '3.30',
        source: '中国人民银行授权全国银行间同业拆借中心公告',
      }),
    );
    expect(after.additions).toHaveLength(1);
    expect(after.additions[0]).toMatchObject({
      from: '2025-10-20',
      source: '中国人民银行授权全国银行间同业拆借中心公告',
      enteredBy: '测试员',
    });
    const c = newCase(s);
    ok(
      call(s, 'obligations.add', {
        caseId: c.id,
        code: 'P',
        kind: 'principal',
        amount: '100000.00',
        due: '2025-01-01',
      }),
    );
    ok(
      call(s, 'obligations.add', {
        caseId: c.id,
        code: 'I',
        kind: 'interestRunning',
        base: 'P',
        schedule: { type: 'lpr1y' },
        from: '2025-10-19',
      }),
    );
    const r = ok(call(s, 'ledger.compute', { caseId: c.id, asOf: '2025-11-18' }));
    expect(r.rateTable).toContain('user-lpr..2025-10-20');
    // 100000 × 2.80 % × 30 ÷ 360 = 233.33
    expect(r.balances.generalInterest).toBe('233.33');
  });

  it('the sample case computes, with all three regimes in its allocations', () => {
    const s = start();
    const sample = ok(call(s, 'cases.createSample', {}));
    const r = ok(call(s, 'ledger.compute', { caseId: sample.id }));
    expect(new Set(r.allocations.map((a) => a.regime))).toEqual(new Set(['A', 'B', 'C']));
    expect(Number(r.balances.total)).toBeGreaterThan(0);
  });

  it('an LPR entry is stored as printed, must be a plausible percentage, and only the newest can be removed', () => {
    const s = start();
    expect(
      failed(call(s, 'rates.addLpr', { from: '2025-10-20', oneYear: '0', over5y: '3.30', source: 'x' }))
        .message_zh,
    ).toContain('一年期 LPR：年利率应大于 0');
    expect(
      failed(call(s, 'rates.addLpr', { from: '2025-10-20', oneYear: '2.8', over5y: '33.0', source: 'x' }))
        .message_zh,
    ).toContain('五年期以上 LPR');
    const first = ok(
      call(s, 'rates.addLpr', { from: '2025-10-20', oneYear: '2.8', over5y: '3.3', source: '公告一' }),
    );
    expect(first.additions[0]).toMatchObject({ oneYear: '2.80', over5y: '3.30' });
    const second = ok(
      call(s, 'rates.addLpr', {
        from: '2052-10-20',
        oneYear: '2.70',
        over5y: '3.20',
        source: '公告二（日期录错）',
      }),
    );
    const [a, b] = second.additions;
    expect(failed(call(s, 'rates.removeLpr', { id: a!.id, reason: '录错' })).code).toBe('CONFLICT');
    expect(failed(call(s, 'rates.removeLpr', { id: b!.id, reason: '' })).code).toBe('VALIDATION_FAILED');
    const after = ok(call(s, 'rates.removeLpr', { id: b!.id, reason: '日期录错，应为 2025-11-20' }));
    expect(after.lpr.at(-1)!.from).toBe('2025-10-20');
    expect(after.version).toContain('user-lpr..2025-10-20(1)');
  });

  it('the same excluded interval twice is refused; an overlapping one is kept (the engine merges them)', () => {
    const s = start();
    const c = newCase(s);
    ok(call(s, 'excluded.add', { caseId: c.id, from: '2020-05-01', to: '2020-05-31', reason: '中止执行' }));
    expect(failed(call(s, 'excluded.add', { caseId: c.id, from: '2020-05-01', to: '2020-05-31' })).code).toBe(
      'DUPLICATE',
    );
    ok(call(s, 'excluded.add', { caseId: c.id, from: '2020-05-15', to: '2020-06-15', reason: '再审中止' }));
    expect(
      failed(call(s, 'excluded.add', { caseId: c.id, from: '2020-06-15', to: '2020-06-01' })).message_zh,
    ).toBe('截止日：不得早于开始日期');
  });
});

import { describe, expect, it } from 'vitest';
import { cliJson } from '../../../cli/output';
import { example, run } from '../../support/interest-helpers';

describe('worked examples E1–E5 of INTEREST.md §7, to the fen', () => {
  for (const name of ['e1', 'e2', 'e3', 'e3b', 'e4', 'e5']) {
    it(name, () => {
      const { ledger, expected } = example(name);
      const out = cliJson(run(ledger));
      expect(out.allocations).toEqual(expected.allocations);
      expect(out.balances).toEqual(expected.balances);
      expect(out.settings).toEqual(expected.settings);
      expect(out.asOf).toBe(expected.asOf);
      expect(out.rules).toBe('hd-2026.2');
    });
  }

  it('E5 trace shows every figure with its formula', () => {
    const { trace } = run(example('e5').ledger);
    const formulas = trace.map((s) => s.formula);
    expect(formulas).toContain(
      'xM = Round(50000.00 × 200000.00 ÷ (200000.00 + 5600.00)) = 48638.13; xI = 1361.87',
    );
    expect(formulas).toContain(
      '48638.13 × 2 × (5.60%×90) ÷ 360 = 1361.87 [band upto6m, (2013-12-31, 2014-03-31]] − credit share 0.00 = 1361.87',
    );
    expect(formulas.some((f) => f.startsWith('151361.87 × 2 × (6.00%×212) ÷ 360 = 10696.24'))).toBe(true);
    expect(formulas).toContain('151361.87 × 0.000175 × 243 = 6436.66');
    expect(formulas).toContain('91361.87 × 0.000175 × 366 = 5851.73');
    expect(trace.at(-1)!.zh).toContain('合计 114346.50');
    expect(trace.find((s) => s.zh.startsWith('付款 p1'))!.zh).toBe(
      '付款 p1（2014-03-31，自动履行）50000.00 按 B 规则（并还（按比例））分配：P 本金 48638.13；P 旧规则迟延利息 1361.87；超付 0.00',
    );
    expect(trace.every((s, i) => s.step === i + 1 && s.zh.length > 0 && s.en.length > 0)).toBe(true);
  });

  it('E2 as of an earlier date ignores later payments and accrues to that date', () => {
    const r = run(example('e2').ledger, { asOf: '2020-04-18' });
    expect(r.allocations).toHaveLength(0);
    // 99 days of (2020-01-10, 2020-04-18]
    expect(r.balances).toMatchObject({ principal: '100000.00', doubled: '1732.50', total: '101732.50' });
  });

  it('computing without the trace gives identical money', () => {
    const { ledger } = example('e5');
    const a = run(ledger);
    const b = run(ledger, { trace: false });
    expect(b.trace).toEqual([]);
    expect(b.allocations.map((x) => x.parts)).toEqual(a.allocations.map((x) => x.parts));
    expect(b.balances).toEqual(a.balances);
  });

  it('E2 timeline: balances at the start, around the payment and as of asOf, for the chart', () => {
    const r = run(example('e2').ledger, { timeline: true, trace: false });
    expect(r.timeline.map((p) => [p.date, p.when, p.payment, p.balances.total])).toEqual([
      ['2020-01-10', 'start', null, '100000.00'],
      ['2020-04-19', 'before', 'p1', '101750.00'],
      ['2020-04-19', 'after', 'p1', '71750.00'],
      ['2020-10-16', 'asOf', null, '73955.00'],
    ]);
    expect(run(example('e2').ledger).timeline).toEqual([]);
  });
});

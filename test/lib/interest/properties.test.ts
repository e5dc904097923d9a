import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../core/lib/money/decimal';
import { addDays } from '../../../core/lib/money/dates';
import type { Ledger, LedgerObligation, LedgerPayment } from '../../../core/lib/interest';
import { run } from '../../support/interest-helpers';

/** Properties of INTEREST.md §8, each within the scope stated there. */

const fen = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => new Decimal(n).dividedBy(100).toFixed(2));
const dayIn = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));

/** Any regime: obligations of every kind, payments from 2005 to 2025, all settings. */
const anyLedger = fc
  .record({
    principals: fc.array(fc.record({ amount: fen(0, 50_000_000), due: dayIn('2004-01-01', 7300) }), {
      minLength: 1,
      maxLength: 3,
    }),
    fee: fc.option(fc.record({ amount: fen(0, 2_000_000), due: dayIn('2004-01-01', 7300) }), {
      nil: undefined,
    }),
    fixed: fc.option(
      fc.record({ amount: fen(0, 1_000_000), due: dayIn('2004-01-01', 7300), inDelayBase: fc.boolean() }),
      { nil: undefined },
    ),
    running: fc.option(fc.constantFrom('fixed', 'benchmark', 'benchmarkThenLpr'), { nil: undefined }),
    payments: fc.array(fc.record({ amount: fen(1, 20_000_000), date: dayIn('2005-01-01', 7300) }), {
      maxLength: 12,
    }),
    excluded: fc.array(
      fc.record({ from: dayIn('2005-01-01', 7000), len: fc.integer({ min: 0, max: 200 }) }),
      { maxLength: 2 },
    ),
    settings: fc.record({
      dayBasis: fc.constantFrom(360 as const, 365 as const),
      rateChange: fc.constantFrom('segment' as const, 'rateAtStart' as const),
      dayCount: fc.constantFrom('endMinusDue' as const, 'inclusive' as const),
      oldBandTo: fc.constantFrom('boundary' as const, 'end' as const),
      regimeAOrder: fc.constantFrom(
        'interestFirst' as const,
        'proportional' as const,
        'principalFirst' as const,
      ),
      regimeCOrder: fc.shuffledSubarray(
        ['fee', 'generalInterest', 'principal', 'oldDelay', 'doubled'] as const,
        { minLength: 5, maxLength: 5 },
      ),
    }),
    asOf: dayIn('2005-01-01', 7500),
  })
  .map((g): Ledger => {
    const obligations: LedgerObligation[] = g.principals.map((p, i) => ({
      id: `P${i + 1}`,
      kind: 'principal',
      amount: p.amount,
      due: p.due,
    }));
    if (g.fee) obligations.push({ id: 'F', kind: 'fee', amount: g.fee.amount, due: g.fee.due });
    if (g.fixed)
      obligations.push({
        id: 'W',
        kind: 'interestFixed',
        amount: g.fixed.amount,
        due: g.fixed.due,
        inDelayBase: g.fixed.inDelayBase,
      });
    if (g.running) {
      const schedule =
        g.running === 'fixed'
          ? { type: 'fixed' as const, annual: '0.06' }
          : g.running === 'benchmark'
            ? { type: 'benchmark' as const, band: '1y3y' as const }
            : { type: 'benchmarkThenLpr' as const };
      obligations.push({
        id: 'I',
        kind: 'interestRunning',
        base: 'P1',
        schedule,
        from: '2003-06-30',
        until: null,
      });
    }
    const payments: LedgerPayment[] = g.payments.map((p, i) => ({
      id: `p${i + 1}`,
      date: p.date,
      amount: p.amount,
    }));
    const excluded = g.excluded.map((e) => ({ from: e.from, to: addDays(e.from, e.len) }));
    return {
      format: 'hearing-desk/ledger@1',
      asOf: g.asOf,
      obligations,
      payments,
      excluded,
      settings: { ...g.settings, regimeCOrder: [...g.settings.regimeCOrder] },
    };
  });

/** Entirely regime C: due dates and payments from 2014-08-01. */
const cLedger = (allDueBeforeFirstPayment: boolean) =>
  fc
    .record({
      principals: fc.array(
        fc.record({
          amount: fen(1, 50_000_000),
          due: dayIn('2014-08-01', allDueBeforeFirstPayment ? 1500 : 3000),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      fee: fc.option(fen(1, 1_000_000), { nil: undefined }),
      payments: fc.array(
        fc.record({ amount: fen(1, 20_000_000), offset: fc.integer({ min: 0, max: 2500 }) }),
        { minLength: 1, maxLength: 10 },
      ),
      asOfOffset: fc.integer({ min: 0, max: 800 }),
      regimeCOrder: fc.shuffledSubarray(
        ['fee', 'generalInterest', 'principal', 'oldDelay', 'doubled'] as const,
        { minLength: 5, maxLength: 5 },
      ),
      running: fc.boolean(),
    })
    .map((g): Ledger => {
      const obligations: LedgerObligation[] = g.principals.map((p, i) => ({
        id: `P${i + 1}`,
        kind: 'principal',
        amount: p.amount,
        due: p.due,
      }));
      if (g.fee) obligations.push({ id: 'F', kind: 'fee', amount: g.fee, due: '2014-08-01' });
      if (g.running)
        obligations.push({
          id: 'I',
          kind: 'interestRunning',
          base: 'P1',
          schedule: { type: 'fixed', annual: '0.0435' },
          from: '2014-08-01',
          until: null,
        });
      const start = allDueBeforeFirstPayment ? '2018-09-10' : '2014-08-01';
      const payments = g.payments.map((p, i) => ({
        id: `p${i + 1}`,
        date: addDays(start, p.offset),
        amount: p.amount,
      }));
      const last = payments.reduce((m, p) => (p.date > m ? p.date : m), start);
      return {
        format: 'hearing-desk/ledger@1',
        asOf: addDays(last, g.asOfOffset),
        obligations,
        payments,
        settings: { regimeCOrder: [...g.regimeCOrder] },
      };
    });

/** Interest that arose, at full precision. */
const accruedInterest = (r: ReturnType<typeof run>) =>
  new Decimal(r.accrued.generalInterest).plus(r.accrued.doubled);
/** Interest as the statement reports it: interest parts paid plus interest still owed. */
const reportedInterest = (r: ReturnType<typeof run>) =>
  r.allocations
    .flatMap((a) => a.parts)
    .filter((p) => p.bucket !== 'principal' && p.bucket !== 'fee')
    .reduce(
      (s, p) => s.plus(p.amount),
      new Decimal(r.balances.generalInterest!).plus(r.balances.oldDelay!).plus(r.balances.doubled!),
    );

describe('properties that hold always', () => {
  it('each allocation’s parts plus overpaid equal its payment; no part is zero or negative', () => {
    fc.assert(
      fc.property(anyLedger, (l) => {
        for (const a of run(l, { trace: false }).allocations) {
          const parts = a.parts.reduce((s, p) => s.plus(p.amount), new Decimal(0));
          expect(parts.plus(a.overpaid).toFixed(2)).toBe(a.amount);
          for (const p of a.parts) expect(new Decimal(p.amount).greaterThan(0)).toBe(true);
          expect(new Decimal(a.overpaid).greaterThanOrEqualTo(0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no balance line is negative, and the total is the sum of the buckets', () => {
    fc.assert(
      fc.property(anyLedger, (l) => {
        const r = run(l, { trace: false });
        for (const line of r.lines) expect(new Decimal(line.amount).greaterThanOrEqualTo(0)).toBe(true);
        const { total, ...buckets } = r.balances;
        expect(
          Object.values(buckets)
            .reduce((s, v) => s.plus(v), new Decimal(0))
            .toFixed(2),
        ).toBe(total);
      }),
      { numRuns: 300 },
    );
  });

  it('listing order of payments on different days does not matter', () => {
    fc.assert(
      fc.property(anyLedger, fc.integer(), (l, seed) => {
        const distinct = l.payments.filter((p, i, all) => all.findIndex((q) => q.date === p.date) === i);
        const base = { ...l, payments: distinct };
        const shuffled = {
          ...l,
          payments: [...distinct].sort(
            (a, b) =>
              ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5) || (a.id < b.id ? 1 : -1),
          ),
        };
        const x = run(base, { trace: false });
        const y = run(shuffled, { trace: false });
        expect(y.balances).toEqual(x.balances);
        const byId = (r: typeof x) => Object.fromEntries(r.allocations.map((a) => [a.payment, a.parts]));
        expect(byId(y)).toEqual(byId(x));
      }),
      { numRuns: 200 },
    );
  });
});

describe('properties within regime C', () => {
  it('paying the reported total on asOf leaves every bucket 0', () => {
    fc.assert(
      fc.property(cLedger(false), (l) => {
        const before = run(l, { trace: false });
        fc.pre(before.balances.total !== '0.00');
        const settled = run(
          { ...l, payments: [...l.payments, { id: 'settle', date: l.asOf!, amount: before.balances.total }] },
          { trace: false },
        );
        expect(settled.balances.total).toBe('0.00');
        for (const line of settled.lines) expect(line.amount).toBe('0.00');
        expect(settled.allocations.at(-1)!.overpaid).toBe('0.00');
      }),
      { numRuns: 300 },
    );
  });

  it('with every obligation due before the first payment, paying later never lowers total interest', () => {
    fc.assert(
      fc.property(cLedger(true), fc.nat(), fc.integer({ min: 1, max: 400 }), (l, pick, delay) => {
        const i = pick % l.payments.length;
        const moved = l.payments.map((p, j) => (j === i ? { ...p, date: addDays(p.date, delay) } : p));
        const asOf = [...moved.map((p) => p.date), l.asOf!].sort().at(-1)!;
        const early = run({ ...l, asOf }, { trace: false });
        const late = run({ ...l, payments: moved, asOf }, { trace: false });
        // Rule 3 clears a bucket at Round(u): that half fen can move 0.01 of a later payment from interest to
        // principal. So the property holds up to one fen per payment, never more (see docs/engine.md).
        const slack = new Decimal('0.01').times(l.payments.length);
        expect(accruedInterest(late).plus(slack).greaterThanOrEqualTo(accruedInterest(early))).toBe(true);
        expect(reportedInterest(late).plus(slack).greaterThanOrEqualTo(reportedInterest(early))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/lib/money/decimal';
import { disputeImpact, type Delta, type DisputeImpact } from '../../core/features/recon/disputes';
import type { Ledger } from '../../core/lib/interest/types';
import { example, tables } from '../support/interest-helpers';

const MEASURES = ['principal', 'fee', 'generalInterest', 'oldDelay', 'doubled', 'total', 'overpaid'] as const;

/** parts + interaction = total, to the fen, for every side and every measure. */
function expectExactSplit(r: DisputeImpact): void {
  const totals: Record<'creditor' | 'debtor' | 'gap', Delta> = {
    creditor: r.creditor.delta,
    debtor: r.debtor.delta,
    gap: r.gap,
  };
  for (const side of ['creditor', 'debtor', 'gap'] as const)
    for (const m of MEASURES) {
      const sum = r.parts.reduce((s, p) => s.plus(p[side][m]), new Decimal(r.interaction[side][m]));
      expect(sum.toFixed(2), `${side} ${m}`).toBe(totals[side][m]);
    }
}

const twoPayments = (): Ledger => {
  const { ledger } = example('e2');
  return {
    ...ledger,
    payments: [...ledger.payments, { id: 'p2', date: '2020-07-01', amount: '20000.00', kind: '自动履行' }],
  };
};

describe('dispute impact', () => {
  it('E2: the creditor dates p1 a month later (157.50 more doubled interest), the debtor says 35000', () => {
    const r = disputeImpact(example('e2').ledger, tables, [
      {
        id: 'd1',
        label: '第一笔到账日与金额',
        payment: 'p1',
        creditor: { date: '2020-05-19' },
        debtor: { amount: '35000.00' },
      },
    ]);
    expect(r.base.balances.total).toBe('73955.00');
    expect(r.creditor.delta).toMatchObject({ doubled: '157.50', total: '157.50' });
    expect(r.creditor.balances.total).toBe('74112.50');
    expect(r.debtor.delta).toMatchObject({ principal: '-5000.00', doubled: '-157.50', total: '-5157.50' });
    expect(r.gap).toMatchObject({ principal: '5000.00', doubled: '315.00', total: '5315.00' });
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0]).toMatchObject({ id: 'd1', label: '第一笔到账日与金额', gap: { total: '5315.00' } });
    expect(r.interaction.gap.total).toBe('0.00');
    expectExactSplit(r);
  });

  it('several disputes: each alone against the base; the totals add up', () => {
    const ledger = twoPayments();
    ledger.obligations.push({ id: 'F', kind: 'fee', amount: '2000.00', due: '2020-01-10' });
    const r = disputeImpact(ledger, tables, [
      { id: 'd1', payment: 'p1', creditor: { date: '2020-05-19' }, debtor: { amount: '35000.00' } },
      { id: 'd2', payment: 'p2', creditor: { denied: true }, debtor: {} },
      {
        id: 'd3',
        creditor: {},
        debtor: { agreedOrders: [{ from: '2020-01-01', to: null, order: 'principalFirst' }] },
      },
    ]);
    expect(r.base.balances.total).toBe('55678.50');
    expect(r.parts.map((p) => [p.id, p.creditor.total, p.debtor.total, p.gap.total])).toEqual([
      ['d1', '157.50', '-5157.50', '5315.00'],
      ['d2', '20374.50', '0.00', '20374.50'],
      ['d3', '0.00', '0.00', '0.00'],
    ]);
    expect(r.gap.total).toBe('25689.50');
    // An agreed order moves money between buckets without changing the total still owed.
    expect(r.parts[2]!.debtor).toMatchObject({ principal: '-2000.00', fee: '2000.00', total: '0.00' });
    expectExactSplit(r);
  });

  it('compounding disputes leave an interaction term, and the split is still exact', () => {
    // Each of the debtor's larger amounts alone leaves a balance; together they overpay the debt,
    // so the balance stops at zero and the excess appears as overpayment: not the sum of the parts.
    const r = disputeImpact(twoPayments(), tables, [
      { id: 'd1', payment: 'p1', creditor: {}, debtor: { amount: '60000.00' } },
      { id: 'd2', payment: 'p2', creditor: {}, debtor: { amount: '50000.00' } },
    ]);
    expect(r.debtor.balances.total).toBe('0.00');
    expect(new Decimal(r.debtor.overpaid).greaterThan(0)).toBe(true);
    expect(r.interaction.debtor.total).not.toBe('0.00');
    expectExactSplit(r);
  });

  it('refuses overlapping or malformed disputes', () => {
    const ledger = twoPayments();
    expect(() =>
      disputeImpact(ledger, tables, [{ id: 'x', payment: 'p9', creditor: {}, debtor: {} }]),
    ).toThrow(/p9/);
    expect(() =>
      disputeImpact(ledger, tables, [
        { id: 'a', payment: 'p1', creditor: { denied: true }, debtor: {} },
        { id: 'b', payment: 'p1', creditor: {}, debtor: { date: '2020-04-01' } },
      ]),
    ).toThrow(/two disputes/);
    expect(() =>
      disputeImpact(ledger, tables, [{ id: 'a', creditor: { date: '2020-04-01' }, debtor: {} }]),
    ).toThrow(/needs a payment/);
  });
});

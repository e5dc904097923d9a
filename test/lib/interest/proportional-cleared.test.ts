import { describe, expect, it } from 'vitest';
import { ledger, pay, principal, run } from '../../support/interest-helpers';

/**
 * Issue 16 item 4 (INTEREST.md §4 B): an agreed proportional order after 2014-07-31 when the money debt
 * and old delay interest are both 0. Hand-derived:
 *   2015-04-20 pays 100,000.00 under regime C, principal first: principal 100,000.00; the doubled
 *     interest of (2015-01-10, 2015-04-20] = 100 days × 100,000.00 × 0.000175 = 1,750.00 stays owed.
 *   2015-05-01 pays 1,000.00 under the agreed proportional order: M = 0, I = 0, so all of it goes down the
 *     leftover chain fee → general interest → principal → old delay → doubled: doubled 1,000.00.
 *   asOf 2016-01-01: principal 0 accrues nothing; doubled 1,750.00 − 1,000.00 = 750.00; total 750.00.
 */
describe('agreed proportional order with M + I = 0', () => {
  const l = ledger(
    [principal('P', '100000.00', '2015-01-10')],
    [pay('p1', '2015-04-20', '100000.00'), pay('p2', '2015-05-01', '1000.00')],
    '2016-01-01',
    { agreedOrders: [{ from: '2015-05-01', to: null, order: 'proportional' }] },
  );

  it('pays the doubled interest still owed, not overpaid', () => {
    const r = run(l);
    expect(r.allocations[0]!.parts).toEqual([{ obligation: 'P', bucket: 'principal', amount: '100000.00' }]);
    expect(r.allocations[1]).toMatchObject({
      regime: 'agreed',
      parts: [{ obligation: 'P', bucket: 'doubled', amount: '1000.00' }],
      overpaid: '0.00',
    });
    expect(r.balances).toEqual({
      principal: '0.00',
      fee: '0.00',
      generalInterest: '0.00',
      oldDelay: '0.00',
      doubled: '750.00',
      total: '750.00',
    });
  });

  it('still reports overpaid what exceeds the doubled interest', () => {
    const more = { ...l, payments: [l.payments[0]!, pay('p2', '2015-05-01', '2000.00')] };
    const r = run(more);
    expect(r.allocations[1]).toMatchObject({
      parts: [{ obligation: 'P', bucket: 'doubled', amount: '1750.00' }],
      overpaid: '250.00',
    });
    expect(r.balances.total).toBe('0.00');
  });
});

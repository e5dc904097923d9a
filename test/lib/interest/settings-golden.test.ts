import { describe, expect, it } from 'vitest';
import type { LedgerObligation } from '../../../core/lib/interest';
import { example, ledger, pay, principal, run, shortAllocations } from '../../support/interest-helpers';

/** One golden case per setting that changes the result; every figure derived by hand from INTEREST.md. */
describe('settings that change the result', () => {
  it('S1 dayBasis 365 (E3b): 44642.86 / 5357.14', () => {
    const { ledger: l } = example('e3');
    const parts = shortAllocations({ ...l, settings: { ...l.settings, dayBasis: 365 } })[0]!.parts;
    expect(parts).toEqual([
      { obligation: 'P', bucket: 'principal', amount: '44642.86' },
      { obligation: 'P', bucket: 'oldDelay', amount: '5357.14' },
    ]);
  });

  it('S2 band fixed:1y3y uses 6.15 % instead of the 6m–1y 6.00 %', () => {
    const { ledger: l } = example('e3');
    const r = run({ ...l, settings: { band: 'fixed:1y3y' } });
    // I = 100000 × 2 × 6.15 × 365 ÷ 36000 = 12470.83; xM = Round(50000 × 100000 ÷ 112470.83…) = 44455.97
    expect(r.allocations[0]!.parts).toEqual([
      { obligation: 'P', bucket: 'principal', amount: '44455.97' },
      { obligation: 'P', bucket: 'oldDelay', amount: '5544.03' },
    ]);
    expect(r.balances).toMatchObject({ principal: '55544.03', oldDelay: '6926.80', total: '62470.83' });
  });

  it('S3 rateChange: segment splits at 2011-07-07, rateAtStart keeps the 2011-04-06 row', () => {
    // s = 2011-06-30, asOf 2011-12-31: band 6m1y (12-31 > 12-30); 6 days at 6.31 %, 178 days at 6.56 %
    const l = ledger([principal('P', '100000.00', '2011-06-30')], [], '2011-12-31');
    expect(run(l).balances.oldDelay).toBe('6697.44'); // 100000 × 2 × (6.31×6 + 6.56×178) ÷ 36000
    expect(run({ ...l, settings: { rateChange: 'rateAtStart' } }).balances.oldDelay).toBe('6450.22'); // × 6.31 × 184
  });

  it('dayCount inclusive counts the due day: E1 owes 101 days of doubled interest', () => {
    const { ledger: l } = example('e1');
    const r = run({ ...l, settings: { dayCount: 'inclusive' } });
    expect(r.allocations[0]!.parts).toEqual([
      { obligation: 'P', bucket: 'principal', amount: '100000.00' },
      { obligation: 'P', bucket: 'doubled', amount: '1750.00' },
    ]);
    expect(r.balances).toMatchObject({ doubled: '17.50', total: '17.50' }); // 100000 × 0.000175 × 101 = 1767.50
  });

  it('S6 regimeCOrder doubled first (E2): 1750.00 to doubled, 28250.00 to principal', () => {
    const { ledger: l } = example('e2');
    const r = run({
      ...l,
      settings: { regimeCOrder: ['doubled', 'principal', 'fee', 'generalInterest', 'oldDelay'] },
    });
    expect(r.allocations[0]!.parts).toEqual([
      { obligation: 'P', bucket: 'doubled', amount: '1750.00' },
      { obligation: 'P', bucket: 'principal', amount: '28250.00' },
    ]);
    // 71750 × 0.000175 × 180 = 2260.125 → 2260.13
    expect(r.balances).toMatchObject({ principal: '71750.00', doubled: '2260.13', total: '74010.13' });
  });

  it('S7 inDelayBase false: no delay interest, the rest is overpaid', () => {
    const { ledger: l } = example('e1');
    const r = run({
      ...l,
      obligations: [{ ...(l.obligations[0] as LedgerObligation), inDelayBase: false } as LedgerObligation],
    });
    expect(r.allocations[0]).toMatchObject({
      overpaid: '1750.00',
      parts: [{ obligation: 'P', bucket: 'principal', amount: '100000.00' }],
    });
    expect(r.balances.total).toBe('0.00');
  });

  it('S8 oldBandTo end (E4): band measured to the payment, 6m–1y 6.00 %, old interest 3000.00', () => {
    const { ledger: l } = example('e4');
    const r = run({ ...l, settings: { oldBandTo: 'end' } });
    expect(r.allocations[0]!.parts).toEqual([
      { obligation: 'P', bucket: 'principal', amount: '100000.00' },
      { obligation: 'P', bucket: 'oldDelay', amount: '3000.00' },
      { obligation: 'P', bucket: 'doubled', amount: '1760.00' },
    ]);
    expect(r.balances).toMatchObject({ doubled: '200.00', total: '200.00' });
  });

  describe('S10 regimeAOrder on a 2007 payment (regime A)', () => {
    // s = 2007-01-01, t = 2007-06-30, band ≤6m: 5.58×75 + 5.67×62 + 5.85×43; N = 2043.18, old interest 5675.50
    const l = ledger(
      [principal('P', '100000.00', '2007-01-01')],
      [pay('p1', '2007-06-30', '10000.00')],
      '2007-06-30',
    );

    it('interestFirst pays the old interest, then principal', () => {
      const r = run(l);
      expect(r.allocations[0]).toMatchObject({
        regime: 'A',
        parts: [
          { obligation: 'P', bucket: 'oldDelay', amount: '5675.50' },
          { obligation: 'P', bucket: 'principal', amount: '4324.50' },
        ],
      });
      expect(r.balances).toMatchObject({ principal: '95675.50', oldDelay: '0.00', total: '95675.50' });
    });

    it('principalFirst fixes the paid part’s interest (567.55) and keeps the rest attached', () => {
      const r = run({ ...l, settings: { regimeAOrder: 'principalFirst' } });
      expect(r.allocations[0]!.parts).toEqual([{ obligation: 'P', bucket: 'principal', amount: '10000.00' }]);
      expect(r.balances).toMatchObject({ principal: '90000.00', oldDelay: '5675.50', total: '95675.50' });
    });

    it('proportional splits as rule B', () => {
      const r = run({ ...l, settings: { regimeAOrder: 'proportional' } });
      expect(r.allocations[0]!.parts).toEqual([
        { obligation: 'P', bucket: 'principal', amount: '9462.93' },
        { obligation: 'P', bucket: 'oldDelay', amount: '537.07' },
      ]);
      expect(r.balances).toMatchObject({ principal: '90537.07', oldDelay: '5138.43', total: '95675.50' });
    });
  });

  it('agreedOrders principalFirst overrides rule B and labels the allocation agreed', () => {
    const { ledger: l } = example('e3');
    const r = run({
      ...l,
      settings: { agreedOrders: [{ from: '2013-01-01', to: null, order: 'principalFirst' }] },
    });
    expect(r.allocations[0]).toMatchObject({
      regime: 'agreed',
      parts: [{ obligation: 'P', bucket: 'principal', amount: '50000.00' }],
    });
    // fixed 50000 × 0.121666… = 6083.33…, attached the same: one line 12166.67
    expect(r.balances).toMatchObject({ principal: '50000.00', oldDelay: '12166.67', total: '62166.67' });
  });

  it('an agreed order outside its dates does not apply', () => {
    const { ledger: l } = example('e3');
    const r = run({
      ...l,
      settings: { agreedOrders: [{ from: '2013-08-01', to: '2013-12-31', order: 'principalFirst' }] },
    });
    expect(r.allocations[0]!.regime).toBe('B');
  });

  it('excluded days accrue no doubled interest (E2 with May 2020 suspended)', () => {
    const { ledger: l } = example('e2');
    const r = run({ ...l, excluded: [{ from: '2020-05-01', to: '2020-05-31', reason: '中止' }] });
    // 70000 × 0.000175 × (180 − 31) = 1825.25
    expect(r.balances).toMatchObject({ doubled: '3575.25', total: '73575.25' });
  });
});

describe('running general interest', () => {
  const P = principal('P', '100000.00', '2020-01-10');
  const interest = (schedule: object, from: string): LedgerObligation =>
    ({
      id: 'I',
      kind: 'interestRunning',
      label: '利息',
      base: 'P',
      schedule,
      from,
      until: null,
    }) as LedgerObligation;

  it('fixed 6 % accrues also before the due date', () => {
    const r = run(ledger([P, interest({ type: 'fixed', annual: '0.06' }, '2019-12-31')], [], '2020-03-10'));
    // 100000 × 0.06 × 70 ÷ 360 = 1166.67; doubled 60 days × 17.50 = 1050.00
    expect(r.balances).toMatchObject({ generalInterest: '1166.67', doubled: '1050.00', total: '102216.67' });
  });

  it('one-year LPR splits at every fixing, and the multiplier scales it', () => {
    const l = ledger([P, interest({ type: 'lpr1y' }, '2020-01-19')], [], '2020-05-19');
    // 100000 × (4.15×31 + 4.05×60 + 3.85×30) ÷ 36000
    expect(run(l).balances.generalInterest).toBe('1353.19');
    const times = ledger([P, interest({ type: 'lpr1y', multiplier: '1.5' }, '2020-01-19')], [], '2020-05-19');
    expect(run(times).balances.generalInterest).toBe('2029.79');
  });

  it('benchmarkThenLpr: 6m–1y benchmark to 2019-08-19, one-year LPR from 2019-08-20', () => {
    const l = ledger(
      [principal('P', '100000.00', '2019-12-31'), interest({ type: 'benchmarkThenLpr' }, '2019-07-31')],
      [],
      '2019-09-30',
    );
    // 100000 × (4.35×19 + 4.25×31 + 4.20×11) ÷ 36000 = 723.89
    expect(run(l).balances.generalInterest).toBe('723.89');
  });

  it('accrues on the amount before a payment of the same day and stops at until', () => {
    const l = ledger(
      [
        principal('P', '100000.00', '2021-01-01'),
        {
          id: 'I',
          kind: 'interestRunning',
          base: 'P',
          schedule: { type: 'fixed', annual: '0.036' },
          from: '2020-01-01',
          until: '2020-12-31',
        } as LedgerObligation,
      ],
      [pay('p1', '2020-07-01', '50000.00')],
      '2021-01-01',
    );
    const r = run(l);
    // (2020-01-01, 2020-07-01] 182 days on 100000 = 1820.00, paid first as general interest (due-first: none due, so
    // not-yet-due order C: fee → general interest → principal); then (07-01, 12-31] 183 days on 51820 = 948.306 → 948.31
    expect(r.allocations[0]!.parts).toEqual([
      { obligation: 'I', bucket: 'generalInterest', amount: '1820.00' },
      { obligation: 'P', bucket: 'principal', amount: '48180.00' },
    ]);
    expect(r.balances).toMatchObject({ principal: '51820.00', generalInterest: '948.31' });
  });
});

describe('due obligations first (民法典 第560条)', () => {
  it('an instalment not yet due is paid only after the due one and its interest', () => {
    const l = ledger(
      [principal('I1', '50000.00', '2020-01-31'), principal('I2', '50000.00', '2020-06-30')],
      [pay('p1', '2020-03-01', '60000.00')],
      '2020-03-01',
    );
    expect(run(l).allocations[0]!.parts).toEqual([
      { obligation: 'I1', bucket: 'principal', amount: '50000.00' },
      { obligation: 'I1', bucket: 'doubled', amount: '262.50' }, // 30 days × 50000 × 0.000175
      { obligation: 'I2', bucket: 'principal', amount: '9737.50' },
    ]);
  });
});

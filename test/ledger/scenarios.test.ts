import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../core/features/ledger/scenarios';
import { example, tables } from '../support/interest-helpers';

describe('scenarios: what each dispute is worth', () => {
  it('E2 with the payment recognised a month later costs the debtor 5.25 more doubled interest', () => {
    const { ledger } = example('e2');
    const { base, variants } = compareScenarios(ledger, tables, [
      { name: '申请人主张 5 月 19 日到账', payments: [{ id: 'p1', date: '2020-05-19' }] },
    ]);
    expect(base.balances.total).toBe('73955.00');
    const v = variants[0]!;
    // 100000 × 0.000175 × 130 = 2275.00 before; 70000 × 0.000175 × 150 = 1837.50 after: 4112.50
    expect(v.result.balances.doubled).toBe('4112.50');
    expect(v.balanceDelta).toEqual({
      principal: '0.00',
      fee: '0.00',
      generalInterest: '0.00',
      oldDelay: '0.00',
      doubled: '157.50',
      total: '157.50',
    });
    expect(v.parts).toEqual([]);
  });

  it('a different amount changes the allocation lines, and a denied payment removes them', () => {
    const { ledger } = example('e2');
    const { variants } = compareScenarios(ledger, tables, [
      { name: '被执行人主张 35000', payments: [{ id: 'p1', amount: '35000.00' }] },
      { name: '申请人否认该笔', payments: [{ id: 'p1', removed: true }] },
    ]);
    expect(variants[0]!.parts).toEqual([
      {
        payment: 'p1',
        obligation: 'P',
        bucket: 'principal',
        base: '30000.00',
        variant: '35000.00',
        delta: '5000.00',
      },
    ]);
    // principal 65000; doubled 1750 + 65000 × 0.000175 × 180 = 1750 + 2047.50
    expect(variants[0]!.result.balances).toMatchObject({
      principal: '65000.00',
      doubled: '3797.50',
      total: '68797.50',
    });
    expect(variants[1]!.parts).toEqual([
      {
        payment: 'p1',
        obligation: 'P',
        bucket: 'principal',
        base: '30000.00',
        variant: '0.00',
        delta: '-30000.00',
      },
    ]);
    // without it: 100000 + 100000 × 0.000175 × 280 = 104900.00, against 73955.00
    expect(variants[1]!.balanceDelta.total).toBe('30945.00');
  });

  it('an agreed order is a variant too (E3 principal first)', () => {
    const { ledger } = example('e3');
    const { variants } = compareScenarios(ledger, tables, [
      {
        name: '约定先本后息',
        settings: { agreedOrders: [{ from: '2013-01-01', to: null, order: 'principalFirst' }] },
      },
    ]);
    expect(variants[0]!.parts).toEqual([
      {
        payment: 'p1',
        obligation: 'P',
        bucket: 'principal',
        base: '44576.52',
        variant: '50000.00',
        delta: '5423.48',
      },
      {
        payment: 'p1',
        obligation: 'P',
        bucket: 'oldDelay',
        base: '5423.48',
        variant: '0.00',
        delta: '-5423.48',
      },
    ]);
    expect(variants[0]!.balanceDelta.total).toBe('0.00');
  });

  it('refuses a variant naming an unknown payment', () => {
    expect(() =>
      compareScenarios(example('e2').ledger, tables, [
        { name: 'x', payments: [{ id: 'p9', amount: '1.00' }] },
      ]),
    ).toThrow(/p9/);
  });
});

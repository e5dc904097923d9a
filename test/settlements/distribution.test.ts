import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/lib/money/decimal';
import {
  CLAIM_CLASSES,
  distribute,
  proRata,
  type ClaimClass,
  type DistributionClaim,
} from '../../core/features/settlements';

const claim = (
  creditor: string,
  cls: ClaimClass,
  amount: string,
  collateralValue: string | null = null,
): DistributionClaim => ({
  creditor,
  class: cls,
  amount,
  collateralValue,
  note: '',
});

describe('distribution plan', () => {
  it('9,900,000.00 among 12 claims in 3 classes: costs and wages in full, ordinary pro rata, exact to the fen', () => {
    const claims = [
      claim('执行费（甲案）', 'costs', '50000.00'),
      claim('评估拍卖费', 'costs', '30000.33'),
      claim('职工甲组工资', 'priority', '400000.00'),
      claim('职工乙组工资', 'priority', '300000.00'),
      claim('职工丙组工资', 'priority', '250000.00'),
      claim('欠缴社会保险费', 'priority', '250000.00'),
      claim('债权人A', 'ordinary', '3000000.00'),
      claim('债权人B', 'ordinary', '2500000.00'),
      claim('债权人C', 'ordinary', '1800000.00'),
      claim('债权人D', 'ordinary', '1200000.00'),
      claim('债权人E', 'ordinary', '900000.00'),
      claim('债权人F', 'ordinary', '600000.00'),
    ];
    const d = distribute('9900000.00', claims);
    // 9,900,000.00 − 80,000.33 − 1,200,000.00 = 8,619,999.67 for 10,000,000.00 of ordinary claims
    expect(d.classes.map((c) => [c.class, c.claimed, c.paid, c.full])).toEqual([
      ['costs', '80000.33', '80000.33', true],
      ['priority', '1200000.00', '1200000.00', true],
      ['ordinary', '10000000.00', '8619999.67', false],
    ]);
    // 861,999,967 fen × share: floors 258,599,990 (.1), 215,499,991 (.75), 155,159,994 (.06),
    // 103,439,996 (.04), 77,579,997 (.03), 51,719,998 (.02): one fen left, to B (largest remainder .75)
    expect(d.claims.slice(6).map((c) => c.paid)).toEqual([
      '2585999.90',
      '2154999.92',
      '1551599.94',
      '1034399.96',
      '775799.97',
      '517199.98',
    ]);
    expect(d.distributed).toBe('9900000.00');
    expect(d.leftover).toBe('0.00');
    expect(d.claims.reduce((s, c) => s.plus(c.paid), new Decimal(0)).toFixed(2)).toBe('9900000.00');
    expect(d.trace.some((t) => t.zh.includes('按比例 86.2000% 分配'))).toBe(true);
  });

  it('39 workers are paid their wages before the bank and the suppliers', () => {
    const workers = Array.from({ length: 39 }, (_, i) =>
      claim(`职工${i + 1}`, 'priority', new Decimal(18000).plus(new Decimal(i).times('123.45')).toFixed(2)),
    );
    // Σ 18,000 + 123.45·i for i = 0..38 = 702,000 + 123.45 × 741 = 793,476.45
    const claims = [
      claim('执行费', 'costs', '12000.00'),
      ...workers,
      claim('某银行', 'secured', '500000.00', '300000.00'),
      claim('供应商', 'ordinary', '80000.00'),
    ];
    const d = distribute('905476.45', claims);
    expect(d.classes.find((c) => c.class === 'priority')).toMatchObject({
      claimed: '793476.45',
      paid: '793476.45',
      full: true,
    });
    expect(d.claims.slice(1, 40).every((c) => c.unpaid === '0.00')).toBe(true);
    // 905,476.45 − 12,000 − 793,476.45 = 100,000.00 left for the bank's 300,000.00 secured part
    const bank = d.claims[40]!;
    expect(bank.parts).toEqual([
      { class: 'secured', claimed: '300000.00', paid: '100000.00' },
      { class: 'ordinary', claimed: '200000.00', paid: '0.00' },
    ]);
    expect(d.claims[41]!.paid).toBe('0.00');
    expect(d.trace[0]!.zh).toContain('超出的 200000.00 元作为普通债权');
  });

  it('more money than claims: everyone in full, the rest back to the debtor', () => {
    const d = distribute('1000.00', [
      claim('甲', 'ordinary', '300.00'),
      claim('乙', 'secured', '500.00', '800.00'),
    ]);
    expect(d.claims.map((c) => c.paid)).toEqual(['300.00', '500.00']);
    expect(d.leftover).toBe('200.00');
  });

  it('ties in the remainder go to the claim listed first', () => {
    expect(proRata(new Decimal(1), [new Decimal(1), new Decimal(1), new Decimal(1)]).map(String)).toEqual([
      '1',
      '0',
      '0',
    ]);
    expect(proRata(new Decimal(2), [new Decimal(5), new Decimal(5), new Decimal(5)]).map(String)).toEqual([
      '1',
      '1',
      '0',
    ]);
  });

  const fen = fc.integer({ min: 0, max: 5_000_000_00 });
  const arbClaim = fc.record({
    cls: fc.constantFrom(...CLAIM_CLASSES),
    amount: fc.integer({ min: 1, max: 3_000_000_00 }),
    collateral: fc.option(fc.integer({ min: 0, max: 3_000_000_00 })),
  });
  const yuan = (f: number) => new Decimal(f).dividedBy(100).toFixed(2);
  const toClaims = (xs: { cls: ClaimClass; amount: number; collateral: number | null }[]) =>
    xs.map((x, i) =>
      claim(
        `c${i}`,
        x.cls,
        yuan(x.amount),
        x.cls === 'secured' && x.collateral !== null ? yuan(x.collateral) : null,
      ),
    );

  it('property: the parts sum to min(amount, total claims)', () => {
    fc.assert(
      fc.property(fen, fc.array(arbClaim, { minLength: 1, maxLength: 15 }), (amount, xs) => {
        const claims = toClaims(xs);
        const d = distribute(yuan(amount), claims);
        const total = xs.reduce((s, x) => s + x.amount, 0);
        const paid = d.claims.reduce((s, c) => s.plus(c.paid), new Decimal(0));
        expect(paid.times(100).toNumber()).toBe(Math.min(amount, total));
        expect(d.totalClaims).toBe(yuan(total));
      }),
    );
  });

  it('property: no class is paid before every higher class is full', () => {
    fc.assert(
      fc.property(fen, fc.array(arbClaim, { minLength: 1, maxLength: 15 }), (amount, xs) => {
        const d = distribute(yuan(amount), toClaims(xs));
        d.classes.forEach((c, i) => {
          if (new Decimal(c.paid).greaterThan(0))
            d.classes.slice(0, i).forEach((h) => expect(h.full).toBe(true));
        });
      }),
    );
  });

  it('property: a pro rata part differs from the exact share by less than one fen', () => {
    fc.assert(
      fc.property(
        fen,
        fc.array(fc.integer({ min: 1, max: 3_000_000_00 }), { minLength: 1, maxLength: 20 }),
        (amount, xs) => {
          const total = xs.reduce((s, x) => s + x, 0);
          const available = Math.min(amount, total);
          const parts = proRata(
            new Decimal(available),
            xs.map((x) => new Decimal(x)),
          );
          expect(parts.reduce((s, p) => s.plus(p), new Decimal(0)).toNumber()).toBe(available);
          parts.forEach((p, i) => {
            const exact = new Decimal(available).times(xs[i]!).dividedBy(total);
            expect(p.minus(exact).abs().lessThan(1)).toBe(true);
          });
        },
      ),
    );
  });
});

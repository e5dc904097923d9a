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
  extra: Partial<DistributionClaim> = {},
): DistributionClaim => ({
  creditor,
  class: cls,
  amount,
  collateralValue: null,
  sealedOn: null,
  disputed: false,
  note: '',
  ...extra,
});
const proceeds = (collateralValue: string) => ({ collateralValue });

describe('distribution under 民诉法解释 第五百零八条 (the default)', () => {
  // 350,000.00 in all: 300,000.00 realised from the house mortgaged to the bank, 50,000.00 other money.
  const house = [
    claim('执行费', 'costs', '10000.00'),
    claim('某银行', 'secured', '500000.00', proceeds('300000.00')),
    claim('职工工资', 'living', '80000.00'),
    claim('供应商', 'ordinary', '100000.00'),
  ];

  it('the mortgaged house: the bank takes all 300,000.00 of its collateral; wages are ordinary unless chosen', () => {
    const d = distribute('350000.00', house);
    // costs 10,000.00 out of the other 50,000.00 → 40,000.00 left for 380,000.00 of ordinary claims
    // (the bank's unpaid 200,000.00, wages 80,000.00, supplier 100,000.00). In fen: 4,000,000 × share ÷ 380,000
    // = 2,105,263.157…, 842,105.263…, 1,052,631.578…; floors sum to 3,999,999; the one fen goes to the
    // supplier (largest remainder .578…).
    expect(d.claims.map((c) => c.paid)).toEqual(['10000.00', '321052.63', '8421.05', '10526.32']);
    expect(d.claims[1]!.parts).toEqual([
      { class: 'secured', claimed: '300000.00', paid: '300000.00' },
      { class: 'ordinary', claimed: '200000.00', paid: '21052.63' },
    ]);
    expect(d.distributed).toBe('350000.00');
    expect(d.basis.zh).toContain('第五百零八条');
    expect(d.basis.zh).not.toContain('地方规定');
    expect(d.trace.some((t) => t.zh.includes('未采用劳动报酬、医疗费用优先的地方规定'))).toBe(true);
    expect(d.trace.some((t) => t.zh.includes('未受偿的 200,000.00 元作为普通债权参与分配'))).toBe(true);
  });

  it('the labelled wage-first choice: wages before ordinary claims, never before the bank on its house', () => {
    const d = distribute('350000.00', house, { ruleSet: 'civil508', livingFirst: true });
    // 40,000.00 after costs go to the 80,000.00 of wages (50 %); the supplier and the bank's rest get nothing
    expect(d.claims.map((c) => c.paid)).toEqual(['10000.00', '300000.00', '40000.00', '0.00']);
    expect(d.classes.map((c) => [c.class, c.paid, c.ratio])).toEqual([
      ['costs', '10000.00', '100.0000'],
      ['secured', '300000.00', '100.0000'],
      ['living', '40000.00', '50.0000'],
      ['ordinary', '0.00', '0.0000'],
    ]);
    expect(d.basis.zh).toContain('地方规定');
    expect(d.trace.some((t) => t.zh.startsWith('本方案采用地方规定'))).toBe(true);
  });

  it('secured with an excess: the costs the other money cannot cover come out of the proceeds, the rest is for everyone', () => {
    // 300,000.00, all of it from the collateral; the bank is owed 200,000.00
    const d = distribute('300000.00', [
      claim('执行费', 'costs', '5000.00'),
      claim('某银行', 'secured', '200000.00', proceeds('300000.00')),
      claim('甲', 'ordinary', '60000.00'),
      claim('乙', 'ordinary', '40000.00'),
    ]);
    // costs 5,000.00 from the proceeds (no other money) → 295,000.00; bank 200,000.00 in full; 95,000.00 for
    // the 100,000.00 of ordinary claims: 57,000.00 and 38,000.00
    expect(d.claims.map((c) => c.paid)).toEqual(['5000.00', '200000.00', '57000.00', '38000.00']);
    expect(d.trace[1]!.zh).toContain('不足部分 5,000.00 元按各担保财产变价款的比例从中扣除');
    expect(d.trace.some((t) => t.zh.includes('变价款余 95,000.00 元并入其他执行款'))).toBe(true);
    expect(d.leftover).toBe('0.00');
  });

  it('the trace says each share in words and who got the leftover fen (issue 16 item 5)', () => {
    const d = distribute('148666.67', [
      claim('甲公司', 'ordinary', '200000.00'),
      claim('乙公司', 'ordinary', '200000.00'),
    ]);
    expect(d.claims.map((c) => c.paid)).toEqual(['74333.34', '74333.33']);
    const text = d.trace.map((t) => t.zh);
    expect(text).toContain(
      '第 1 项债权人甲公司：可分配的 148,666.67 元乘以其债权 200,000.00 元，除以本顺序债权合计 400,000.00 元，得 74,333.3350 元，取到分为 74,333.33 元。',
    );
    expect(text).toContain(
      '各份取到分后合计少分 1 分，按舍去部分从大到小每人补 1 分：第 1 项债权人甲公司（舍去 0.5000 分）补 1 分，分得 74,333.34 元。',
    );
    // the shares and the residual line sit under their step, unnumbered
    expect(d.trace.filter((t) => t.sub).length).toBe(3);
    expect(text.join('')).not.toMatch(/\d{4,}\.\d{2}/);
  });

  it('a disputed share is set aside (提存); the rest is paid now', () => {
    const d = distribute('1000.00', [
      claim('甲', 'ordinary', '600.00'),
      claim('乙', 'ordinary', '400.00', { disputed: true }),
    ]);
    expect(d.claims.map((c) => [c.payNow, c.setAside])).toEqual([
      ['600.00', '0.00'],
      ['0.00', '400.00'],
    ]);
    expect([d.payNow, d.setAside]).toEqual(['600.00', '400.00']);
    expect(d.trace.at(-1)!.zh).toBe('合计分配 1,000.00 元，其中现予支付 600.00 元，提存 400.00 元。');
  });

  it('refuses collateral proceeds beyond the money to distribute', () => {
    expect(() => distribute('100.00', [claim('银行', 'secured', '500.00', proceeds('300.00'))])).toThrow(
      expect.objectContaining({ key: 'settlements.proceedsExceedAmount' }),
    );
  });

  it('more money than claims: everyone in full, the rest back to the debtor', () => {
    const d = distribute('1000.00', [
      claim('甲', 'ordinary', '300.00'),
      claim('乙', 'secured', '500.00', proceeds('800.00')),
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
});

describe('distribution under 第五百一十四条 / 第55条 (企业法人, by sealing order)', () => {
  const enterprise = { ruleSet: 'enterprise514', livingFirst: false } as const;

  it('three creditors: the earliest seizure is paid in full first, the last gets what is left', () => {
    const d = distribute(
      '500000.00',
      [
        claim('甲', 'ordinary', '300000.00', { sealedOn: '2026-03-01' }),
        claim('乙', 'ordinary', '150000.00', { sealedOn: '2026-01-15' }),
        claim('丙', 'ordinary', '200000.00', { sealedOn: '2026-02-10' }),
        claim('丁', 'ordinary', '50000.00'),
      ],
      enterprise,
    );
    // 乙 150,000.00 (15 January), 丙 200,000.00 (10 February), 甲 the 150,000.00 left; 丁 never seized: nothing
    expect(d.claims.map((c) => c.paid)).toEqual(['150000.00', '150000.00', '200000.00', '0.00']);
    expect(d.basis.zh).toContain('第五百一十四条');
    expect(d.basis.zh).toContain('第55条');
    const text = d.trace.map((t) => t.zh);
    expect(text.some((t) => t.startsWith('2026年1月15日查封、扣押、冻结的第 2 项债权人乙：'))).toBe(true);
    expect(text.some((t) => t.startsWith('未采取查封、扣押、冻结措施的普通债权：'))).toBe(true);
  });

  it('seizures on the same day share pro rata; a secured claim still takes its own collateral first', () => {
    const d = distribute(
      '400000.00',
      [
        claim('银行', 'secured', '250000.00', { ...proceeds('200000.00'), sealedOn: '2026-05-01' }),
        claim('甲', 'ordinary', '300000.00', { sealedOn: '2026-04-01' }),
        claim('乙', 'ordinary', '100000.00', { sealedOn: '2026-04-01' }),
      ],
      enterprise,
    );
    // other money 200,000.00 for 甲 and 乙 (same day, 400,000.00): 150,000.00 and 50,000.00; the bank's
    // unpaid 50,000.00 (sealed later) gets nothing
    expect(d.claims.map((c) => c.paid)).toEqual(['200000.00', '150000.00', '50000.00']);
  });
});

describe('distribution properties', () => {
  const arbClaim = fc.record({
    cls: fc.constantFrom(...CLAIM_CLASSES),
    amount: fc.integer({ min: 1, max: 3_000_000_00 }),
    proceeds: fc.integer({ min: 0, max: 3_000_000_00 }),
    sealed: fc.option(fc.integer({ min: 0, max: 30 })),
  });
  const yuan = (f: number) => new Decimal(f).dividedBy(100).toFixed(2);
  const arbPlan = fc.record({
    free: fc.integer({ min: 0, max: 5_000_000_00 }),
    xs: fc.array(arbClaim, { minLength: 1, maxLength: 12 }),
    rules: fc.record({
      ruleSet: fc.constantFrom('civil508' as const, 'enterprise514' as const),
      livingFirst: fc.boolean(),
    }),
  });
  type Arb = { cls: ClaimClass; amount: number; proceeds: number; sealed: number | null };
  const build = ({ free, xs }: { free: number; xs: Arb[] }) => {
    const claims = xs.map((x, i) =>
      claim(`c${i}`, x.cls, yuan(x.amount), {
        collateralValue: x.cls === 'secured' ? yuan(x.proceeds) : null,
        sealedOn: x.sealed === null ? null : `2026-01-${String(x.sealed + 1).padStart(2, '0')}`,
      }),
    );
    const pots = xs.reduce((s, x) => s + (x.cls === 'secured' ? x.proceeds : 0), 0);
    return {
      claims,
      amount: free + pots,
      costs: xs.reduce((s, x) => s + (x.cls === 'costs' ? x.amount : 0), 0),
    };
  };

  it('the parts sum to min(amount, total claims)', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const { claims, amount } = build(p);
        const d = distribute(yuan(amount), claims, p.rules);
        const total = p.xs.reduce((s, x) => s + x.amount, 0);
        const paid = d.claims.reduce((s, c) => s.plus(c.paid), new Decimal(0));
        expect(paid.times(100).toNumber()).toBe(Math.min(amount, total));
      }),
    );
  });

  it('when the other money covers the costs, a secured claim gets min(claim, its proceeds) from its collateral', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const { claims, amount, costs } = build(p);
        fc.pre(p.free >= costs);
        const d = distribute(yuan(amount), claims, p.rules);
        p.xs.forEach((x, i) => {
          if (x.cls !== 'secured') return;
          const part = d.claims[i]!.parts.find((q) => q.class === 'secured')!;
          expect(new Decimal(part.paid).times(100).toNumber()).toBe(Math.min(x.amount, x.proceeds));
        });
      }),
    );
  });

  it('a pro rata part differs from the exact share by less than one fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000_00 }),
        fc.array(fc.integer({ min: 1, max: 3_000_000_00 }), { minLength: 1, maxLength: 20 }),
        (amount, xs) => {
          const total = xs.reduce((s, x) => s + x, 0);
          const available = Math.min(amount, total);
          const parts = proRata(
            new Decimal(available),
            xs.map((x) => new Decimal(x)),
          );
          expect(parts.reduce((s, q) => s.plus(q), new Decimal(0)).toNumber()).toBe(available);
          parts.forEach((q, i) => {
            const exact = new Decimal(available).times(xs[i]!).dividedBy(total);
            expect(q.minus(exact).abs().lessThan(1)).toBe(true);
          });
        },
      ),
    );
  });
});

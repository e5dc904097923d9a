import { Decimal, ZERO } from '../../lib/money/decimal';
import { fenOf, yuanOf } from './plan';
import { render } from '../../lib/text';
import { messages } from './messages';

/**
 * 执行款分配方案: one debtor's money shared among several creditors by priority class — enforcement
 * costs, then wages and other priority claims, then secured claims up to the collateral's value (the
 * excess is an ordinary claim), then ordinary claims. A class that cannot be paid in full is shared
 * pro rata; the residual fen go by largest remainder, ties to the claim listed first.
 */
export const CLAIM_CLASSES = ['costs', 'priority', 'secured', 'ordinary'] as const;
export type ClaimClass = (typeof CLAIM_CLASSES)[number];

export const CLASS_LABELS: Record<ClaimClass, { zh: string; en: string }> = {
  costs: messages.classCosts,
  priority: messages.classPriority,
  secured: messages.classSecured,
  ordinary: messages.classOrdinary,
};

export type DistributionClaim = {
  creditor: string;
  class: ClaimClass;
  amount: string;
  /** for secured claims: the collateral's value; the claim above it is ordinary (null: fully secured) */
  collateralValue: string | null;
  note: string;
};

export type ClaimPart = { class: ClaimClass; claimed: string; paid: string };

export type ClaimResult = {
  index: number;
  creditor: string;
  class: ClaimClass;
  claimed: string;
  paid: string;
  unpaid: string;
  parts: ClaimPart[];
};

export type ClassResult = {
  class: ClaimClass;
  claimed: string;
  paid: string;
  full: boolean;
  /** paid / claimed, as a percentage with four decimals ("37.5000") */
  ratio: string;
};

export type TraceLine = { zh: string; en: string };

export type Distribution = {
  amount: string;
  totalClaims: string;
  distributed: string;
  /** what is left after every claim is paid (returned to the debtor) */
  leftover: string;
  classes: ClassResult[];
  claims: ClaimResult[];
  trace: TraceLine[];
  rule: TraceLine;
};

export const RESIDUAL_RULE: TraceLine = messages.residualRule;

type Slice = { claim: number; class: ClaimClass; fen: Decimal };

/** Pro rata in fen: ⌊avail·c/total⌋ each, residual fen to the largest remainders (ties: listed first). */
export function proRata(available: Decimal, claims: readonly Decimal[]): Decimal[] {
  const total = claims.reduce((s, c) => s.plus(c), ZERO);
  if (total.isZero()) return claims.map(() => ZERO);
  const exact = claims.map((c) => available.times(c));
  const floors = exact.map((x) => x.dividedToIntegerBy(total));
  const rems = exact.map((x, i) => x.minus(floors[i]!.times(total)));
  let residual = available.minus(floors.reduce((s, f) => s.plus(f), ZERO)).toNumber();
  const order = rems
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i)
    .map((x) => x.i);
  const parts = [...floors];
  for (const i of order) {
    if (residual <= 0) break;
    parts[i] = parts[i]!.plus(1);
    residual--;
  }
  return parts;
}

const pct = (paid: Decimal, claimed: Decimal) =>
  claimed.isZero() ? '100.0000' : paid.dividedBy(claimed).times(100).toFixed(4, Decimal.ROUND_HALF_UP);

export function distribute(amount: string, claims: readonly DistributionClaim[]): Distribution {
  const trace: TraceLine[] = [];
  const slices: Slice[] = [];
  claims.forEach((c, i) => {
    const fen = fenOf(c.amount);
    if (c.class === 'secured' && c.collateralValue !== null) {
      const secured = Decimal.min(fen, fenOf(c.collateralValue));
      const excess = fen.minus(secured);
      slices.push({ claim: i, class: 'secured', fen: secured });
      if (excess.greaterThan(0)) {
        slices.push({ claim: i, class: 'ordinary', fen: excess });
        trace.push(
          render(messages.traceSecuredExcess, {
            n: i + 1,
            creditor: c.creditor,
            amount: c.amount,
            collateral: yuanOf(fenOf(c.collateralValue)),
            secured: yuanOf(secured),
            excess: yuanOf(excess),
          }),
        );
      }
    } else slices.push({ claim: i, class: c.class, fen });
  });
  const amountFen = fenOf(amount);
  let available = amountFen;
  trace.push(render(messages.traceAvailable, { amount: yuanOf(amountFen) }));
  const paidOf = slices.map(() => ZERO);
  const classes: ClassResult[] = [];
  for (const cls of CLAIM_CLASSES) {
    const idx = slices.map((s, i) => (s.class === cls ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    const claimed = idx.reduce((s, i) => s.plus(slices[i]!.fen), ZERO);
    const label = CLASS_LABELS[cls];
    let paid: Decimal;
    if (available.greaterThanOrEqualTo(claimed)) {
      idx.forEach((i) => (paidOf[i] = slices[i]!.fen));
      paid = claimed;
      trace.push(
        render(messages.traceClassFull, {
          class: label,
          count: idx.length,
          claimed: yuanOf(claimed),
          available: yuanOf(available),
          left: yuanOf(available.minus(claimed)),
        }),
      );
    } else {
      const parts = proRata(
        available,
        idx.map((i) => slices[i]!.fen),
      );
      idx.forEach((i, k) => (paidOf[i] = parts[k]!));
      paid = available;
      trace.push(
        render(messages.traceClassShared, {
          class: label,
          count: idx.length,
          claimed: yuanOf(claimed),
          available: yuanOf(available),
          ratio: pct(available, claimed),
        }),
      );
      idx.forEach((i, k) => {
        const c = claims[slices[i]!.claim]!;
        trace.push(
          render(messages.traceShare, {
            n: slices[i]!.claim + 1,
            creditor: c.creditor,
            available: yuanOf(available),
            share: yuanOf(slices[i]!.fen),
            claimed: yuanOf(claimed),
            paid: yuanOf(parts[k]!),
          }),
        );
      });
    }
    available = available.minus(paid);
    classes.push({
      class: cls,
      claimed: yuanOf(claimed),
      paid: yuanOf(paid),
      full: paid.equals(claimed),
      ratio: pct(paid, claimed),
    });
  }
  const results: ClaimResult[] = claims.map((c, i) => {
    const mine = slices.map((s, k) => ({ s, k })).filter((x) => x.s.claim === i);
    const claimed = mine.reduce((s, x) => s.plus(x.s.fen), ZERO);
    const paid = mine.reduce((s, x) => s.plus(paidOf[x.k]!), ZERO);
    return {
      index: i,
      creditor: c.creditor,
      class: c.class,
      claimed: yuanOf(claimed),
      paid: yuanOf(paid),
      unpaid: yuanOf(claimed.minus(paid)),
      parts: mine.map((x) => ({ class: x.s.class, claimed: yuanOf(x.s.fen), paid: yuanOf(paidOf[x.k]!) })),
    };
  });
  const total = slices.reduce((s, x) => s.plus(x.fen), ZERO);
  const distributed = amountFen.minus(available);
  trace.push(
    available.greaterThan(0)
      ? render(messages.traceDistributedLeftover, {
          distributed: yuanOf(distributed),
          leftover: yuanOf(available),
        })
      : render(messages.traceDistributed, { distributed: yuanOf(distributed) }),
  );
  return {
    amount: yuanOf(amountFen),
    totalClaims: yuanOf(total),
    distributed: yuanOf(distributed),
    leftover: yuanOf(available),
    classes,
    claims: results,
    trace,
    rule: RESIDUAL_RULE,
  };
}

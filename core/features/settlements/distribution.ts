import { Decimal, ZERO } from '../../lib/money/decimal';
import { fenOf, yuanOf } from './plan';

/**
 * 执行款分配方案: one debtor's money shared among several creditors by priority class — enforcement
 * costs, then wages and other priority claims, then secured claims up to the collateral's value (the
 * excess is an ordinary claim), then ordinary claims. A class that cannot be paid in full is shared
 * pro rata; the residual fen go by largest remainder, ties to the claim listed first.
 */
export const CLAIM_CLASSES = ['costs', 'priority', 'secured', 'ordinary'] as const;
export type ClaimClass = (typeof CLAIM_CLASSES)[number];

export const CLASS_LABELS: Record<ClaimClass, { zh: string; en: string }> = {
  costs: { zh: '执行费用', en: 'enforcement costs' },
  priority: { zh: '工资等优先债权', en: 'wages and other priority claims' },
  secured: { zh: '担保物权优先受偿部分', en: 'secured (up to the collateral value)' },
  ordinary: { zh: '普通债权', en: 'ordinary claims' },
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

export const RESIDUAL_RULE: TraceLine = {
  zh: '同一顺位不足清偿的，按债权数额比例分配，每份先取到分（舍去分以下部分）；剩余的分按舍去部分从大到小逐一补足 1 分，舍去部分相同的，按债权登记顺序在先者优先。',
  en: 'A class that cannot be paid in full is shared in proportion to the claims, each share first cut to the fen; the fen left over go one each to the largest cut-off remainders, ties to the claim listed first.',
};

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
        trace.push({
          zh: `${i + 1}. ${c.creditor}：担保债权 ${c.amount} 元，担保物价值 ${yuanOf(fenOf(c.collateralValue))} 元，优先受偿部分 ${yuanOf(secured)} 元，超出的 ${yuanOf(excess)} 元作为普通债权。`,
          en: `${i + 1}. ${c.creditor}: secured claim ${c.amount}, collateral ${yuanOf(fenOf(c.collateralValue))}: ${yuanOf(secured)} secured, ${yuanOf(excess)} ordinary.`,
        });
      }
    } else slices.push({ claim: i, class: c.class, fen });
  });
  const amountFen = fenOf(amount);
  let available = amountFen;
  trace.push({
    zh: `可供分配的执行款 ${yuanOf(amountFen)} 元。`,
    en: `Amount to distribute: ${yuanOf(amountFen)}.`,
  });
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
      trace.push({
        zh: `${label.zh}：共 ${idx.length} 项，合计 ${yuanOf(claimed)} 元；剩余 ${yuanOf(available)} 元足以清偿，全额受偿，余 ${yuanOf(available.minus(claimed))} 元。`,
        en: `${label.en}: ${idx.length} claim(s), ${yuanOf(claimed)} in all; ${yuanOf(available)} available, paid in full, ${yuanOf(available.minus(claimed))} left.`,
      });
    } else {
      const parts = proRata(
        available,
        idx.map((i) => slices[i]!.fen),
      );
      idx.forEach((i, k) => (paidOf[i] = parts[k]!));
      paid = available;
      trace.push({
        zh: `${label.zh}：共 ${idx.length} 项，合计 ${yuanOf(claimed)} 元；剩余 ${yuanOf(available)} 元不足清偿，按比例 ${pct(available, claimed)}% 分配，后一顺位不再受偿。`,
        en: `${label.en}: ${idx.length} claim(s), ${yuanOf(claimed)} in all; only ${yuanOf(available)} left, shared pro rata at ${pct(available, claimed)} %; later classes get nothing.`,
      });
      idx.forEach((i, k) => {
        const c = claims[slices[i]!.claim]!;
        trace.push({
          zh: `  ${slices[i]!.claim + 1}. ${c.creditor}：${yuanOf(available)} × ${yuanOf(slices[i]!.fen)} ÷ ${yuanOf(claimed)} = ${yuanOf(parts[k]!)} 元`,
          en: `  ${slices[i]!.claim + 1}. ${c.creditor}: ${yuanOf(available)} × ${yuanOf(slices[i]!.fen)} ÷ ${yuanOf(claimed)} = ${yuanOf(parts[k]!)}`,
        });
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
  trace.push({
    zh: `合计分配 ${yuanOf(distributed)} 元${available.greaterThan(0) ? `，清偿全部债权后余 ${yuanOf(available)} 元退还被执行人` : ''}。`,
    en: `Distributed ${yuanOf(distributed)}${available.greaterThan(0) ? `; ${yuanOf(available)} left after every claim, returned to the debtor` : ''}.`,
  });
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

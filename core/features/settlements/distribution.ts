import { Decimal, ZERO } from '../../lib/money/decimal';
import { dayNumber } from '../../lib/money/dates';
import { fenOf, yuanOf } from './plan';
import { render, type Text } from '../../lib/text';
import { conflict } from '../../platform/api/errors';
import { grouped } from '../ledger/document';
import { writtenDate } from '../../lib/money/input';
import { messages } from './messages';

/**
 * 执行款分配方案 by the rule set chosen for the plan (docs/distribution-and-measures.md):
 *
 * - `civil508` (被执行人为公民或者其他组织, 民诉法解释 第五百零八条): 执行费用, then the claims that must be
 *   paid first (each secured claim from its own collateral's proceeds only), then ordinary claims pro rata.
 * - `enterprise514` (企业法人 not moved into bankruptcy, 民诉法解释 第五百一十四条, 执行工作若干问题的规定
 *   第55条): the same up to the ordinary claims, which are paid by the order of 查封、扣押、冻结.
 * - `livingFirst` (labelled, never the default): wages and medical costs for basic living before the
 *   ordinary claims, as some local rules and the draft 民事强制执行法 (2022) would have it.
 *
 * A secured claim is paid only from its own collateral's proceeds (`collateralValue`); the unpaid part
 * joins the ordinary class, the proceeds it does not need join the money for everyone else. Enforcement
 * costs come out of the money that is not collateral first; only what that cannot cover is taken from the
 * collateral's proceeds, in proportion to them. A class that cannot be paid in full is shared pro rata:
 * ⌊share⌋ fen each, the residual fen one each to the largest remainders, ties to the claim listed first.
 */
export const CLAIM_CLASSES = ['costs', 'secured', 'priority', 'living', 'ordinary'] as const;
export type ClaimClass = (typeof CLAIM_CLASSES)[number];

export const RULE_SETS = ['civil508', 'enterprise514'] as const;
export type RuleSet = (typeof RULE_SETS)[number];

export type DistributionRules = { ruleSet: RuleSet; livingFirst: boolean };
export const DEFAULT_RULES: DistributionRules = { ruleSet: 'civil508', livingFirst: false };

export const CLASS_LABELS: Record<ClaimClass, Text> = {
  costs: messages.classCosts,
  secured: messages.classSecured,
  priority: messages.classPriority,
  living: messages.classLiving,
  ordinary: messages.classOrdinary,
};

export type DistributionClaim = {
  creditor: string;
  class: ClaimClass;
  amount: string;
  /** for secured claims: what its own collateral realised (担保财产变价款); null: not yet known, nothing */
  collateralValue: string | null;
  /** the day the creditor's 查封、扣押、冻结 took effect (the order under 第五百一十四条); null: none */
  sealedOn: string | null;
  /** a suit about this claim's share is pending (分配方案异议之诉): its share is set aside (提存) */
  disputed: boolean;
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
  /** of `paid`: paid out now, and set aside (提存) while a suit runs */
  payNow: string;
  setAside: string;
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

/** A step of the computation; `sub`: a line under the step before it (a share, a residual fen). */
export type TraceLine = { zh: string; en: string; sub?: boolean };

export type Distribution = {
  amount: string;
  totalClaims: string;
  distributed: string;
  payNow: string;
  setAside: string;
  /** what is left after every claim is paid (returned to the debtor) */
  leftover: string;
  rules: DistributionRules;
  /** the rule set and its legal basis, as printed */
  basis: TraceLine;
  classes: ClassResult[];
  claims: ClaimResult[];
  trace: TraceLine[];
  rule: TraceLine;
};

export const RESIDUAL_RULE: TraceLine = messages.residualRule;

type Slice = { claim: number; class: ClaimClass; fen: Decimal; paid: Decimal };

const g = (fen: Decimal) => grouped(yuanOf(fen));

/** Texts joined with a separator in each language. */
const joinTexts = (texts: readonly Text[], sep: Text): Text => ({
  zh: texts.map((t) => t.zh).join(sep.zh),
  en: texts.map((t) => t.en).join(sep.en),
});

/** A quotient in yuan to four decimals, grouped, with 「约」 when it was cut. */
function exactYuan(fen: Decimal): { zh: string; en: string } {
  const yuan = fen.dividedBy(100);
  const cut = yuan.toDecimalPlaces(4, Decimal.ROUND_DOWN);
  const [int, frac] = cut.toFixed(4).split('.') as [string, string];
  const text = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
  return render(cut.equals(yuan) ? messages.traceExact : messages.traceAbout, { x: text });
}

export type ProRataDetail = { parts: Decimal[]; floors: Decimal[]; remainders: Decimal[]; extra: number[] };

/** Pro rata in fen with its working: floors, remainders (fractions of a fen) and who got a residual fen. */
export function proRataDetail(available: Decimal, claims: readonly Decimal[]): ProRataDetail {
  const total = claims.reduce((s, c) => s.plus(c), ZERO);
  if (total.isZero())
    return { parts: claims.map(() => ZERO), floors: claims.map(() => ZERO), remainders: [], extra: [] };
  const exact = claims.map((c) => available.times(c));
  const floors = exact.map((x) => x.dividedToIntegerBy(total));
  const rems = exact.map((x, i) => x.minus(floors[i]!.times(total)));
  let residual = available.minus(floors.reduce((s, f) => s.plus(f), ZERO)).toNumber();
  const order = rems
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i)
    .map((x) => x.i);
  const parts = [...floors];
  const extra: number[] = [];
  for (const i of order) {
    if (residual <= 0) break;
    parts[i] = parts[i]!.plus(1);
    extra.push(i);
    residual--;
  }
  return { parts, floors, remainders: rems.map((r) => r.dividedBy(total)), extra };
}

/** Pro rata in fen: ⌊avail·c/total⌋ each, residual fen to the largest remainders (ties: listed first). */
export function proRata(available: Decimal, claims: readonly Decimal[]): Decimal[] {
  return proRataDetail(available, claims).parts;
}

const pct = (paid: Decimal, claimed: Decimal) =>
  claimed.isZero() ? '100.0000' : paid.dividedBy(claimed).times(100).toFixed(4, Decimal.ROUND_HALF_UP);

type Ctx = {
  claims: readonly DistributionClaim[];
  slices: Slice[];
  trace: TraceLine[];
};

const who = (ctx: Ctx, claim: number) => ({ n: claim + 1, creditor: ctx.claims[claim]!.creditor });

/**
 * Pays the slices `idx` from `available`: in full, or shared pro rata with every share and every
 * residual fen said in words. Returns what was paid.
 */
function payGroup(ctx: Ctx, idx: number[], available: Decimal, heading: Text): Decimal {
  const claimed = idx.reduce((s, i) => s.plus(ctx.slices[i]!.fen), ZERO);
  if (available.greaterThanOrEqualTo(claimed)) {
    idx.forEach((i) => (ctx.slices[i]!.paid = ctx.slices[i]!.fen));
    ctx.trace.push(
      render(messages.traceClassFull, {
        class: heading,
        count: idx.length,
        claimed: g(claimed),
        available: g(available),
        left: g(available.minus(claimed)),
      }),
    );
    return claimed;
  }
  const d = proRataDetail(
    available,
    idx.map((i) => ctx.slices[i]!.fen),
  );
  ctx.trace.push(
    render(messages.traceClassShared, {
      class: heading,
      count: idx.length,
      claimed: g(claimed),
      available: g(available),
      ratio: pct(available, claimed),
    }),
  );
  idx.forEach((i, k) => {
    const s = ctx.slices[i]!;
    s.paid = d.parts[k]!;
    ctx.trace.push({
      ...render(messages.traceShare, {
        ...who(ctx, s.claim),
        available: g(available),
        share: g(s.fen),
        claimed: g(claimed),
        exact: exactYuan(available.times(s.fen).dividedBy(claimed)),
        floor: g(d.floors[k]!),
      }),
      sub: true,
    });
  });
  const residual = d.extra.length;
  if (residual > 0)
    ctx.trace.push({
      ...render(messages.traceResidual, {
        count: residual,
        who: joinTexts(
          d.extra.map((k) =>
            render(messages.traceResidualOne, {
              ...who(ctx, ctx.slices[idx[k]!]!.claim),
              cut: d.remainders[k]!.toFixed(4, Decimal.ROUND_DOWN),
              paid: g(d.parts[k]!),
            }),
          ),
          messages.listSemi,
        ),
      }),
      sub: true,
    });
  return available;
}

function classResult(ctx: Ctx, cls: ClaimClass): ClassResult | null {
  const mine = ctx.slices.filter((s) => s.class === cls);
  if (mine.length === 0) return null;
  const claimed = mine.reduce((s, x) => s.plus(x.fen), ZERO);
  const paid = mine.reduce((s, x) => s.plus(x.paid), ZERO);
  return {
    class: cls,
    claimed: yuanOf(claimed),
    paid: yuanOf(paid),
    full: paid.equals(claimed),
    ratio: pct(paid, claimed),
  };
}

/** The ordinary slices by sealing order: groups of one day in date order, the unsealed last. */
function sealingGroups(ctx: Ctx, idx: number[]): { day: string | null; idx: number[] }[] {
  const byDay = new Map<string | null, number[]>();
  for (const i of idx) {
    const day = ctx.claims[ctx.slices[i]!.claim]!.sealedOn;
    byDay.set(day, [...(byDay.get(day) ?? []), i]);
  }
  return [...byDay.entries()]
    .map(([day, members]) => ({ day, idx: members }))
    .sort((a, b) => (a.day === null ? 1 : b.day === null ? -1 : dayNumber(a.day) - dayNumber(b.day)));
}

export function distribute(
  amount: string,
  claims: readonly DistributionClaim[],
  rules: DistributionRules = DEFAULT_RULES,
): Distribution {
  const ctx: Ctx = { claims, slices: [], trace: [] };
  const { trace, slices } = ctx;
  const amountFen = fenOf(amount);
  const pots = claims.map((c) =>
    c.class === 'secured' && c.collateralValue !== null ? fenOf(c.collateralValue) : ZERO,
  );
  const potsTotal = pots.reduce((s, p) => s.plus(p), ZERO);
  if (potsTotal.greaterThan(amountFen))
    throw conflict('settlements.proceedsExceedAmount', { proceeds: g(potsTotal), amount: g(amountFen) });
  let free = amountFen.minus(potsTotal);
  trace.push(
    potsTotal.isZero()
      ? render(messages.traceAvailable, { amount: g(amountFen) })
      : render(messages.traceAvailableWithCollateral, {
          amount: g(amountFen),
          proceeds: g(potsTotal),
          free: g(free),
        }),
  );

  // 1. 执行费用: from the money that is not collateral, then from the collateral's proceeds pro rata.
  const costIdx: number[] = [];
  claims.forEach((c, i) => {
    if (c.class === 'costs')
      costIdx.push(slices.push({ claim: i, class: 'costs', fen: fenOf(c.amount), paid: ZERO }) - 1);
  });
  if (costIdx.length > 0) {
    const costs = costIdx.reduce((s, i) => s.plus(slices[i]!.fen), ZERO);
    let available = free;
    if (costs.greaterThan(free) && potsTotal.greaterThan(0)) {
      const take = Decimal.min(costs.minus(free), potsTotal);
      const taken = proRata(take, pots);
      taken.forEach((t, i) => (pots[i] = pots[i]!.minus(t)));
      available = free.plus(take);
      trace.push(
        render(messages.traceCostsFromCollateral, {
          free: g(free),
          take: g(take),
          each: joinTexts(
            taken.flatMap((t, i) =>
              t.isZero()
                ? []
                : [
                    render(messages.traceWhoAmount, {
                      who: render(messages.traceWho, who(ctx, i)),
                      amount: g(t),
                    }),
                  ],
            ),
            messages.listSep,
          ),
        }),
      );
    }
    const paid = payGroup(ctx, costIdx, available, CLASS_LABELS.costs);
    free = available.minus(paid);
  }

  // 2. Secured claims, each from its own collateral's proceeds; the shortfall is ordinary, the excess free.
  const ordinaryIdx: number[] = [];
  claims.forEach((c, i) => {
    if (c.class !== 'secured') return;
    const fen = fenOf(c.amount);
    const pot = pots[i]!;
    const paid = Decimal.min(fen, pot);
    slices.push({ claim: i, class: 'secured', fen: paid, paid });
    const short = fen.minus(paid);
    const excess = pot.minus(paid);
    if (short.greaterThan(0))
      ordinaryIdx.push(slices.push({ claim: i, class: 'ordinary', fen: short, paid: ZERO }) - 1);
    free = free.plus(excess);
    const vars = {
      ...who(ctx, i),
      amount: g(fen),
      proceeds: g(pot),
      paid: g(paid),
      short: g(short),
      excess: g(excess),
    };
    trace.push(
      render(
        c.collateralValue === null
          ? messages.traceSecuredNoProceeds
          : short.greaterThan(0)
            ? messages.traceSecuredShort
            : excess.greaterThan(0)
              ? messages.traceSecuredExcess
              : messages.traceSecuredExact,
        vars,
      ),
    );
  });

  // 3. Other claims the law pays first (建设工程价款 and the like), from the money left.
  const priorityIdx: number[] = [];
  const livingIdx: number[] = [];
  claims.forEach((c, i) => {
    if (c.class === 'priority')
      priorityIdx.push(slices.push({ claim: i, class: 'priority', fen: fenOf(c.amount), paid: ZERO }) - 1);
    if (c.class === 'living') {
      const cls: ClaimClass = rules.livingFirst ? 'living' : 'ordinary';
      const k = slices.push({ claim: i, class: cls, fen: fenOf(c.amount), paid: ZERO }) - 1;
      (rules.livingFirst ? livingIdx : ordinaryIdx).push(k);
    }
    if (c.class === 'ordinary')
      ordinaryIdx.push(slices.push({ claim: i, class: 'ordinary', fen: fenOf(c.amount), paid: ZERO }) - 1);
  });
  if (priorityIdx.length > 0) free = free.minus(payGroup(ctx, priorityIdx, free, CLASS_LABELS.priority));

  // 4. Wages and medical costs: before the ordinary claims only by the labelled choice.
  if (livingIdx.length > 0) {
    trace.push(render(messages.traceLivingFirst));
    free = free.minus(payGroup(ctx, livingIdx, free, CLASS_LABELS.living));
  } else if (claims.some((c) => c.class === 'living')) trace.push(render(messages.traceLivingOrdinary));

  // 5. Ordinary claims: pro rata, or by sealing order for an enterprise.
  ordinaryIdx.sort((a, b) => slices[a]!.claim - slices[b]!.claim);
  if (ordinaryIdx.length > 0) {
    if (rules.ruleSet === 'civil508')
      free = free.minus(payGroup(ctx, ordinaryIdx, free, CLASS_LABELS.ordinary));
    else {
      trace.push(render(messages.traceSealingOrder));
      for (const group of sealingGroups(ctx, ordinaryIdx)) {
        const heading =
          group.day === null
            ? messages.traceUnsealed
            : render(messages.traceSealedOn, {
                day: { zh: writtenDate(group.day), en: group.day },
                who: joinTexts(
                  group.idx.map((i) => render(messages.traceWho, who(ctx, slices[i]!.claim))),
                  messages.listSep,
                ),
              });
        free = free.minus(payGroup(ctx, group.idx, free, heading));
      }
    }
  }

  const results: ClaimResult[] = claims.map((c, i) => {
    const mine = slices.filter((s) => s.claim === i);
    const claimed = mine.reduce((s, x) => s.plus(x.fen), ZERO);
    const paid = mine.reduce((s, x) => s.plus(x.paid), ZERO);
    const setAside = c.disputed ? paid : ZERO;
    if (c.disputed && paid.greaterThan(0))
      trace.push(render(messages.traceSetAside, { ...who(ctx, i), amount: g(paid) }));
    return {
      index: i,
      creditor: c.creditor,
      class: c.class,
      claimed: yuanOf(claimed),
      paid: yuanOf(paid),
      unpaid: yuanOf(fenOf(c.amount).minus(paid)),
      payNow: yuanOf(paid.minus(setAside)),
      setAside: yuanOf(setAside),
      parts: mine.map((x) => ({ class: x.class, claimed: yuanOf(x.fen), paid: yuanOf(x.paid) })),
    };
  });
  const total = claims.reduce((s, c) => s.plus(fenOf(c.amount)), ZERO);
  const distributed = amountFen.minus(free);
  const setAside = results.reduce((s, r) => s.plus(fenOf(r.setAside)), ZERO);
  trace.push(
    render(free.greaterThan(0) ? messages.traceDistributedLeftover : messages.traceDistributed, {
      distributed: g(distributed),
      leftover: g(free),
      payNow: g(distributed.minus(setAside)),
      setAside: g(setAside),
    }),
  );
  const classes = CLAIM_CLASSES.map((cls) => classResult(ctx, cls)).filter(
    (c): c is ClassResult => c !== null,
  );
  return {
    amount: yuanOf(amountFen),
    totalClaims: yuanOf(total),
    distributed: yuanOf(distributed),
    payNow: yuanOf(distributed.minus(setAside)),
    setAside: yuanOf(setAside),
    leftover: yuanOf(free),
    rules,
    basis: basisOf(rules),
    classes,
    claims: results,
    trace,
    rule: RESIDUAL_RULE,
  };
}

/** The rule set and its articles, as the plan prints it. */
export function basisOf(rules: DistributionRules): TraceLine {
  const base = render(rules.ruleSet === 'civil508' ? messages.basisCivil508 : messages.basisEnterprise514);
  if (!rules.livingFirst) return base;
  const living = render(messages.basisLivingFirst);
  return { zh: base.zh + living.zh, en: `${base.en} ${living.en}` };
}

import { Decimal, ZERO } from '../money/decimal';
import { roundFen } from '../money/round';
import { outBucket, type Ob } from './state';
import type { Text } from '../text';
import { court, messages } from './messages';
import { daysSpan, segmentsText, yuan } from './court';
import { money, span, type Trace } from './trace';
import type { BucketName, OrderName } from './types';

type SlotType = 'out' | 'gi' | 'oldFixed' | 'attached' | 'doubled';
type Slot = { type: SlotType; ob: Ob };

/** Everything one payment needs while it walks the buckets. */
export type PaymentRun = {
  t: number;
  /** 100 × dayBasis: amount × F = amount × N ÷ this */
  factorDenominator: Decimal;
  /** slicing applies on or before the boundary, and after it under oldBandTo end */
  slicing: boolean;
  /** after the boundary event attached interest is 0 (it moved to oldFixed) */
  boundaryDone: boolean;
  parts: Map<string, { obligation: string; bucket: BucketName; amount: Decimal }>;
  trace: Trace | null;
  steps: number[];
};

export const ORDER_CHAINS: Record<Exclude<OrderName, 'proportional'>, BucketName[]> = {
  interestFirst: ['fee', 'generalInterest', 'oldDelay', 'principal', 'doubled'],
  principalFirst: ['principal', 'fee', 'generalInterest', 'oldDelay', 'doubled'],
};

export function attached(
  run: Pick<PaymentRun, 'boundaryDone' | 'factorDenominator'>,
  ob: Ob,
  t: number,
): Decimal {
  if (run.boundaryDone || !ob.factor) return ZERO;
  return ob.out.times(ob.factor.at(t).n).dividedBy(run.factorDenominator).minus(ob.credit);
}

function slotsOf(type: SlotType, group: readonly Ob[]): Slot[] {
  return group
    .filter((ob) =>
      type === 'out'
        ? ob.kind !== 'interestRunning'
        : type === 'gi'
          ? ob.kind === 'interestRunning'
          : ob.delayBase,
    )
    .map((ob) => ({ type, ob }));
}

const slotCache = new WeakMap<readonly Ob[], Map<BucketName, Slot[]>>();

/** The slots of a bucket in a group, in payment order; groups are reused, so the lists are cached. */
function bucketSlots(bucket: BucketName, group: readonly Ob[]): Slot[] {
  let byBucket = slotCache.get(group);
  if (!byBucket) slotCache.set(group, (byBucket = new Map()));
  let slots = byBucket.get(bucket);
  if (!slots) byBucket.set(bucket, (slots = buildSlots(bucket, group)));
  return slots;
}

function buildSlots(bucket: BucketName, group: readonly Ob[]): Slot[] {
  switch (bucket) {
    case 'fee':
      return slotsOf('out', group).filter((s) => s.ob.kind === 'fee');
    case 'principal':
      return slotsOf('out', group).filter((s) => s.ob.kind === 'principal');
    case 'generalInterest':
      // interestFixed (its out) and running interest (its gi), together by s then list order
      return group
        .filter((ob) => ob.kind === 'interestFixed' || ob.kind === 'interestRunning')
        .map((ob) => ({ type: ob.kind === 'interestRunning' ? 'gi' : 'out', ob }) as Slot);
    case 'oldDelay':
      return [...slotsOf('oldFixed', group), ...slotsOf('attached', group)];
    case 'doubled':
      return slotsOf('doubled', group);
    default: {
      const never: never = bucket;
      return never;
    }
  }
}

function unpaid(run: PaymentRun, slot: Slot): Decimal {
  const ob = slot.ob;
  switch (slot.type) {
    case 'out':
      return ob.out;
    case 'gi':
      return ob.gi;
    case 'oldFixed':
      return ob.oldFixed;
    case 'attached':
      return attached(run, ob, run.t);
    case 'doubled':
      return ob.doubled;
  }
}

function bucketOf(slot: Slot): BucketName {
  if (slot.type === 'out') return outBucket(slot.ob);
  if (slot.type === 'gi') return 'generalInterest';
  if (slot.type === 'doubled') return 'doubled';
  return 'oldDelay';
}

/** Paying y off a delay-base obligation on or before the boundary fixes that part's old interest (§4.2). */
function reduceOut(run: PaymentRun, ob: Ob, y: Decimal): void {
  if (ob.factor && run.slicing && !y.isZero()) {
    const f = ob.factor.at(run.t);
    const gross = y.times(f.n).dividedBy(run.factorDenominator);
    const share = ob.credit.isZero() ? ZERO : ob.credit.times(y).dividedBy(ob.out);
    const fixed = gross.minus(share);
    ob.oldFixed = ob.oldFixed.plus(fixed);
    ob.credit = ob.credit.minus(share);
    if (run.trace && !(gross.isZero() && share.isZero())) {
      const basis = run.factorDenominator.dividedBy(100).toString();
      run.steps.push(
        run.trace.add(
          messages.traceSlice,
          { id: ob.id, paid: money(y) },
          `${money(y)} × 2 × (${ob.factor.describe(run.t)}) ÷ ${basis} = ${money(gross)} [band ${f.band}, ${span(f.start, f.end)}] − credit share ${money(share)} = ${money(fixed)}`,
          court.slice({
            name: ob.label || ob.id,
            paid: yuan(y),
            span: daysSpan(f.start, f.end),
            band: f.band ? court.bandNames[f.band] : '',
            segments: segmentsText(ob.factor.segments(run.t)),
            basis: Number(basis),
            gross: yuan(gross),
            share: yuan(share),
            fixed: yuan(fixed),
          }),
        ),
      );
    }
  }
  ob.out = ob.out.minus(y);
}

/** Pays one bucket: min(left, Round(u)); paying Round(u) clears it exactly (§4.3). Returns what is left. */
function paySlot(run: PaymentRun, slot: Slot, left: Decimal): Decimal {
  const u = unpaid(run, slot);
  if (u.lessThanOrEqualTo(0)) return left;
  const due = roundFen(u);
  const pay = Decimal.min(left, due);
  const cleared = pay.equals(due);
  const ob = slot.ob;
  switch (slot.type) {
    case 'out':
      reduceOut(run, ob, pay);
      if (cleared) ob.out = ZERO;
      break;
    case 'gi':
      ob.gi = cleared ? ZERO : ob.gi.minus(pay);
      break;
    case 'oldFixed':
      ob.oldFixed = cleared ? ZERO : ob.oldFixed.minus(pay);
      break;
    case 'attached':
      ob.credit = ob.credit.plus(cleared ? u : pay);
      break;
    case 'doubled':
      ob.doubled = cleared ? ZERO : ob.doubled.minus(pay);
      break;
  }
  if (!pay.isZero()) {
    const bucket = bucketOf(slot);
    const key = `${ob.id}\u0000${bucket}`;
    const part = run.parts.get(key);
    if (part) part.amount = part.amount.plus(pay);
    else run.parts.set(key, { obligation: ob.id, bucket, amount: pay });
  }
  return left.minus(pay);
}

function paySlots(run: PaymentRun, slots: readonly Slot[], left: Decimal): Decimal {
  let rest = left;
  for (const slot of slots) {
    if (rest.isZero()) break;
    rest = paySlot(run, slot, rest);
  }
  return rest;
}

/** A bucket order: each bucket in turn, inside it by s (the group is already sorted). */
export function payInOrder(
  run: PaymentRun,
  order: readonly BucketName[],
  group: readonly Ob[],
  left: Decimal,
): Decimal {
  let rest = left;
  for (const bucket of order) {
    if (rest.isZero()) break;
    rest = paySlots(run, bucketSlots(bucket, group), rest);
  }
  return rest;
}

const LEFTOVER_CHAIN: BucketName[] = ['fee', 'generalInterest', 'principal', 'oldDelay', 'doubled'];

/** 并还 (批复 第二条): in proportion between money debt M and delay interest I (§4.4 B). */
export function payProportional(run: PaymentRun, group: readonly Ob[], label: Text, left: Decimal): Decimal {
  if (left.isZero() || group.length === 0) return left;
  const moneyDebt = group.reduce((acc, ob) => acc.plus(ob.kind === 'interestRunning' ? ob.gi : ob.out), ZERO);
  const delay = group.reduce(
    (acc, ob) => (ob.delayBase ? acc.plus(ob.oldFixed).plus(attached(run, ob, run.t)) : acc),
    ZERO,
  );
  const whole = moneyDebt.plus(delay);
  // M + I = 0 (principal and old interest already cleared): nothing to share, so all of P goes down the
  // leftover chain and pays doubled interest still owed (§4.4 B), instead of being reported as overpaid.
  if (whole.isZero()) return payInOrder(run, LEFTOVER_CHAIN, group, left);
  const xM = roundFen(left.times(moneyDebt).dividedBy(whole));
  const xI = left.minus(xM);
  if (run.trace)
    run.steps.push(
      run.trace.add(
        messages.traceProportional,
        { group: label, payment: money(left), moneyDebt: money(moneyDebt), delay: money(delay) },
        `xM = Round(${money(left)} × ${money(moneyDebt)} ÷ (${money(moneyDebt)} + ${money(delay)})) = ${money(xM)}; xI = ${money(xI)}`,
        court.proportional({
          group: label.zh,
          payment: yuan(left),
          moneyDebt: yuan(moneyDebt),
          delay: yuan(delay),
          xM: yuan(xM),
          xI: yuan(xI),
        }),
      ),
    );
  const leftM = payInOrder(run, ['fee', 'generalInterest', 'principal'], group, xM);
  const leftI = payInOrder(run, ['oldDelay', 'doubled'], group, xI);
  const rest = leftM.plus(leftI);
  return payInOrder(run, LEFTOVER_CHAIN, group, rest);
}

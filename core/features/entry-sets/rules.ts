import { Decimal } from '../../lib/money/decimal';
import { daysBetween } from '../../lib/money/dates';
import type { PaymentKind } from '../../lib/interest/types';

/**
 * 双人独立核算: two clerks enter the same case's payments separately; their lists are matched line by
 * line and every difference must be settled by a recorded choice before the agreed list replaces the
 * case's payments. Pure: lines in, differences and the agreed list out.
 */
export type EntryLine = {
  id: string;
  date: string;
  amount: string;
  kind: PaymentKind;
  payer: string;
  note: string;
};
export type LineValue = Omit<EntryLine, 'id'>;

export type Difference =
  | { key: string; type: 'dateDiffers'; a: EntryLine; b: EntryLine; days: number }
  | { key: string; type: 'amountDiffers'; a: EntryLine; b: EntryLine; delta: string }
  | { key: string; type: 'kindDiffers'; a: EntryLine; b: EntryLine }
  | { key: string; type: 'missingInB'; a: EntryLine }
  | { key: string; type: 'missingInA'; b: EntryLine };
export type DifferenceType = Difference['type'];

export type EntryDiff = { matched: { a: EntryLine; b: EntryLine }[]; differences: Difference[] };

export type DiffOptions = {
  /** Same amount this many days apart or fewer counts as one payment entered with a wrong date. */
  maxDateGapDays?: number;
};

// A year: a mistyped month or year (2020-04-19 entered as 2020-05-19 or 2021-04-19) is still paired.
const DEFAULT_MAX_GAP = 366;

const sameAmount = (x: EntryLine, y: EntryLine) => new Decimal(x.amount).equals(y.amount);

/** Pairs free lines greedily, best score first; ties go to the earlier lines, so the result is stable. */
function pairBy(
  a: EntryLine[],
  b: EntryLine[],
  score: (x: EntryLine, y: EntryLine) => Decimal | null,
): { a: EntryLine; b: EntryLine }[] {
  const candidates: { i: number; j: number; s: Decimal }[] = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      const s = score(x, y);
      if (s !== null) candidates.push({ i, j, s });
    }),
  );
  candidates.sort((p, q) => p.s.comparedTo(q.s) || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: { a: EntryLine; b: EntryLine }[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push({ a: a[c.i]!, b: b[c.j]! });
  }
  return pairs;
}

function without(lines: EntryLine[], taken: EntryLine[]): EntryLine[] {
  const set = new Set(taken);
  return lines.filter((l) => !set.has(l));
}

const keyOf = (type: DifferenceType, a?: EntryLine, b?: EntryLine) => `${type}:${a?.id ?? ''}:${b?.id ?? ''}`;

/**
 * Matching, in order: (1) same date and amount — same kind first, then the rest as "kind differs";
 * (2) same amount on the nearest other date; (3) same date with the nearest other amount; what is
 * left exists in one list only.
 */
export function diffEntrySets(
  listA: readonly EntryLine[],
  listB: readonly EntryLine[],
  options: DiffOptions = {},
): EntryDiff {
  const maxGap = options.maxDateGapDays ?? DEFAULT_MAX_GAP;
  let a = [...listA];
  let b = [...listB];
  const take = (pairs: { a: EntryLine; b: EntryLine }[]) => {
    a = without(
      a,
      pairs.map((p) => p.a),
    );
    b = without(
      b,
      pairs.map((p) => p.b),
    );
    return pairs;
  };

  const matched = take(
    pairBy(a, b, (x, y) =>
      x.date === y.date && sameAmount(x, y) && x.kind === y.kind ? new Decimal(0) : null,
    ),
  );
  const differences: Difference[] = [];
  for (const p of take(
    pairBy(a, b, (x, y) => (x.date === y.date && sameAmount(x, y) ? new Decimal(0) : null)),
  ))
    differences.push({ key: keyOf('kindDiffers', p.a, p.b), type: 'kindDiffers', ...p });
  for (const p of take(
    pairBy(a, b, (x, y) => {
      const days = Math.abs(daysBetween(x.date, y.date));
      return sameAmount(x, y) && days <= maxGap ? new Decimal(days) : null;
    }),
  ))
    differences.push({
      key: keyOf('dateDiffers', p.a, p.b),
      type: 'dateDiffers',
      ...p,
      days: daysBetween(p.a.date, p.b.date),
    });
  for (const p of take(
    pairBy(a, b, (x, y) => (x.date === y.date ? new Decimal(x.amount).minus(y.amount).abs() : null)),
  ))
    differences.push({
      key: keyOf('amountDiffers', p.a, p.b),
      type: 'amountDiffers',
      ...p,
      delta: new Decimal(p.b.amount).minus(p.a.amount).toFixed(2),
    });
  for (const line of a) differences.push({ key: keyOf('missingInB', line), type: 'missingInB', a: line });
  for (const line of b)
    differences.push({ key: keyOf('missingInA', undefined, line), type: 'missingInA', b: line });

  const dateOf = (d: Difference) => ('a' in d ? d.a.date : d.b.date);
  differences.sort((x, y) => (dateOf(x) < dateOf(y) ? -1 : dateOf(x) > dateOf(y) ? 1 : 0));
  return { matched, differences };
}

/** How a difference was settled: A's line, B's line, or another value (or no payment at all) with a reason. */
export type Resolution =
  | { key: string; choice: 'a' | 'b'; reason: string }
  | { key: string; choice: 'other'; value: LineValue | null; reason: string };

export type AgreedLine = LineValue & { source: 'both' | 'a' | 'b' | 'other'; key: string | null };

export type Agreement = {
  /** Every difference has a resolution. */
  ready: boolean;
  unresolved: string[];
  /** Resolutions whose difference no longer exists (a list was edited after); they are ignored. */
  stale: string[];
  payments: AgreedLine[];
};

const value = ({ id: _id, ...rest }: EntryLine): LineValue => rest;

/** A resolution's own sanity, independent of storage: "other" needs a reason. Names its message. */
export function resolutionProblem(resolution: Resolution): 'otherReasonMissing' | null {
  if (resolution.choice === 'other' && resolution.reason.trim() === '') return 'otherReasonMissing';
  return null;
}

function chosen(d: Difference, r: Resolution): AgreedLine | null {
  if (r.choice === 'other') return r.value && { ...r.value, source: 'other', key: d.key };
  const line = r.choice === 'a' ? ('a' in d ? d.a : undefined) : 'b' in d ? d.b : undefined;
  // Taking the side that lacks the line means: there was no such payment.
  return line ? { ...value(line), source: r.choice, key: d.key } : null;
}

/** The agreed payment list: matched lines, plus each difference as resolved; in date order. */
export function agreedPayments(diff: EntryDiff, resolutions: readonly Resolution[]): Agreement {
  const byKey = new Map(resolutions.map((r) => [r.key, r]));
  const keys = new Set(diff.differences.map((d) => d.key));
  const payments: AgreedLine[] = diff.matched.map(({ a, b }) => ({
    ...value(a),
    payer: a.payer || b.payer,
    note: a.note || b.note,
    source: 'both',
    key: null,
  }));
  const unresolved: string[] = [];
  for (const d of diff.differences) {
    const r = byKey.get(d.key);
    if (!r) unresolved.push(d.key);
    else {
      const line = chosen(d, r);
      if (line) payments.push(line);
    }
  }
  payments.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return {
    ready: unresolved.length === 0,
    unresolved,
    stale: resolutions.map((r) => r.key).filter((k) => !keys.has(k)),
    payments,
  };
}

/**
 * What applying the agreed list changes in the case: a payment that already matches an agreed line
 * (date, amount, kind) keeps its code and history; the others are removed, and missing lines added.
 */
export function planApply<P extends { id: number; date: string; amount: string; kind: string }>(
  existing: readonly P[],
  agreed: readonly AgreedLine[],
): { keep: P[]; remove: P[]; add: AgreedLine[] } {
  const free = [...existing];
  const keep: P[] = [];
  const add: AgreedLine[] = [];
  for (const line of agreed) {
    const i = free.findIndex(
      (p) => p.date === line.date && p.kind === line.kind && new Decimal(p.amount).equals(line.amount),
    );
    if (i < 0) add.push(line);
    else keep.push(...free.splice(i, 1));
  }
  return { keep, remove: free, add };
}

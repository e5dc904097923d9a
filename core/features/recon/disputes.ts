import { Decimal, ZERO } from '../../lib/money/decimal';
import type { ComputeOptions } from '../../lib/interest/compute';
import type { AgreedOrder, Balances, Ledger } from '../../lib/interest/types';
import type { RateTables } from '../../lib/rates/table';
import { compareScenarios, type Variant, type VariantResult } from '../ledger/scenarios';

/**
 * What the disputes of a hearing are worth. Each disputed entry has the creditor's and the debtor's
 * position; the court's version (the base) is the ledger as recorded. A position left empty agrees
 * with the record.
 */
export type Position = { date?: string; amount?: string; denied?: boolean; agreedOrders?: AgreedOrder[] };
export type Dispute = { id: string; label?: string; payment?: string; creditor: Position; debtor: Position };

const MEASURES = ['principal', 'fee', 'generalInterest', 'oldDelay', 'doubled', 'total', 'overpaid'] as const;
export type Measure = (typeof MEASURES)[number];
/** Money differences (decimal strings) per balance bucket, the total still owed, and the overpayment. */
export type Delta = Record<Measure, string>;

export type Version = { balances: Balances; overpaid: string; delta: Delta };
export type Side = 'creditor' | 'debtor' | 'gap';
export type DisputeImpact = {
  base: Version;
  creditor: Version;
  debtor: Version;
  /** creditor − debtor: what the whole disagreement is worth. */
  gap: Delta;
  /** Each dispute alone against the base (gap = its creditor part − its debtor part). */
  parts: ({ id: string; label: string } & Record<Side, Delta>)[];
  /** Whatever the disputes are worth only together: total − Σ parts, per side. */
  interaction: Record<Side, Delta>;
};

function check(ledger: Ledger, disputes: readonly Dispute[]): void {
  const seen = new Set<string>();
  let orders = 0;
  for (const d of disputes) {
    if (seen.has(d.id)) throw new RangeError(`dispute ${d.id} is listed twice`);
    seen.add(d.id);
    if (d.payment !== undefined) {
      if (!ledger.payments.some((p) => p.id === d.payment))
        throw new RangeError(`dispute ${d.id}: unknown payment ${d.payment}`);
      if (disputes.some((o) => o !== d && o.payment === d.payment))
        throw new RangeError(`payment ${d.payment} is in two disputes; state both points in one`);
    }
    for (const p of [d.creditor, d.debtor])
      if (d.payment === undefined && (p.date !== undefined || p.amount !== undefined || p.denied))
        throw new RangeError(`dispute ${d.id}: a date, amount or denial needs a payment`);
    if (d.creditor.agreedOrders || d.debtor.agreedOrders) orders++;
  }
  // Agreed orders replace one setting as a whole: two disputes about it cannot be taken apart.
  if (orders > 1) throw new RangeError('only one dispute may be about the agreed order');
}

function variant(name: string, entries: readonly { dispute: Dispute; position: Position }[]): Variant {
  const payments = entries
    .filter(({ dispute, position: p }) => dispute.payment !== undefined && (p.date || p.amount || p.denied))
    .map(({ dispute, position: p }) => ({
      id: dispute.payment!,
      ...(p.date ? { date: p.date } : {}),
      ...(p.amount ? { amount: p.amount } : {}),
      ...(p.denied ? { removed: true } : {}),
    }));
  const orders = entries.find(({ position }) => position.agreedOrders)?.position.agreedOrders;
  return { name, payments, ...(orders ? { settings: { agreedOrders: orders } } : {}) };
}

const zero = (): Delta => Object.fromEntries(MEASURES.map((m) => [m, '0.00'])) as Delta;

function deltaOf(v: VariantResult): Delta {
  return { ...v.balanceDelta, overpaid: v.overpaidDelta };
}

function combine(x: Delta, y: Delta, op: (a: Decimal, b: Decimal) => Decimal): Delta {
  return Object.fromEntries(
    MEASURES.map((m) => [m, op(new Decimal(x[m]), new Decimal(y[m])).toFixed(2)]),
  ) as Delta;
}
const minus = (x: Delta, y: Delta) => combine(x, y, (a, b) => a.minus(b));
const plus = (x: Delta, y: Delta) => combine(x, y, (a, b) => a.plus(b));

/**
 * The creditor's, the debtor's and the court's versions, and the difference decomposed per dispute.
 *
 * Method: one at a time. Each dispute's part is that dispute alone applied to the court's version,
 * everything else as recorded — the question a judge asks ("what is this point worth?"). Disputes can
 * compound (a later date for one payment raises the balance another payment meets), so the parts need
 * not add up; the rest is reported as an explicit interaction term, total − Σ parts, per measure.
 * Every figure is a fen-rounded balance of the same engine, so the parts plus the interaction equal the
 * total exactly. (A Shapley split would share the interaction out, but needs 2^n computations and
 * gives each point a value that depends on the others.)
 */
export function disputeImpact(
  ledger: Ledger,
  tables: RateTables,
  disputes: readonly Dispute[],
  options: ComputeOptions = {},
): DisputeImpact {
  check(ledger, disputes);
  const side = (s: 'creditor' | 'debtor') => disputes.map((dispute) => ({ dispute, position: dispute[s] }));
  const variants = [
    variant('creditor', side('creditor')),
    variant('debtor', side('debtor')),
    ...disputes.map((d) => variant(`creditor:${d.id}`, [{ dispute: d, position: d.creditor }])),
    ...disputes.map((d) => variant(`debtor:${d.id}`, [{ dispute: d, position: d.debtor }])),
  ];
  const { base, variants: results } = compareScenarios(ledger, tables, variants, {
    ...options,
    trace: false,
  });
  const overpaid = (r: VariantResult['result']) =>
    r.allocations.reduce((s, a) => s.plus(a.overpaid), ZERO).toFixed(2);
  const version = (v: VariantResult): Version => ({
    balances: v.result.balances,
    overpaid: overpaid(v.result),
    delta: deltaOf(v),
  });
  const creditor = version(results[0]!);
  const debtor = version(results[1]!);
  const n = disputes.length;
  const parts = disputes.map((d, i) => {
    const c = deltaOf(results[2 + i]!);
    const dd = deltaOf(results[2 + n + i]!);
    return { id: d.id, label: d.label ?? d.id, creditor: c, debtor: dd, gap: minus(c, dd) };
  });
  const gap = minus(creditor.delta, debtor.delta);
  const sumOf = (s: Side) => parts.reduce((acc, p) => plus(acc, p[s]), zero());
  return {
    base: { balances: base.balances, overpaid: overpaid(base), delta: zero() },
    creditor,
    debtor,
    gap,
    parts,
    interaction: {
      creditor: minus(creditor.delta, sumOf('creditor')),
      debtor: minus(debtor.delta, sumOf('debtor')),
      gap: minus(gap, sumOf('gap')),
    },
  };
}

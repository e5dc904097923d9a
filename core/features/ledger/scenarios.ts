import { Decimal, ZERO } from '../../lib/money/decimal';
import { compute, type ComputeOptions } from '../../lib/interest/compute';
import type { BucketName, ComputeResult, Ledger, LedgerPayment, Settings } from '../../lib/interest/types';
import type { RateTables } from '../../lib/rates/table';

/**
 * A disputed reading of the ledger: a payment on another date or of another amount, a payment one party
 * denies, another setting or an agreed order. The hearing screen shows what each reading is worth.
 */
export type Variant = {
  name: string;
  payments?: { id: string; date?: string; amount?: string; removed?: boolean }[];
  addPayments?: LedgerPayment[];
  settings?: Partial<Settings>;
  asOf?: string;
};

export type PartDiff = {
  payment: string;
  obligation: string;
  bucket: BucketName;
  base: string;
  variant: string;
  delta: string;
};
export type VariantResult = {
  name: string;
  result: ComputeResult;
  balanceDelta: Record<BucketName | 'total', string>;
  overpaidDelta: string;
  parts: PartDiff[];
};
export type Comparison = { base: ComputeResult; variants: VariantResult[] };

export function applyVariant(ledger: Ledger, variant: Variant): Ledger {
  const changes = new Map((variant.payments ?? []).map((p) => [p.id, p]));
  const unknown = [...changes.keys()].filter((id) => !ledger.payments.some((p) => p.id === id));
  if (unknown.length) throw new RangeError(`variant ${variant.name}: unknown payment ${unknown.join(', ')}`);
  const payments = ledger.payments
    .filter((p) => !changes.get(p.id)?.removed)
    .map((p) => {
      const c = changes.get(p.id);
      return c ? { ...p, date: c.date ?? p.date, amount: c.amount ?? p.amount } : p;
    });
  return {
    ...ledger,
    asOf: variant.asOf ?? ledger.asOf,
    payments: [...payments, ...(variant.addPayments ?? [])],
    settings: { ...(ledger.settings ?? {}), ...(variant.settings ?? {}) },
  };
}

const key = (payment: string, obligation: string, bucket: string) =>
  `${payment}\u0000${obligation}\u0000${bucket}`;

function partsByKey(
  result: ComputeResult,
): Map<string, { payment: string; obligation: string; bucket: BucketName; amount: Decimal }> {
  const map = new Map<string, { payment: string; obligation: string; bucket: BucketName; amount: Decimal }>();
  for (const a of result.allocations)
    for (const p of a.parts)
      map.set(key(a.payment, p.obligation, p.bucket), {
        payment: a.payment,
        obligation: p.obligation,
        bucket: p.bucket,
        amount: new Decimal(p.amount),
      });
  return map;
}

const totalOverpaid = (r: ComputeResult) => r.allocations.reduce((s, a) => s.plus(a.overpaid), ZERO);

/** The same ledger under each variant, with the difference per allocation line and per balance. */
export function compareScenarios(
  ledger: Ledger,
  tables: RateTables,
  variants: readonly Variant[],
  options: ComputeOptions = {},
): Comparison {
  const base = compute(ledger, tables, options);
  const baseParts = partsByKey(base);
  return {
    base,
    variants: variants.map((variant) => {
      const result = compute(applyVariant(ledger, variant), tables, {
        ...options,
        ...(variant.asOf ? { asOf: variant.asOf } : {}),
      });
      const mine = partsByKey(result);
      const parts: PartDiff[] = [];
      for (const k of new Set([...baseParts.keys(), ...mine.keys()])) {
        const b = baseParts.get(k);
        const v = mine.get(k);
        const delta = (v?.amount ?? ZERO).minus(b?.amount ?? ZERO);
        if (delta.isZero()) continue;
        const id = (b ?? v)!;
        parts.push({
          payment: id.payment,
          obligation: id.obligation,
          bucket: id.bucket,
          base: (b?.amount ?? ZERO).toFixed(2),
          variant: (v?.amount ?? ZERO).toFixed(2),
          delta: delta.toFixed(2),
        });
      }
      const balanceDelta = Object.fromEntries(
        Object.entries(result.balances).map(([bucket, amount]) => [
          bucket,
          new Decimal(amount).minus(base.balances[bucket as BucketName | 'total']).toFixed(2),
        ]),
      ) as Record<BucketName | 'total', string>;
      return {
        name: variant.name,
        result,
        balanceDelta,
        overpaidDelta: totalOverpaid(result).minus(totalOverpaid(base)).toFixed(2),
        parts,
      };
    }),
  };
}

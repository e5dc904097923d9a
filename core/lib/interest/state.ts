import { Decimal, ZERO } from '../money/decimal';
import { dayNumber } from '../money/dates';
import type { RateTables } from '../rates/table';
import type { ExcludedDays } from './calendar';
import { OldFactor } from './old-factor';
import type { BucketName, LedgerObligation, Schedule, Settings } from './types';

/** One obligation's state during a computation (INTEREST.md §4), all at full precision. */
export type Ob = {
  id: string;
  label: string;
  kind: LedgerObligation['kind'];
  index: number;
  /** s: the due day (for a running interest, its base's) */
  due: number;
  delayBase: boolean;
  base: Ob | null;
  schedule: Schedule | null;
  from: number;
  until: number | null;
  basis: number;
  multiplier: Decimal;
  /** out[o]: unpaid amount (principal, fee, interestFixed) */
  out: Decimal;
  /** gi[o]: accrued unpaid running interest */
  gi: Decimal;
  credit: Decimal;
  oldFixed: Decimal;
  doubled: Decimal;
  factor: OldFactor | null;
  /** first delay day minus one: s, or s − 1 under dayCount inclusive */
  delayStart: number;
};

/** The bucket an obligation's unpaid amount belongs to. */
export function outBucket(ob: Ob): BucketName {
  return ob.kind === 'principal' ? 'principal' : ob.kind === 'fee' ? 'fee' : 'generalInterest';
}

export function buildObligations(
  list: readonly LedgerObligation[],
  settings: Settings,
  tables: RateTables,
  excluded: ExcludedDays,
): Ob[] {
  const obs: Ob[] = list.map((o, index) => {
    const running = o.kind === 'interestRunning';
    const due = running ? 0 : dayNumber(o.due);
    const delayBase = running ? false : (o.inDelayBase ?? o.kind !== 'interestFixed');
    return {
      id: o.id,
      label: o.label ?? o.id,
      kind: o.kind,
      index,
      due,
      delayBase,
      base: null,
      schedule: running ? o.schedule : null,
      from: running ? dayNumber(o.from) : 0,
      until: running && o.until ? dayNumber(o.until) : null,
      basis: running ? (o.schedule.dayBasis ?? 360) : settings.dayBasis,
      multiplier: new Decimal(running ? (o.schedule.multiplier ?? '1') : '1'),
      out: running ? ZERO : new Decimal(o.amount),
      gi: ZERO,
      credit: ZERO,
      oldFixed: ZERO,
      doubled: ZERO,
      factor: delayBase ? new OldFactor(due, settings, tables, excluded, o.id) : null,
      delayStart: settings.dayCount === 'inclusive' ? due - 1 : due,
    };
  });
  const byId = new Map(obs.map((o) => [o.id, o]));
  list.forEach((o, i) => {
    if (o.kind !== 'interestRunning') return;
    const base = byId.get(o.base)!;
    obs[i]!.base = base;
    obs[i]!.due = base.due;
  });
  // Inside every bucket: by s, ties in the order of the obligations list.
  return obs.sort((a, b) => a.due - b.due || a.index - b.index);
}

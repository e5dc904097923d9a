import { addDays, addMonths, daysBetween, daysInMonth, isIsoDate } from '../../lib/money/dates';

/**
 * 查控措施台账: the kinds of measure, their usual maximum terms, expiry arithmetic, renewal chains and
 * the status of a measure on a given day. Pure: no clock (the day is always an argument), no storage.
 *
 * Expiry, the reading used here (docs in core/features/measures/README.md): a term of N months includes its
 * start day and ends on the day before the same-numbered day N months later (冻结期限自 2024-01-10 起至
 * 2025-01-09 止). When the target month has no such day (the 29th–31st), the term ends on the last day
 * of the target month, so a term is never shorter than N calendar months:
 *   2024-02-29 + 12 months → 2025-02-28;  2025-01-31 + 1 month → 2025-02-28;
 *   2025-01-28 + 1 month  → 2025-02-27;  2024-01-31 + 1 month → 2024-02-29 (leap year).
 */

export const MEASURE_KINDS = [
  'depositFreeze',
  'propertyRightFreeze',
  'realEstateSeal',
  'movableSeal',
  'consumptionLimit',
  'defaulterList',
  'other',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/**
 * The longest terms the law allows, in months (民诉法解释 第四百八十五条: 冻结银行存款不得超过一年，查封、扣押
 * 动产不得超过二年，查封不动产、冻结其他财产权不得超过三年; a 续行 may not exceed them either). They are also
 * the terms used when none is entered. 限制消费 and 失信名单 have no fixed term: null.
 */
export const LEGAL_MAX_TERM_MONTHS: Record<MeasureKind, number | null> = {
  depositFreeze: 12,
  propertyRightFreeze: 36,
  realEstateSeal: 36,
  movableSeal: 24,
  consumptionLimit: null,
  defaulterList: null,
  other: null,
};
export const DEFAULT_TERM_MONTHS = LEGAL_MAX_TERM_MONTHS;

/**
 * Why a term is not allowed for its kind (null: it is): a kind with a legal maximum needs a term, no
 * longer than the maximum, and a stated last day no later than the maximum allows.
 */
export function termProblem(
  kind: MeasureKind,
  startDate: string,
  termMonths: number | null,
  statedExpiry: string | null,
): { max: number; latest: string } | null {
  const max = LEGAL_MAX_TERM_MONTHS[kind];
  if (max === null) return null;
  const latest = expiryDate(startDate, max);
  if (statedExpiry !== null) return statedExpiry > latest ? { max, latest } : null;
  if (termMonths === null || termMonths > max) return { max, latest };
  return null;
}

export const MAX_TERM_MONTHS = 120;

/** The last day of a term of `months` starting on `start` (inclusive), by the reading above. */
export function expiryDate(start: string, months: number): string {
  if (!isIsoDate(start)) throw new RangeError(`invalid date: ${JSON.stringify(start)}`);
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`invalid term: ${months}`);
  const same = addMonths(start, months);
  const day = Number(start.slice(8, 10));
  const y = Number(same.slice(0, 4));
  const m = Number(same.slice(5, 7));
  // No same-numbered day in the target month: addMonths clamped it to the month end, which is then the last day.
  if (day > daysInMonth(y, m)) return same;
  return addDays(same, -1);
}

/** The day a renewal starts when the ruling does not say: the day after the previous term ends. */
export function renewalStart(previousExpiry: string): string {
  return addDays(previousExpiry, 1);
}

export const EXPIRING_WITHIN_DAYS = 30;
/** The two alerts before a term ends: a month ahead to prepare the 续行, a week ahead as the last call. */
export const ALERT_DAYS = [30, 7] as const;
export type AlertLevel = (typeof ALERT_DAYS)[number];

/** The alert a measure with `daysLeft` to its last day raises: 7 within a week, 30 within a month. */
export function alertLevel(daysLeft: number | null): AlertLevel | null {
  if (daysLeft === null || daysLeft < 0) return null;
  if (daysLeft <= 7) return 7;
  if (daysLeft <= 30) return 30;
  return null;
}

/**
 * `expired` is the lapsed state: the last day passed with no 续行, so the measure no longer binds the
 * property (printed 「期满失效」). `waiting` is a 轮候 measure not yet in force: it takes effect when the
 * measure before it is released or lapses (查封扣押冻结规定 第二十六条).
 */
export type MeasureStatus = 'inForce' | 'expiring' | 'expired' | 'released' | 'renewed' | 'waiting';

/** What status() needs of a measure. */
export type MeasureFacts = {
  startDate: string;
  /** The effective last day, or null when the measure has no fixed term. */
  expiresOn: string | null;
  releasedOn: string | null;
  /** True when a later measure renews this one (it is then a past link of a chain). */
  renewed: boolean;
  /** True for a 轮候 measure whose turn has not come. */
  waiting?: boolean;
};

export type MeasureState = {
  status: MeasureStatus;
  /** Days from asOf to the last day (0 = ends today; negative = ended that many days ago); null without a term. */
  daysLeft: number | null;
};

/**
 * The status on `asOf`: released and renewed come first (a released measure is no longer anyone's worry; a
 * renewed one lives on in its successor), then expired (the last day has passed), expiring (the last day
 * is within `within` days, today included), else in force.
 */
export function measureState(m: MeasureFacts, asOf: string, within = EXPIRING_WITHIN_DAYS): MeasureState {
  const daysLeft = m.expiresOn === null ? null : daysBetween(asOf, m.expiresOn);
  if (m.releasedOn !== null && m.releasedOn <= asOf) return { status: 'released', daysLeft };
  if (m.renewed) return { status: 'renewed', daysLeft };
  if (m.waiting) return { status: 'waiting', daysLeft: null };
  if (daysLeft === null) return { status: 'inForce', daysLeft };
  if (daysLeft < 0) return { status: 'expired', daysLeft };
  if (daysLeft <= within) return { status: 'expiring', daysLeft };
  return { status: 'inForce', daysLeft };
}

/** Needs attention before anything else happens to the case (an alert on start, a block before transfer). */
export const needsAttention = (s: MeasureState): boolean => s.status === 'expiring' || s.status === 'expired';

/**
 * A measure's effective last day: an explicit one (as the ruling states it) or start + term; null when
 * neither (no fixed term).
 */
export function effectiveExpiry(
  startDate: string,
  termMonths: number | null,
  explicit: string | null,
): string | null {
  if (explicit !== null) return explicit;
  return termMonths === null ? null : expiryDate(startDate, termMonths);
}

/**
 * A renewal that starts later than the day after the previous term ended leaves days uncovered (脱封):
 * the number of such days, 0 when the chain is continuous. Null when the previous link has no term.
 */
export function gapDays(previousExpiry: string | null, renewalStartDate: string): number | null {
  if (previousExpiry === null) return null;
  return Math.max(0, daysBetween(previousExpiry, renewalStartDate) - 1);
}

/** Links of renewal chains as id -> the id it renews; the chain of `id` from first to last link. */
export function chainOf(id: number, renews: ReadonlyMap<number, number | null>): number[] {
  const successor = new Map<number, number>();
  for (const [child, parent] of renews) if (parent !== null) successor.set(parent, child);
  let first = id;
  const seen = new Set<number>([id]);
  for (let p = renews.get(first); p !== undefined && p !== null && !seen.has(p); p = renews.get(first)) {
    seen.add(p);
    first = p;
  }
  const chain = [first];
  for (let s = successor.get(first); s !== undefined && !chain.includes(s); s = successor.get(s))
    chain.push(s);
  return chain;
}

import { Decimal } from '../../lib/money/decimal';

/**
 * What the presenter (the wall) may show. Built on the operator's side and masked there, so an identity
 * card or phone number never reaches the projector window, whatever the payload.
 */

// 18-digit resident identity numbers (last may be X) and 15-digit old ones; mainland mobile numbers;
// landlines with an area code. A figure followed by decimals is an amount, never masked.
const ID_CARD_18 = /(?<![0-9A-Za-z])(\d{3})\d{11}(\d{3}[0-9Xx])(?![0-9A-Za-z]|\.\d)/g;
const ID_CARD_15 = /(?<![0-9A-Za-z])(\d{3})\d{8}(\d{4})(?![0-9A-Za-z]|\.\d)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d|\.\d)/g;
const LANDLINE = /(?<!\d)(0\d{2,3})-?\d{7,8}(?!\d|\.\d)/g;

export function maskSensitive(text: string): string {
  return text
    .replace(ID_CARD_18, (_m, head: string, tail: string) => `${head}${'*'.repeat(11)}${tail}`)
    .replace(ID_CARD_15, (_m, head: string, tail: string) => `${head}${'*'.repeat(8)}${tail}`)
    .replace(MOBILE, (_m, head: string, tail: string) => `${head}****${tail}`)
    .replace(LANDLINE, (_m, area: string) => `${area}-********`);
}

/** Masks every string inside a JSON-like value. */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskSensitive(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskDeep(v)]),
    ) as T;
  return value;
}

/**
 * The balance chart on the wall is a picture about 900 units wide: beyond a few hundred points a long
 * ledger's timeline only adds weight to every keypress. Keep the first and last points and, in each of
 * limit/2 equal stretches of time, the points where the total owed is lowest and highest, in their
 * order, so every rise and drop still shows. A timeline within the limit is returned as it is.
 */
export function thinTimeline<P extends { date: string; balances: { total: string } }>(
  points: readonly P[],
  limit = 600,
): P[] {
  if (points.length <= limit) return [...points];
  const day = (p: P) => Date.parse(`${p.date}T00:00:00Z`);
  const first = day(points[0]!);
  const span = Math.max(day(points.at(-1)!) - first, 1);
  const stretches = Math.max(1, Math.floor((limit - 2) / 2));
  const keep = new Set<number>([0, points.length - 1]);
  const low = new Map<number, number>();
  const high = new Map<number, number>();
  const totals = points.map((p) => new Decimal(p.balances.total));
  points.forEach((p, i) => {
    const s = Math.min(stretches - 1, Math.floor(((day(p) - first) / span) * stretches));
    const lo = low.get(s);
    const hi = high.get(s);
    if (lo === undefined || totals[i]!.lessThan(totals[lo]!)) low.set(s, i);
    if (hi === undefined || totals[i]!.greaterThan(totals[hi]!)) high.set(s, i);
  });
  for (const i of [...low.values(), ...high.values()]) keep.add(i);
  return [...keep].sort((a, b) => a - b).map((i) => points[i]!);
}

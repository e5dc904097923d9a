import { Decimal } from '../../lib/money/decimal';

/**
 * What the presenter (the wall) may show. Built on the operator's side and masked there, so an identity
 * card or phone number never reaches the projector window, whatever the payload.
 */

// What counts as a digit, a separator and an edge. Full-width digits (U+FF10 to U+FF19) are digits; one space,
// hyphen or dash may sit between the usual groups (110101 19900307 1234, 139-1234-5678). A figure
// followed by decimals is an amount, never masked.
const D = '[0-9\\uFF10-\\uFF19]';
const S = '[- \\u00A0\\u3000\\u2010-\\u2015\\uFF0D]?';
const WORD = '0-9A-Za-z\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A';
const BEFORE = `(?<![${WORD}])`;
const AFTER = `(?![${WORD}]|[.\\uFF0E]${D})`;
const X = '[0-9\\uFF10-\\uFF19Xx\\uFF38\\uFF58]';
const re = (body: string) => new RegExp(`${BEFORE}(?:${body})${AFTER}`, 'g');

// Resident identity cards: 18 characters (6-8-4, or 6-4-4-4) and the old 15 (6-6-3).
const ID_CARD_18 = re(`${D}{6}${S}${D}{4}${S}${D}{4}${S}${D}{3}${X}`);
const ID_CARD_15 = re(`${D}{6}${S}${D}{6}${S}${D}{3}`);
// Mainland mobiles (3-4-4), with +86 / 0086 / 86 before them.
const MOBILE = re(`(?:(?:[+\\uFF0B]|00)?86${S})?[1\\uFF11][3-9\\uFF13-\\uFF19]${D}${S}${D}{4}${S}${D}{4}`);
// Landlines with an area code, (010) 12345678 included.
const LANDLINE = re(`[(\\uFF08]?0${D}{2,3}[)\\uFF09]?${S}${D}{3,4}${S}${D}{4}`);
// Passports (E12345678, EA1234567, G12345678; D/S/P service passports) and exit-entry permits for Hong
// Kong and Macau (C12345678, CA1234567, old W12345678) and home-return permits (H/M + 8 or 10 digits).
const PASSPORT = re('[EeGg][0-9]{8}|[Ee][A-Za-z][0-9]{7}|[DdSsPp][0-9]{7,8}');
const PERMIT = re('[Cc][0-9A-Za-z][0-9]{7}|[Ww][0-9]{8}|[HhMm][0-9]{8}(?:[0-9]{2})?');

const isDigitLike = (c: string) => /[0-9\uFF10-\uFF19Xx\uFF38\uFF58]/.test(c);

/**
 * Stars every digit of `match` but the first `keepHead` and last `keepTail` digits; separators,
 * a country prefix and letters stay, so the form of what was masked is still recognisable.
 */
function starDigits(match: string, keepHead: number, keepTail: number, skipPrefix = 0): string {
  const chars = [...match];
  const positions = chars.map((c, i) => (i >= skipPrefix && isDigitLike(c) ? i : -1)).filter((i) => i >= 0);
  const hide = new Set(positions.slice(keepHead, positions.length - keepTail));
  return chars.map((c, i) => (hide.has(i) ? '*' : c)).join('');
}

/** How many characters of a mobile number are its +86 prefix (kept as it is). */
function prefixLength(match: string): number {
  const m = /^(?:(?:[+\uFF0B]|00)?86[ \u00A0\u3000\-\u2010-\u2015\uFF0D]?)(?=[1\uFF11])/.exec(match);
  return m ? m[0].length : 0;
}

export function maskSensitive(text: string): string {
  return (
    text
      // Mobiles first: 0086 and eleven digits would otherwise read as an old fifteen-digit card.
      .replace(MOBILE, (m) => starDigits(m, 3, 4, prefixLength(m)))
      .replace(ID_CARD_18, (m) => starDigits(m, 3, 4))
      .replace(ID_CARD_15, (m) => starDigits(m, 3, 4))
      .replace(LANDLINE, (m) => {
        const area = /^[(\uFF08]?0[0-9\uFF10-\uFF19]{2,3}[)\uFF09]?/.exec(m)![0];
        const rest = m.slice(area.length);
        const sep = /^[ \u00A0\u3000\-\u2010-\u2015\uFF0D]/.test(rest) ? rest[0] : '-';
        return `${area}${sep}********`;
      })
      .replace(PASSPORT, (m) => starDigits(m, 0, 3))
      .replace(PERMIT, (m) => starDigits(m, 0, 3))
  );
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

/** ISO calendar dates "YYYY-MM-DD" as day numbers; no clock, no time zone. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date of the calendar at all (any year 0001–9999): 9999-12-31 is one, 2023-02-29 is not. */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** A calendar date within the years the engine computes (1900–2199). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1900 && y <= 2199 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of a valid ISO date. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m || !isIsoDate(iso)) throw new RangeError(`invalid date: ${JSON.stringify(iso)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000;
}

const isoCache = new Map<number, string>();

/** ISO date of a day number (cached: traces of long ledgers print the same days many times). */
export function fromDayNumber(n: number): string {
  let iso = isoCache.get(n);
  if (iso === undefined) {
    iso = new Date(n * 86400000).toISOString().slice(0, 10);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(n, iso);
  }
  return iso;
}

/** d1 − d0 in days. */
export function daysBetween(d0: string, d1: string): number {
  return dayNumber(d1) - dayNumber(d0);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Keeps the day, clamped to the month end (2008-02-29 + 12 months = 2009-02-28). */
export function addMonths(iso: string, months: number): string {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`invalid date: ${JSON.stringify(iso)}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  const d = Math.min(Number(m[3]), daysInMonth(y, mo));
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

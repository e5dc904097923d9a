/** Calendar helpers for display only (the engine does every computation). Dates are ISO "YYYY-MM-DD". */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number (days since 1970-01-01) of an existing calendar date, or null. */
export function dayNumberOf(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return Math.round(ms / 86_400_000);
}

/** Days from `from` to `to`, both ends counted (an excluded interval from = to is one day); null if not a valid span. */
export function daysInclusive(from: string, to: string): number | null {
  const a = dayNumberOf(from);
  const b = dayNumberOf(to);
  if (a === null || b === null || b < a) return null;
  return b - a + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO timestamp shown as local "YYYY-MM-DD HH:mm"; anything unparsable is shown as given. */
export function formatTimestamp(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

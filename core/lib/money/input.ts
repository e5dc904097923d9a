import { isIsoDate, ISO_DATE } from './dates';
import { DATE_NUMERALS } from './vocabulary';

/**
 * How people type dates and amounts (a judgment's 2026年11月1日, a bank slip's 830,000.00) read as the
 * API's strict forms. Anything that is not plainly one date or one amount is returned unchanged, so the
 * API's own refusal names the problem; nothing is guessed.
 */

const pad = (n: string) => n.padStart(2, '0');

const { year: Y, month: M, day: D } = DATE_NUMERALS;
const DATE_FORMS: RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  new RegExp(`^(\\d{4})\\s*${Y}\\s*(\\d{1,2})\\s*${M}\\s*(\\d{1,2})\\s*${D}?$`),
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** 2026-11-01, 2026-11-1, 2026年11月1日, 2026.11.1, 2026/11/1, 20261101 → "2026-11-01"; else null. */
export function parseDateInput(text: string): string | null {
  const t = text
    .trim()
    .replace(/[．。]/g, '.')
    .replace(/[－]/g, '-')
    .replace(/[／]/g, '/');
  for (const form of DATE_FORMS) {
    const m = form.exec(t);
    if (!m) continue;
    const iso = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
    return isIsoDate(iso) ? iso : null;
  }
  return null;
}

/** What a date field sends: the ISO date when the text is one, the text as typed otherwise. */
export const normalizeDateInput = (text: string): string => parseDateInput(text) ?? text.trim();

/** "2026-11-01" → 2026年11月1日, the way a judgment writes a date in figures. */
export function writtenDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m || !isIsoDate(iso)) return iso;
  return `${m[1]}${Y}${Number(m[2])}${M}${Number(m[3])}${D}`;
}

const GROUPED = /^(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;

/**
 * "830,000.00", "830000.00", " 830 000 " (spaces or full-width commas) → "830000.00"; a comma anywhere
 * but between groups of three ("8,30000") is left as typed, for the API to refuse.
 */
export function normalizeAmountInput(text: string): string {
  const t = text
    .trim()
    .replace(/，/g, ',')
    .replace(/[\s\u00a0\u3000]/g, '');
  if (!t.includes(',')) return t;
  const m = GROUPED.exec(t);
  return m ? `${m[1]!.replace(/,/g, '')}${m[2] ?? ''}` : text.trim();
}

/** "830000.5" → "830,000.50": the one display format of money, on screen, in documents and traces. */
export function groupedAmount(amount: string): string {
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(amount.trim());
  if (!m) return amount;
  const frac = (m[3] ?? '').padEnd(2, '0');
  return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

import { Decimal } from '../money/decimal';
import type { Band } from './table';
import { ratePhrases } from './messages';

/**
 * A rate as the judgment states it (年利率 6%, 月利率 1.5%, 日万分之五, LPR 的 1.5 倍, LPR 加 50 个基点,
 * 同期同类贷款基准利率). The engine reads an annual fraction, a multiplier and basis points; this file is
 * the one translation, used by the form (to send), the API (to check the two agree) and the documents
 * (to print what the judgment says).
 */
export const STATED_FORMS = [
  'annualPct',
  'monthlyPct',
  'dailyPerMyriad',
  'lprTimes',
  'lprPlusBp',
  'benchmark',
] as const;
export type StatedForm = (typeof STATED_FORMS)[number];
export type StatedRate = { form: StatedForm; value: string };

/** The engine-facing part of a running interest's schedule (INTEREST.md §3, plus `addBp`). */
export type ScheduleShape =
  | { type: 'fixed'; annual: string; multiplier?: string; dayBasis?: 360 | 365; addBp?: string }
  | { type: 'benchmark'; band: Band; multiplier?: string; dayBasis?: 360 | 365; addBp?: string }
  | {
      type: 'lpr1y' | 'lpr5y' | 'benchmarkThenLpr';
      multiplier?: string;
      dayBasis?: 360 | 365;
      addBp?: string;
    };

export const STATED_VALUE = /^(0|[1-9][0-9]{0,3})(\.[0-9]{1,6})?$/;

/** A year of 100 % or more is refused; above 24 % the form warns (民间借贷 司法保护上限 had been 24 %). */
export const REFUSE_ANNUAL = new Decimal(1);
export const WARN_ANNUAL = new Decimal('0.24');

const plain = (d: Decimal) => d.toFixed();

/** The types a stated form may go with. */
export function typesFor(form: StatedForm): ScheduleShape['type'][] {
  if (form === 'lprTimes' || form === 'lprPlusBp') return ['lpr1y', 'lpr5y'];
  if (form === 'benchmark') return ['benchmark', 'benchmarkThenLpr'];
  return ['fixed'];
}

/**
 * The engine's schedule for a stated rate: 年利率 x % → annual x ÷ 100; 月利率 x % → x × 12 ÷ 100;
 * 日万分之 x → x × basis ÷ 10000 (so the daily rate is exactly x ÷ 10000 whatever the basis); LPR 的 x 倍 →
 * multiplier x; LPR 加 x 个基点 → addBp x; benchmark → multiplier x. `base` carries the type, band and basis.
 */
export function scheduleFromStated(
  stated: StatedRate,
  base: { type?: ScheduleShape['type']; band?: Band; dayBasis?: 360 | 365 } = {},
): ScheduleShape & { stated: StatedRate } {
  const v = new Decimal(stated.value);
  const basis = base.dayBasis ? { dayBasis: base.dayBasis } : {};
  const types = typesFor(stated.form);
  const type = base.type && types.includes(base.type) ? base.type : types[0]!;
  switch (stated.form) {
    case 'annualPct':
      return { type: 'fixed', annual: plain(v.dividedBy(100)), ...basis, stated };
    case 'monthlyPct':
      return { type: 'fixed', annual: plain(v.times(12).dividedBy(100)), ...basis, stated };
    case 'dailyPerMyriad':
      return {
        type: 'fixed',
        annual: plain(v.times(base.dayBasis ?? 360).dividedBy(10000)),
        ...basis,
        stated,
      };
    case 'lprTimes':
      return { type: type as 'lpr1y' | 'lpr5y', multiplier: plain(v), ...basis, stated };
    case 'lprPlusBp':
      return { type: type as 'lpr1y' | 'lpr5y', addBp: plain(v), ...basis, stated };
    case 'benchmark': {
      const times = v.equals(1) ? {} : { multiplier: plain(v) };
      return type === 'benchmark'
        ? { type, band: base.band ?? '1y3y', ...times, ...basis, stated }
        : { type: 'benchmarkThenLpr', ...times, ...basis, stated };
    }
  }
}

const same = (a: string | undefined, b: string | undefined, dflt: string) =>
  new Decimal(a ?? dflt).equals(new Decimal(b ?? dflt));

/** Whether a schedule's engine fields say what its stated rate says (a client cannot send one and mean the other). */
export function agreesWithStated(s: ScheduleShape & { stated?: StatedRate }): boolean {
  if (!s.stated) return true;
  if (!typesFor(s.stated.form).includes(s.type)) return false;
  const d = scheduleFromStated(s.stated, {
    type: s.type,
    ...(s.type === 'benchmark' ? { band: s.band } : {}),
    ...(s.dayBasis ? { dayBasis: s.dayBasis } : {}),
  });
  const annualOk = d.type !== 'fixed' || (s.type === 'fixed' && same(d.annual, s.annual, '0'));
  return annualOk && same(d.multiplier, s.multiplier, '1') && same(d.addBp, s.addBp, '0');
}

/** The fixed annual fraction a schedule amounts to, or null when it follows a table (LPR, benchmark). */
export function fixedAnnual(s: ScheduleShape): Decimal | null {
  if (s.type !== 'fixed') return null;
  return new Decimal(s.annual).times(s.multiplier ?? '1').plus(new Decimal(s.addBp ?? '0').dividedBy(10000));
}

/** The annual fraction on a day when the table shows `tablePct` percent (LPR or benchmark). */
export function annualWith(s: ScheduleShape, tablePct: Decimal | null): Decimal | null {
  const fixed = fixedAnnual(s);
  if (fixed) return fixed;
  if (tablePct === null) return null;
  return tablePct
    .plus(new Decimal(s.addBp ?? '0').dividedBy(100))
    .times(s.multiplier ?? '1')
    .dividedBy(100);
}

/** 「每日约 136.44 元」: principal × annual ÷ basis, rounded for reading only. */
export function perDay(principal: string, annual: Decimal, basis: 360 | 365 = 360): string {
  return new Decimal(principal).times(annual).dividedBy(basis).toFixed(2);
}

export type RateCheck = 'refuse' | 'warn' | null;
export function checkAnnual(annual: Decimal | null): RateCheck {
  if (annual === null) return null;
  if (annual.greaterThanOrEqualTo(REFUSE_ANNUAL)) return 'refuse';
  if (annual.greaterThan(WARN_ANNUAL)) return 'warn';
  return null;
}

/** 1.75 → 一点七五, 5 → 五, 12 → 十二, 105 → 一百零五: the numerals of 日万分之. */
export function numberInWords(value: string): string {
  const { digits, units, point } = ratePhrases.numerals;
  const [int = '0', frac] = value.split('.');
  const n = Number(int);
  let words = '';
  if (n === 0) words = digits[0]!;
  else {
    const ds = [...String(n)].map(Number);
    let zero = false;
    ds.forEach((d, i) => {
      const unit = units[ds.length - 1 - i]!;
      if (d === 0) zero = true;
      else {
        if (zero) words += digits[0];
        zero = false;
        words += (d === 1 && unit === units[1] && i === 0 ? '' : digits[d]) + unit;
      }
    });
  }
  const tail = frac ? point + [...frac].map((c) => digits[Number(c)]).join('') : '';
  return words + tail;
}

/** The rate in the judgment's words. Without a stated form (older records), the fraction as a percentage. */
export function statedWording(s: ScheduleShape & { stated?: StatedRate }): string {
  const p = ratePhrases;
  const basis = s.dayBasis ? p.dayBasis(s.dayBasis) : '';
  const times = s.multiplier && !new Decimal(s.multiplier).equals(1) ? s.multiplier : null;
  if (s.stated) {
    const v = s.stated.value;
    switch (s.stated.form) {
      case 'annualPct':
        return p.annualPct(v) + basis;
      case 'monthlyPct':
        return p.monthlyPct(v) + basis;
      case 'dailyPerMyriad':
        return p.dailyPerMyriad(numberInWords(v));
      default:
        break;
    }
  }
  switch (s.type) {
    case 'fixed': {
      const pct = plain(fixedAnnual(s)!.times(100));
      return p.annualPct(pct) + basis;
    }
    case 'lpr1y':
    case 'lpr5y': {
      const name = p.lpr[s.type];
      if (s.addBp && !new Decimal(s.addBp).isZero()) return p.lprPlusBp(name, s.addBp) + basis;
      return (times ? p.lprTimes(name, times) : p.lprPlain(name)) + basis;
    }
    case 'benchmark': {
      const band = p.bands[s.band];
      return (times ? p.benchmarkTimes(band, times) : p.benchmark(band)) + basis;
    }
    case 'benchmarkThenLpr':
      return (times ? p.benchmarkThenLprTimes(times) : p.benchmarkThenLpr) + basis;
  }
}

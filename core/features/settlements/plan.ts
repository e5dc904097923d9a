import { addMonths, dayNumber, isIsoDate } from '../../lib/money/dates';
import { Decimal, ZERO } from '../../lib/money/decimal';
import { formatYuan } from '../../lib/money/round';
import type {
  Acknowledged,
  DeductionItem,
  InstalmentsItem,
  PlanItem,
  PlanProblem,
  Projection,
  ScheduleRow,
} from './types';
import { render, type Text, type Vars } from '../../lib/text';
import { messages, phrases } from './messages';

/** Most parts one item may expand to (a deduction of 1 fen a month would otherwise never end). */
export const MAX_PARTS = 1200;

const HUNDRED = new Decimal(100);
const NOTHING: Text = { zh: '', en: '' };
export const fenOf = (yuan: string): Decimal => new Decimal(yuan).times(HUNDRED);
export const yuanOf = (fen: Decimal): string => formatYuan(fen.dividedBy(HUNDRED));

/** principal + fee + interest + delay interest − the waived part of the delay interest. */
export function agreedTotal(a: Acknowledged): Decimal {
  return new Decimal(a.principal).plus(a.fee).plus(a.interest).plus(a.delayInterest).minus(a.delayWaived);
}

/** A scheduled amount before cumulative/remaining/seq are known. */
export type Due = Omit<ScheduleRow, 'seq' | 'cumulative' | 'remaining'>;

/**
 * Equal parts of `total` in fen: each part is ⌊total / n⌋ fen and the last absorbs the residual fen,
 * so 10000.00 in 3 is 3333.33, 3333.33, 3333.34.
 */
export function equalParts(total: string, count: number): string[] {
  const fen = fenOf(total);
  const each = fen.dividedToIntegerBy(count);
  const last = fen.minus(each.times(count - 1));
  return Array.from({ length: count }, (_, i) => yuanOf(i === count - 1 ? last : each));
}

/** Monthly dates from `first`, each counted from `first` so a 31st stays the 31st where the month has one. */
export function monthlyDates(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(first, i));
}

function instalmentRows(item: InstalmentsItem, index: number, problems: PlanProblem[]): Due[] {
  const n = item.count;
  const problem = (code: string, entry: Text, vars?: Vars) =>
    problems.push({ item: index, code, ...render(entry, vars) });
  if (!Number.isInteger(n) || n < 1 || n > MAX_PARTS) {
    problem('count', messages.instalmentCount, { max: MAX_PARTS });
    return [];
  }
  let amounts = item.amounts ?? equalParts(item.total, n);
  if (item.amounts) {
    if (item.amounts.length !== n) {
      problem('amounts', messages.instalmentAmountsCount, { given: item.amounts.length, count: n });
      amounts = equalParts(item.total, n);
    } else {
      const sumFen = item.amounts.reduce((s, a) => s.plus(fenOf(a)), ZERO);
      if (!sumFen.equals(fenOf(item.total)))
        problem('amountsSum', messages.instalmentAmountsSum, {
          sum: yuanOf(sumFen),
          total: { zh: formatYuan(new Decimal(item.total)), en: item.total },
        });
    }
  }
  let dates = item.dates ?? monthlyDates(item.firstDate, n);
  if (item.dates) {
    if (item.dates.length !== n) {
      problem('dates', messages.instalmentDatesCount, { given: item.dates.length, count: n });
      dates = monthlyDates(item.firstDate, n);
    } else if (item.dates.some((d, i) => i > 0 && dayNumber(d) <= dayNumber(item.dates![i - 1]!)))
      problem('datesOrder', messages.instalmentDatesOrder);
  }
  return amounts.map((amount, i) => ({
    date: dates[i]!,
    item: index,
    kind: 'instalments',
    part: i + 1,
    parts: n,
    label: render(messages.labelInstalment, { part: i + 1, parts: n }),
    amount,
    counts: true,
  }));
}

/** ⌈total / per⌉ monthly deductions of `per`; the last one takes what is left (2,000 a month for 200,000: 100). */
export function deductionAmounts(total: string, per: string): string[] | null {
  const totalFen = fenOf(total);
  const perFen = fenOf(per);
  if (perFen.lessThanOrEqualTo(0) || totalFen.lessThanOrEqualTo(0)) return null;
  const n = totalFen.dividedBy(perFen).ceil().toNumber();
  if (n > MAX_PARTS) return null;
  const last = totalFen.minus(perFen.times(n - 1));
  return Array.from({ length: n }, (_, i) => yuanOf(i === n - 1 ? last : perFen));
}

function deductionRows(item: DeductionItem, index: number, problems: PlanProblem[]): Due[] {
  const amounts = deductionAmounts(item.total, item.perPeriod);
  if (!amounts) {
    problems.push({
      item: index,
      code: 'perPeriod',
      ...render(messages.deductionPerPeriod, { max: MAX_PARTS }),
    });
    return [];
  }
  const dates = monthlyDates(item.firstDate, amounts.length);
  const source = item.source || phrases.income;
  return amounts.map((amount, i) => ({
    date: dates[i]!,
    item: index,
    kind: 'deduction',
    part: i + 1,
    parts: amounts.length,
    label: render(messages.labelDeduction, { source, part: i + 1, parts: amounts.length }),
    amount,
    counts: true,
  }));
}

function itemRows(item: PlanItem, index: number, problems: PlanProblem[]): Due[] {
  const one = (date: string, amount: string, label: Due['label'], counts = true): Due[] => [
    { date, item: index, kind: item.kind, part: 1, parts: 1, label, amount, counts },
  ];
  switch (item.kind) {
    case 'lump':
      return one(item.date, formatYuan(new Decimal(item.amount)), render(messages.labelLump));
    case 'instalments':
      return instalmentRows(item, index, problems);
    case 'deduction':
      return deductionRows(item, index, problems);
    case 'inKind':
      return one(
        item.deliveryDate,
        formatYuan(new Decimal(item.agreedValue)),
        render(messages.labelInKind, { item: item.item, quantity: item.quantity ? ' ' + item.quantity : '' }),
      );
    case 'thirdParty':
      return one(
        item.date,
        formatYuan(new Decimal(item.amount)),
        render(messages.labelThirdParty, {
          payer: item.payer,
          payee: item.payee,
          purpose: item.purpose ? render(messages.labelPurpose, { purpose: item.purpose }) : NOTHING,
        }),
        item.counts,
      );
    default: {
      const never: never = item;
      throw new Error(`unknown plan item ${JSON.stringify(never)}`);
    }
  }
}

/** One item's scheduled amounts (problems ignored): for wording an item on its own. */
export function itemSchedule(item: PlanItem): Due[] {
  return itemRows(item, 0, []);
}

/**
 * The plan simulated forward: every scheduled amount in date order (items in their listed order on the
 * same day), the running total of what counts towards the agreed debt and what remains, and the gap
 * between the agreed total and the plan in fen (positive: not covered; negative: planned beyond it).
 */
export function project(acknowledged: Acknowledged, items: readonly PlanItem[]): Projection {
  const problems: PlanProblem[] = [];
  const total = agreedTotal(acknowledged);
  if (new Decimal(acknowledged.delayWaived).greaterThan(acknowledged.delayInterest))
    problems.push({ item: null, code: 'waived', ...render(messages.waivedTooMuch) });
  const outOfRange = new Set<number>();
  const dues = items
    .flatMap((item, i) => itemRows(item, i, problems))
    .filter((d) => {
      if (isIsoDate(d.date)) return true;
      if (outOfRange.has(d.item)) return false;
      outOfRange.add(d.item);
      problems.push({ item: d.item, code: 'dateRange', ...render(messages.dateRange, { label: d.label }) });
      return false;
    });
  for (const d of dues)
    if (dayNumber(d.date) < dayNumber(acknowledged.asOf)) {
      problems.push({
        item: d.item,
        code: 'beforeAsOf',
        ...render(messages.beforeAsOf, { label: d.label, date: d.date, asOf: acknowledged.asOf }),
      });
      break;
    }
  const ordered = dues
    .map((d, order) => ({ d, order, day: dayNumber(d.date) }))
    .sort((a, b) => a.day - b.day || a.order - b.order)
    .map((x) => x.d);
  const totalFen = fenOf(total.toFixed(2));
  let cumulative = ZERO;
  const schedule: ScheduleRow[] = ordered.map((d, i) => {
    if (d.counts) cumulative = cumulative.plus(fenOf(d.amount));
    return {
      seq: i + 1,
      ...d,
      cumulative: yuanOf(cumulative),
      remaining: yuanOf(totalFen.minus(cumulative)),
    };
  });
  const gapFen = totalFen.minus(cumulative);
  return {
    agreedTotal: yuanOf(totalFen),
    planned: yuanOf(cumulative),
    gap: yuanOf(gapFen),
    gapFen: gapFen.toNumber(),
    balanced: gapFen.isZero(),
    schedule,
    problems,
  };
}

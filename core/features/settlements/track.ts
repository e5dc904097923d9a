import { addDays, daysBetween, dayNumber } from '../../lib/money/dates';
import { Decimal, ZERO } from '../../lib/money/decimal';
import { fenOf, yuanOf } from './plan';
import type { ScheduleRow } from './types';
import { render, type Text } from '../../lib/text';
import { messages } from './messages';

export type ActualPayment = { id: string; date: string; amount: string };

export type DueState = 'paid' | 'paidLate' | 'partial' | 'overdue' | 'notDue';

export type TrackedRow = {
  seq: number;
  date: string;
  label: { zh: string; en: string };
  amount: string;
  paid: string;
  outstanding: string;
  /** the day the amount was fully paid, or null */
  paidOn: string | null;
  /** days late when paid late, or days overdue as of asOf while unpaid; 0 otherwise */
  daysLate: number;
  state: DueState;
  /** unpaid (or paid) more than the grace period after the due date */
  breach: boolean;
  /** payments (ids) that went to this row */
  payments: string[];
};

export type AgreementStatus = 'performing' | 'completed' | 'defaulted';

export type Tracking = {
  asOf: string;
  graceDays: number;
  status: AgreementStatus;
  rows: TrackedRow[];
  paid: string;
  outstanding: string;
  /** paid beyond every scheduled amount */
  surplus: string;
  /** the first breach: its row and the date it became a default (due date + grace + 1) */
  firstBreach: { seq: number; date: string } | null;
  /** payments considered: after the acknowledgement date, up to asOf */
  considered: ActualPayment[];
  rule: { zh: string; en: string };
};

export const STATUS_RULE = (grace: number): Text => render(messages.statusRule, { grace });

/**
 * Actual payments matched to the schedule (only the rows that count towards the agreed debt), in date
 * order, first due first paid. The status rule is STATUS_RULE; `after` is the acknowledgement date, whose
 * payments are already in the acknowledged amount.
 */
export function track(
  schedule: readonly ScheduleRow[],
  payments: readonly ActualPayment[],
  options: { after: string; asOf: string; graceDays: number },
): Tracking {
  const { asOf, graceDays } = options;
  const asOfDay = dayNumber(asOf);
  const considered = payments
    .map((p, order) => ({ p, order, day: dayNumber(p.date) }))
    .filter((x) => x.day > dayNumber(options.after) && x.day <= asOfDay)
    .sort((a, b) => a.day - b.day || a.order - b.order)
    .map((x) => x.p);
  const dues = schedule.filter((r) => r.counts);
  const paidFen = dues.map(() => ZERO);
  const paidOn: (string | null)[] = dues.map(() => null);
  const used: string[][] = dues.map(() => []);
  let cursor = 0;
  let surplus = ZERO;
  for (const p of considered) {
    let left = fenOf(p.amount);
    while (left.greaterThan(0) && cursor < dues.length) {
      const need = fenOf(dues[cursor]!.amount).minus(paidFen[cursor]!);
      const take = Decimal.min(need, left);
      paidFen[cursor] = paidFen[cursor]!.plus(take);
      left = left.minus(take);
      used[cursor]!.push(p.id);
      if (paidFen[cursor]!.equals(fenOf(dues[cursor]!.amount))) {
        paidOn[cursor] = p.date;
        cursor++;
      }
    }
    surplus = surplus.plus(left);
  }
  let firstBreach: Tracking['firstBreach'] = null;
  const rows = dues.map((d, i): TrackedRow => {
    const amountFen = fenOf(d.amount);
    const outstanding = amountFen.minus(paidFen[i]!);
    const overdueDays = Math.max(0, asOfDay - dayNumber(d.date));
    let state: DueState;
    let daysLate = 0;
    if (outstanding.isZero()) {
      daysLate = Math.max(0, daysBetween(d.date, paidOn[i]!));
      state = daysLate > 0 ? 'paidLate' : 'paid';
    } else if (overdueDays > 0) {
      daysLate = overdueDays;
      state = 'overdue';
    } else state = paidFen[i]!.isZero() ? 'notDue' : 'partial';
    const breach = daysLate > graceDays;
    if (breach && !firstBreach) firstBreach = { seq: d.seq, date: addDays(d.date, graceDays + 1) };
    return {
      seq: d.seq,
      date: d.date,
      label: d.label,
      amount: d.amount,
      paid: yuanOf(paidFen[i]!),
      outstanding: yuanOf(outstanding),
      paidOn: paidOn[i]!,
      daysLate,
      state,
      breach,
      payments: used[i]!,
    };
  });
  const totalPaid = paidFen.reduce((s, x) => s.plus(x), ZERO);
  const totalDue = dues.reduce((s, d) => s.plus(fenOf(d.amount)), ZERO);
  const status: AgreementStatus = totalPaid.equals(totalDue)
    ? 'completed'
    : firstBreach
      ? 'defaulted'
      : 'performing';
  return {
    asOf,
    graceDays,
    status,
    rows,
    paid: yuanOf(totalPaid),
    outstanding: yuanOf(totalDue.minus(totalPaid)),
    surplus: yuanOf(surplus),
    firstBreach,
    considered: [...considered],
    rule: STATUS_RULE(graceDays),
  };
}

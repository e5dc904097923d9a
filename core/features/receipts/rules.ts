import { addDays, daysBetween } from '../../lib/money/dates';

/**
 * 执行款 paid out on time: money received for a case is to be accounted for and paid out within 30 days
 * of its arrival (《最高人民法院关于执行款物管理工作的规定》法发〔2017〕6号 第十一条; local rules may be
 * stricter). Pure: the day is an argument.
 */
export const PAYOUT_DAYS = 30;
/** A receipt not paid out this close to its last day (or past it) is an alert. */
export const PAYOUT_ALERT_DAYS = 7;

export const RECEIPT_METHODS = ['transfer', 'cash', 'deduction', 'other'] as const;
export type ReceiptMethod = (typeof RECEIPT_METHODS)[number];

export type PayoutStatus = 'paidOut' | 'open' | 'due' | 'overdue';

export type PayoutClock = {
  /** the last day to pay out: the day of arrival + 30 */
  deadline: string;
  /** days from asOf to the deadline (negative: past it) */
  daysLeft: number;
  outstandingFen: number;
  status: PayoutStatus;
};

/** The clock of one receipt of `amountFen` received on `receivedOn`, `paidFen` of it paid out by `asOf`. */
export function payoutClock(
  receivedOn: string,
  amountFen: number,
  paidFen: number,
  asOf: string,
): PayoutClock {
  const deadline = addDays(receivedOn, PAYOUT_DAYS);
  const daysLeft = daysBetween(asOf, deadline);
  const outstandingFen = amountFen - paidFen;
  const status: PayoutStatus =
    outstandingFen <= 0
      ? 'paidOut'
      : daysLeft < 0
        ? 'overdue'
        : daysLeft <= PAYOUT_ALERT_DAYS
          ? 'due'
          : 'open';
  return { deadline, daysLeft, outstandingFen, status };
}

/** 「2026-03」 → its first and last days. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

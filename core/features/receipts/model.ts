import { z } from 'zod';
import {
  amountString,
  id,
  isoDate,
  optionalText,
  positiveAmountString,
  requiredText,
} from '../../platform/api/schemas';
import { RECEIPT_METHODS, type PayoutStatus, type ReceiptMethod } from './rules';

/** The 执行款 register's records and views (amounts are yuan strings), and the input fields. */

export type Payout = {
  id: number;
  receiptId: number;
  caseId: number;
  paidOn: string;
  payee: string;
  amount: string;
  /** the distribution plan it pays under, if any */
  planId: number | null;
  note: string;
  createdAt: string;
};

export type Receipt = {
  id: number;
  caseId: number;
  receivedOn: string;
  payer: string;
  amount: string;
  reason: string;
  method: ReceiptMethod;
  note: string;
  createdAt: string;
  updatedAt: string;
};

export type ReceiptView = Receipt & {
  payouts: Payout[];
  paidOut: string;
  outstanding: string;
  /** the last day to pay out (到账 + 30 days) */
  deadline: string;
  daysLeft: number;
  status: PayoutStatus;
};

export type ReceiptList = {
  asOf: string;
  receipts: ReceiptView[];
  received: string;
  paidOut: string;
  outstanding: string;
  rule: { zh: string; en: string };
};

export type DueReceipt = ReceiptView & { caseNumber: string };
export type DueView = { asOf: string; receipts: DueReceipt[] };

export const receiptFields = {
  receivedOn: isoDate,
  payer: requiredText(200),
  amount: positiveAmountString,
  reason: optionalText(500),
  method: z.enum(RECEIPT_METHODS, { message: 'enumInvalid' }).default('transfer'),
  note: optionalText(500),
};

export const payoutFields = {
  receiptId: id,
  paidOn: isoDate,
  payee: requiredText(200),
  amount: positiveAmountString,
  planId: id.nullable().default(null),
  note: optionalText(500),
};

export const monthString = z
  .string({ message: 'dateFormat' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'dateFormat' });

export { amountString };

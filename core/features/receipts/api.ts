import { z } from 'zod';
import { job, read, write } from '../../platform/api/method';
import { id, isoDate, requiredText } from '../../platform/api/schemas';
import type { DocumentExport } from '../documents/model';
import {
  monthString,
  payoutFields,
  receiptFields,
  type DueView,
  type ReceiptList,
  type ReceiptView,
} from './model';

/** The 执行款 register's methods in the one contract (core/platform/api/contract.ts). */
export const receiptsContract = {
  'receipts.list': read<ReceiptList>()(z.strictObject({ caseId: id, asOf: isoDate.optional() })),
  'receipts.add': write<ReceiptView>()(z.strictObject({ caseId: id, ...receiptFields })),
  'receipts.delete': write<{ id: number }>()(z.strictObject({ id })),
  /** a payout out of one receipt, optionally under a distribution plan of the case */
  'receipts.payout': write<ReceiptView>()(z.strictObject(payoutFields)),
  'receipts.deletePayout': write<ReceiptView>()(z.strictObject({ id })),
  /** every receipt across all cases within 7 days of its 30-day payout deadline, or past it */
  'receipts.due': read<DueView>()(z.strictObject({ asOf: isoDate.optional() })),
  /** the monthly 执行款收付台账 with its two 对账人 */
  'documents.receiptsLedger': job<DocumentExport>()(
    z.strictObject({ month: monthString, reconcilers: z.tuple([requiredText(50), requiredText(50)]) }),
  ),
  /** 收款笔录 of a cash receipt: the payer and two officers sign it */
  'documents.cashReceipt': job<DocumentExport>()(z.strictObject({ receiptId: id })),
} as const;

import { nextFreeCode } from '../../../platform/db/codes';
import { deletePayment, getPayment, insertPayment, listPayments, updatePayment } from '../store/payments';
import type { ParsedInputOf } from '../../../platform/api/contract';
import { notFound } from '../../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { Payment } from '../model';
import { recordCreate, recordDelete, recordUpdate, requireCase } from './records';

function loadPayment(ctx: HandlerContext, id: number): Payment {
  const payment = getPayment(ctx.db, id);
  if (!payment) throw notFound('payment', id);
  return payment;
}

export function addPayment(
  ctx: HandlerContext,
  { caseId, code, ...fields }: ParsedInputOf<'payments.add'>,
): Payment {
  requireCase(ctx, caseId);
  const id = insertPayment(ctx.db, caseId, { ...fields, code: code ?? nextFreeCode(ctx.db, caseId, 'p') });
  const payment = loadPayment(ctx, id);
  recordCreate(ctx, 'payment', payment);
  return payment;
}

export const paymentHandlers = {
  'payments.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listPayments(ctx.db, caseId);
  },

  'payments.add': addPayment,

  // Leaving the code out keeps the current one: a payment's code is its name in the ledger.
  'payments.edit': (ctx, { id, code, ...fields }) => {
    const before = loadPayment(ctx, id);
    updatePayment(ctx.db, id, before.caseId, { ...fields, code: code ?? before.code });
    const after = loadPayment(ctx, id);
    recordUpdate(ctx, 'payment', before, after);
    return after;
  },

  'payments.delete': (ctx, { id }) => {
    const before = loadPayment(ctx, id);
    deletePayment(ctx.db, id);
    recordDelete(ctx, 'payment', before);
    return { id };
  },
} satisfies HandlerGroup;

import { Decimal } from '../../lib/money/decimal';
import { fenToYuan, yuanToFen } from '../../lib/money/amount';
import { render } from '../../lib/text';
import { conflict, notFound } from '../../platform/api/errors';
import { exportJob, registeredExport, type ExportPlan } from '../../platform/api/export-job';
import type { HandlerContext, HandlerGroup } from '../../platform/api/handler';
import type { DocumentExport } from '../documents/model';
import type { ReadDb } from '../../platform/db/handle';
import { loadCaseDetail } from '../cases/handlers/case-detail';
import { recordCreate, recordDelete, requireCase } from '../cases/handlers/records';
import { getCase } from '../cases/store/cases';
import { distribute } from '../settlements';
import { getDistributionPlan } from '../settlements/store';
import { cashReceiptModel, ledgerModel, type LedgerRow } from './document';
import type { DueReceipt, Receipt, ReceiptView } from './model';
import { messages, phrases } from './messages';
import { monthRange, payoutClock } from './rules';
import {
  deletePayout,
  deleteReceipt,
  getPayout,
  getReceipt,
  insertPayout,
  insertReceipt,
  listOpenReceipts,
  listReceipts,
  listReceiptsBetween,
  payoutsOf,
  payoutsUnderPlan,
} from './store';

/**
 * 执行款 register: receipts of a case, payouts out of them (tied to the distribution plan when there is
 * one), the 30-day clock, the alert across cases, the monthly 台账 and the 收款笔录 of cash.
 */

const todayOf = (ctx: { now: () => string }) => ctx.now().slice(0, 10);

function view(db: ReadDb, r: Receipt, asOf: string): ReceiptView {
  const payouts = payoutsOf(db, r.id);
  const paidFen = payouts.reduce((s, p) => s + yuanToFen(p.amount), 0);
  const clock = payoutClock(r.receivedOn, yuanToFen(r.amount), paidFen, asOf);
  return {
    ...r,
    payouts,
    paidOut: fenToYuan(paidFen),
    outstanding: fenToYuan(clock.outstandingFen),
    deadline: clock.deadline,
    daysLeft: clock.daysLeft,
    status: clock.status,
  };
}

function load(ctx: HandlerContext, id: number): Receipt {
  const r = getReceipt(ctx.db, id);
  if (!r) throw notFound('receipt', id);
  return r;
}

/** A payout under a plan: to one of its creditors, never beyond what the plan pays that creditor now. */
function checkAgainstPlan(
  ctx: HandlerContext,
  caseId: number,
  planId: number,
  payee: string,
  amount: string,
): void {
  const plan = getDistributionPlan(ctx.db, planId);
  if (!plan) throw notFound('distribution', planId);
  if (plan.caseId !== caseId) throw conflict('receipts.payoutPlanOtherCase', {}, { planId });
  const result = distribute(plan.amount, plan.claims, plan.rules);
  const mine = result.claims.filter((c) => c.creditor === payee);
  if (mine.length === 0) throw conflict('receipts.payoutNotInPlan', { payee }, { planId, payee });
  const payNow = mine.reduce((s, c) => s.plus(c.payNow), new Decimal(0));
  const paid = payoutsUnderPlan(ctx.db, planId)
    .filter((p) => p.payee === payee)
    .reduce((s, p) => s.plus(p.amount), new Decimal(0));
  if (paid.plus(amount).greaterThan(payNow))
    throw conflict(
      'receipts.payoutBeyondPlan',
      { payee, payNow: payNow.toFixed(2), paid: paid.toFixed(2), left: payNow.minus(paid).toFixed(2) },
      { planId, payee },
    );
}

function ledgerPlan(
  ctx: HandlerContext,
  month: string,
  reconcilers: readonly [string, string],
): ExportPlan<DocumentExport> {
  const { from, to } = monthRange(month);
  const receipts = listReceiptsBetween(ctx.db, from, to).map((receipt) => ({
    receipt,
    detail: loadCaseDetail(ctx.db, receipt.caseId),
  }));
  const rows: LedgerRow[] = receipts.map(({ receipt, detail }) => {
    const names = (role: string) =>
      detail.parties
        .filter((p) => p.role === role)
        .map((p) => p.name)
        .join(phrases.nameSeparator);
    return {
      receipt,
      paidOut: view(ctx.db, receipt, todayOf(ctx)).paidOut,
      caseNumber: detail.caseNumber,
      judge: detail.judge,
      creditors: names('applicant'),
      debtors: names('respondent'),
    };
  });
  const court = receipts.map((r) => r.detail.court).find(Boolean) ?? '';
  const sum = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0)).toFixed(2);
  const model = ledgerModel({
    month,
    rows,
    total: sum(rows.map((r) => r.receipt.amount)),
    paidOut: sum(rows.map((r) => r.paidOut)),
    reconcilers,
    court,
    issuedOn: todayOf(ctx),
  });
  return registeredExport(ctx, {
    model,
    kind: model.kind,
    caseId: null,
    court: court || null,
    suffix: month,
    audit: { month, reconcilers },
  });
}

export const receiptsHandlers = {
  'receipts.list': (ctx, { caseId, asOf }) => {
    requireCase(ctx, caseId);
    const day = asOf ?? todayOf(ctx);
    const receipts = listReceipts(ctx.db, caseId).map((r) => view(ctx.db, r, day));
    const sum = (pick: (r: ReceiptView) => string) =>
      receipts.reduce((s, r) => s.plus(pick(r)), new Decimal(0)).toFixed(2);
    return {
      asOf: day,
      receipts,
      received: sum((r) => r.amount),
      paidOut: sum((r) => r.paidOut),
      outstanding: sum((r) => r.outstanding),
      rule: render(messages.clockRule),
    };
  },

  'receipts.add': (ctx, { caseId, ...fields }) => {
    requireCase(ctx, caseId);
    const r = load(ctx, insertReceipt(ctx.db, caseId, fields, ctx.now()));
    recordCreate(ctx, 'receipt', r);
    return view(ctx.db, r, todayOf(ctx));
  },

  'receipts.delete': (ctx, { id }) => {
    const r = load(ctx, id);
    if (payoutsOf(ctx.db, id).length > 0) throw conflict('receipts.receiptHasPayouts', {}, { id });
    deleteReceipt(ctx.db, id);
    recordDelete(ctx, 'receipt', r);
    return { id };
  },

  'receipts.payout': (ctx, input) => {
    const r = load(ctx, input.receiptId);
    if (input.paidOn < r.receivedOn)
      throw conflict('receipts.payoutBeforeReceipt', { receivedOn: r.receivedOn }, { id: r.id });
    const before = view(ctx.db, r, todayOf(ctx));
    const paid = new Decimal(before.paidOut).plus(input.amount);
    if (paid.greaterThan(r.amount))
      throw conflict(
        'receipts.payoutBeyondReceipt',
        { paid: paid.toFixed(2), amount: r.amount },
        { id: r.id },
      );
    if (input.planId !== null) checkAgainstPlan(ctx, r.caseId, input.planId, input.payee, input.amount);
    const payout = getPayout(ctx.db, insertPayout(ctx.db, input, ctx.now()))!;
    recordCreate(ctx, 'payout', payout);
    return view(ctx.db, r, todayOf(ctx));
  },

  'receipts.deletePayout': (ctx, { id }) => {
    const p = getPayout(ctx.db, id);
    if (!p) throw notFound('payout', id);
    deletePayout(ctx.db, id);
    recordDelete(ctx, 'payout', p);
    return view(ctx.db, load(ctx, p.receiptId), todayOf(ctx));
  },

  'receipts.due': (ctx, { asOf }) => {
    const day = asOf ?? todayOf(ctx);
    const receipts: DueReceipt[] = listOpenReceipts(ctx.db)
      .map((r) => view(ctx.db, r, day))
      .filter((v) => v.status === 'due' || v.status === 'overdue')
      .map((v) => ({ ...v, caseNumber: getCase(ctx.db, v.caseId)?.caseNumber ?? '' }));
    return { asOf: day, receipts };
  },

  'documents.receiptsLedger': exportJob<'documents.receiptsLedger'>((ctx, { month, reconcilers }) =>
    ledgerPlan(ctx, month, reconcilers),
  ),

  'documents.cashReceipt': exportJob<'documents.cashReceipt'>((ctx, { receiptId }) => {
    const r = load(ctx, receiptId);
    const detail = loadCaseDetail(ctx.db, r.caseId);
    const model = cashReceiptModel({ receipt: r, caseNumber: detail.caseNumber, court: detail.court });
    return registeredExport(ctx, {
      model,
      kind: model.kind,
      caseId: r.caseId,
      court: detail.court,
      suffix: r.receivedOn,
      audit: { receiptId },
    });
  }),
} satisfies HandlerGroup;

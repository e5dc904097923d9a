import type { ReadDb } from '../../../platform/db/handle';
import { countSignatures, getLock } from '../../signatures/store';
import {
  deleteDistributionPlan,
  deleteSettlement,
  getDistributionPlan,
  getSettlement,
  insertDistributionPlan,
  insertSettlement,
  listDistributionPlans,
  listSettlements,
  updateDistributionPlan,
  updateSettlement,
  type DistributionFields,
  type SettlementFields,
} from '../store';
import { compute, LedgerInputError } from '../../../lib/interest';
import { Decimal } from '../../../lib/money/decimal';
import { formatYuan } from '../../../lib/money/round';
import {
  agreementClauses,
  defaultScenario,
  distribute,
  ledgerAtAgreement,
  planClocks,
  project,
  track,
  type Acknowledged,
  type Clauses,
  type PlanItem,
} from '..';
import { AppError, notFound, validationFailed } from '../../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { CaseDetail } from '../../cases/model';
import type {
  DistributionRecord,
  SettlementParties,
  SettlementPreview,
  SettlementRecord,
  SettlementSummary,
  SettlementView,
} from '../model/views';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { recordCreate, recordDelete, recordUpdate, requireCase } from '../../cases/handlers/records';
import { checkedLedger, rateTables } from '../../ledger/handlers/ledger';
import { assertUnlocked } from '../../signatures/handlers/locks';
import { render } from '../../../lib/text';
import { messages, phrases } from '../messages';

/**
 * Settlements (执行和解协议) and distribution plans (执行款分配方案). The plan's arithmetic is core/features/settlements;
 * here it meets the case (its parties, its ledger, its payments) and storage. Every write is audited
 * with the whole record before and after.
 */

const names = (detail: CaseDetail, role: string, fallback: string) =>
  detail.parties
    .filter((p) => p.role === role)
    .map((p) => p.name)
    .join(phrases.nameSeparator) || fallback;

/**
 * The agreement's schedule and the case's payments matched to it as of a date: only payments after the
 * acknowledgement count, each to the earliest amount still open (core/features/settlements/track.ts).
 */
export function trackedSettlement(ctx: HandlerContext, record: SettlementRecord, asOf: string) {
  const detail = loadCaseDetail(ctx.db, record.caseId);
  const projection = project(record.acknowledged, record.items);
  const tracking = track(
    projection.schedule,
    detail.payments.map((p) => ({ id: p.code, date: p.date, amount: p.amount })),
    { after: record.acknowledged.asOf, asOf, graceDays: record.clauses.graceDays },
  );
  return { projection, tracking };
}

export function caseParties(detail: CaseDetail): SettlementParties {
  return {
    creditor: names(detail, 'applicant', phrases.roles.creditor),
    debtor: names(detail, 'respondent', phrases.roles.debtor),
  };
}

function engine<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof LedgerInputError)
      throw AppError.fromText('LEDGER_INVALID', error.text, { code: error.code });
    throw error;
  }
}

export function preview(
  detail: CaseDetail,
  plan: { acknowledged: Acknowledged; items: PlanItem[]; clauses: Clauses },
): SettlementPreview {
  const parties = caseParties(detail);
  return {
    projection: project(plan.acknowledged, plan.items),
    wording: agreementClauses(plan, parties),
    parties,
  };
}

export function loadSettlement(db: ReadDb, id: number): SettlementRecord {
  const record = getSettlement(db, id);
  if (!record) throw notFound('settlement', id);
  return record;
}

function view(db: ReadDb, record: SettlementRecord): SettlementView {
  return { ...record, ...preview(loadCaseDetail(db, record.caseId), record) };
}

function checkFields(f: SettlementFields): void {
  const a = f.acknowledged;
  if (new Decimal(a.delayWaived).greaterThan(a.delayInterest))
    throw validationFailed([
      { path: ['acknowledged', 'delayWaived'], key: 'invalid', ...render(messages.waivedTooMuch) },
    ]);
  if (f.status === 'concluded' && !f.concludedOn)
    throw validationFailed([
      { path: ['concludedOn'], key: 'required', ...render(messages.concludedNeedsDate) },
    ]);
  if (f.status === 'concluded') {
    const p = project(f.acknowledged, f.items);
    const problem = p.problems[0];
    if (problem)
      throw validationFailed([
        {
          path: ['items'],
          key: 'invalid',
          ...render(messages.concludedPlanProblem, { problem: { zh: problem.zh, en: problem.en } }),
        },
      ]);
    if (!p.balanced)
      throw validationFailed([
        {
          path: ['items'],
          key: 'invalid',
          ...render(messages.concludedUnbalanced, { total: p.agreedTotal, gap: p.gap }),
        },
      ]);
  }
}

/** A settlement carried over from the original court (transfer package) is its record: read-only here. */
function assertMadeHere(record: SettlementRecord): void {
  if (record.origin)
    throw new AppError(
      'LOCKED',
      'settlements.madeElsewhere',
      { court: record.origin.court, caseNumber: record.origin.caseNumber },
      { origin: record.origin },
    );
}

function summary(db: ReadDb, record: SettlementRecord): SettlementSummary {
  const p = project(record.acknowledged, record.items);
  return {
    id: record.id,
    caseId: record.caseId,
    title: record.title,
    status: record.status,
    agreedTotal: p.agreedTotal,
    planned: p.planned,
    gap: p.gap,
    balanced: p.balanced,
    firstDate: p.schedule[0]?.date ?? null,
    lastDate: p.schedule.at(-1)?.date ?? null,
    signatures: countSignatures(db, 'settlement', record.id),
    locked: getLock(db, 'settlement', record.id) !== undefined,
    origin: record.origin,
    updatedAt: record.updatedAt,
  };
}

export function loadDistribution(db: ReadDb, id: number): DistributionRecord {
  const record = getDistributionPlan(db, id);
  if (!record) throw notFound('distribution', id);
  return record;
}

export const settlementHandlers = {
  'settlements.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listSettlements(ctx.db, caseId).map((r) => summary(ctx.db, r));
  },

  'settlements.get': (ctx, { id }) => view(ctx.db, loadSettlement(ctx.db, id)),

  'settlements.acknowledge': (ctx, { caseId, asOf }) => {
    const detail = loadCaseDetail(ctx.db, caseId);
    const ledger = checkedLedger(detail, asOf);
    const b = engine(() => compute(ledger, rateTables(ctx.db), { asOf, trace: false })).balances;
    const delay = new Decimal(b.oldDelay).plus(b.doubled);
    return {
      asOf,
      principal: b.principal,
      fee: b.fee,
      interest: b.generalInterest,
      delayInterest: formatYuan(delay),
      delayWaived: '0.00',
      total: b.total,
    };
  },

  'settlements.preview': (ctx, { caseId, acknowledged, items, clauses }) =>
    preview(loadCaseDetail(ctx.db, caseId), { acknowledged, items, clauses }),

  'settlements.save': (ctx, { id, caseId, ...fields }) => {
    requireCase(ctx, caseId);
    checkFields(fields);
    const at = ctx.now();
    if (id === undefined) {
      const newId = insertSettlement(ctx.db, caseId, fields, at);
      const after = loadSettlement(ctx.db, newId);
      recordCreate(ctx, 'settlement', after);
      return view(ctx.db, after);
    }
    const before = loadSettlement(ctx.db, id);
    assertUnlocked(ctx.db, 'settlement', id);
    assertMadeHere(before);
    if (before.caseId !== caseId) throw new AppError('CONFLICT', 'settlements.settlementOtherCase');
    updateSettlement(ctx.db, id, fields, at);
    const after = loadSettlement(ctx.db, id);
    recordUpdate(ctx, 'settlement', before, after);
    return view(ctx.db, after);
  },

  'settlements.delete': (ctx, { id }) => {
    const before = loadSettlement(ctx.db, id);
    assertUnlocked(ctx.db, 'settlement', id);
    assertMadeHere(before);
    deleteSettlement(ctx.db, id);
    recordDelete(ctx, 'settlement', before);
    return { id };
  },

  'settlements.project': (ctx, { id, missedSeq, asOf }) => {
    const record = loadSettlement(ctx.db, id);
    const projection = project(record.acknowledged, record.items);
    const missed = projection.schedule.find((r) => r.seq === missedSeq);
    if (!missed || !missed.counts)
      throw validationFailed([
        { path: ['missedSeq'], key: 'invalid', ...render(messages.noScheduledAmount, { seq: missedSeq }) },
      ]);
    // the case's payments after the acknowledgement are replaced by the amounts the plan says were paid
    const ledger = ledgerAtAgreement(
      checkedLedger(loadCaseDetail(ctx.db, record.caseId), asOf),
      record.acknowledged.asOf,
    );
    return engine(() => defaultScenario(ledger, rateTables(ctx.db), projection, missedSeq, asOf));
  },

  'settlements.track': (ctx, { id, asOf }) => ({
    ...trackedSettlement(ctx, loadSettlement(ctx.db, id), asOf).tracking,
    settlementId: id,
  }),

  'distribution.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listDistributionPlans(ctx.db, caseId).map((p) => ({
      id: p.id,
      caseId: p.caseId,
      title: p.title,
      debtor: p.debtor,
      planDate: p.planDate,
      amount: p.amount,
      claims: p.claims.length,
      updatedAt: p.updatedAt,
    }));
  },

  'distribution.get': (ctx, { id }) => distributionView(ctx, loadDistribution(ctx.db, id)),

  'distribution.compute': (_ctx, { amount, claims, rules }) => distribute(amount, claims, rules),

  'distribution.save': (ctx, { id, caseId, ...fields }) => {
    requireCase(ctx, caseId);
    const f: DistributionFields = fields;
    distribute(f.amount, f.claims, f.rules); // refuses proceeds beyond the amount before anything is written
    const at = ctx.now();
    let after: DistributionRecord;
    if (id === undefined) {
      after = loadDistribution(ctx.db, insertDistributionPlan(ctx.db, caseId, f, at));
      recordCreate(ctx, 'distribution', after);
    } else {
      const before = loadDistribution(ctx.db, id);
      if (before.caseId !== caseId) throw new AppError('CONFLICT', 'settlements.distributionOtherCase');
      updateDistributionPlan(ctx.db, id, f, at);
      after = loadDistribution(ctx.db, id);
      recordUpdate(ctx, 'distribution', before, after);
    }
    return distributionView(ctx, after);
  },

  'distribution.delete': (ctx, { id }) => {
    const before = loadDistribution(ctx.db, id);
    deleteDistributionPlan(ctx.db, id);
    recordDelete(ctx, 'distribution', before);
    return { id };
  },
} satisfies HandlerGroup;

/** A plan with its result under its rule set and its clocks on today's date. */
export function distributionView(ctx: HandlerContext, record: DistributionRecord) {
  return {
    ...record,
    result: distribute(record.amount, record.claims, record.rules),
    deadlines: planClocks(record.clocks, ctx.now().slice(0, 10)),
  };
}

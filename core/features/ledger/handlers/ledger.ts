import { setCaseAsOf, updateCaseSettings } from '../../cases/store/cases';
import { doubledOverPrincipal } from '../../../lib/interest/warnings';
import { insertExcluded } from '../../cases/store/excluded';
import { clearLedger } from '../store';
import { insertObligation } from '../../cases/store/obligations';
import { insertPayment } from '../../cases/store/payments';
import type { ReadDb } from '../../../platform/db/handle';
import { listLprAdditions } from '../../rates/store';
import { compute, LedgerInputError } from '../../../lib/interest';
import type { ComputeOptions } from '../../../lib/interest/compute';
import type { Ledger, Settings } from '../../../lib/interest/types';
import { parseLedger, type LedgerProblem } from '../ledger-file';
import { compareScenarios } from '../scenarios';
import { buildRateTables, type RateTables } from '../../../lib/rates/table';
import { AppError } from '../../../platform/api/errors';
import { render } from '../../../lib/text';
import { DEFAULT_PAYMENT_KIND } from '../../../lib/interest/vocabulary';
import { messages } from '../messages';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { CaseDetail } from '../../cases/model';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { caseToLedger, ledgerObligationFields } from './ledger-map';
import { recordChange } from '../../cases/handlers/records';

const CODE = /^[A-Za-z0-9_-]{1,32}$/;

function ledgerInvalid(problems: LedgerProblem[]): AppError {
  const first = problems[0]!;
  return AppError.fromText('LEDGER_INVALID', { zh: first.zh, en: first.en }, { problems });
}

/** The shipped tables plus the LPR fixings entered on this installation. */
export function rateTables(db: ReadDb): RateTables {
  return buildRateTables(listLprAdditions(db));
}

/** The case's ledger, checked by the same rules as a ledger file; settings may be tried without saving. */
export function checkedLedger(
  detail: CaseDetail,
  asOf: string | undefined,
  settings?: Partial<Settings>,
): Ledger {
  const ledger = caseToLedger(detail);
  if (settings) ledger.settings = { ...ledger.settings, ...settings };
  if (!ledger.asOf && !asOf) throw new AppError('LEDGER_INVALID', 'ledger.asOfMissing');
  const parsed = parseLedger(ledger, asOf ? { asOf } : {});
  if (!parsed.ok) throw ledgerInvalid(parsed.problems);
  return parsed.ledger;
}

function run<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof LedgerInputError)
      throw AppError.fromText('LEDGER_INVALID', error.text, { code: error.code });
    throw error;
  }
}

function importLedger(ctx: HandlerContext, caseId: number, text: string): CaseDetail {
  const before = loadCaseDetail(ctx.db, caseId);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('LEDGER_INVALID', 'ledger.notJson', { reason: (error as Error).message });
  }
  const parsed = parseLedger(json, before.asOf ? { asOf: before.asOf } : {});
  if (!parsed.ok) throw ledgerInvalid(parsed.problems);
  const ledger = parsed.ledger;
  const badId = [...ledger.obligations, ...ledger.payments].find((x) => !CODE.test(x.id));
  if (badId) throw ledgerInvalid([{ path: 'id', ...render(messages.idFormat, { id: badId.id }) }]);
  clearLedger(ctx.db, caseId);
  // Bases before the interests that refer to them, whatever the file's order.
  const ordered = [...ledger.obligations].sort(
    (a, b) => Number(a.kind === 'interestRunning') - Number(b.kind === 'interestRunning'),
  );
  for (const o of ordered) insertObligation(ctx.db, caseId, ledgerObligationFields(o));
  for (const p of ledger.payments)
    insertPayment(ctx.db, caseId, {
      code: p.id,
      date: p.date,
      amount: p.amount,
      kind: p.kind ?? DEFAULT_PAYMENT_KIND,
      note: '',
    });
  for (const e of ledger.excluded ?? [])
    insertExcluded(ctx.db, caseId, { from: e.from, to: e.to, reason: e.reason ?? '' });
  updateCaseSettings(ctx.db, caseId, (ledger.settings ?? {}) as Record<string, unknown>, ctx.now());
  if (ledger.asOf && ledger.asOf !== before.asOf) setCaseAsOf(ctx.db, caseId, ledger.asOf);
  const after = loadCaseDetail(ctx.db, caseId);
  recordChange(ctx, {
    entity: 'case',
    entityId: caseId,
    action: 'update',
    before: caseToLedger(before),
    after: caseToLedger(after),
    caseId,
  });
  return after;
}

export const ledgerHandlers = {
  'ledger.compute': (ctx, { caseId, asOf, trace, timeline, settings }) => {
    const detail = loadCaseDetail(ctx.db, caseId);
    const ledger = checkedLedger(detail, asOf, settings);
    const tables = rateTables(ctx.db);
    const options: ComputeOptions = { trace, timeline, ...(asOf ? { asOf } : {}) };
    const result = run(() => compute(ledger, tables, options));
    return {
      ...result,
      caseId,
      rateSources: tables.sources,
      doubledOverPrincipal: doubledOverPrincipal(result, ledger),
    };
  },

  'ledger.updateSettings': (ctx, { caseId, settings }) => {
    const before = loadCaseDetail(ctx.db, caseId);
    updateCaseSettings(ctx.db, caseId, settings, ctx.now());
    const after = loadCaseDetail(ctx.db, caseId);
    recordChange(ctx, {
      entity: 'case',
      entityId: caseId,
      action: 'update',
      before: { settings: before.settings },
      after: { settings: after.settings },
      caseId,
    });
    return after;
  },

  'ledger.export': (ctx, { caseId }) => {
    const detail = loadCaseDetail(ctx.db, caseId);
    const safe = detail.caseNumber.replace(/[\\/:*?"<>|\s]+/g, '_');
    return { fileName: `${safe}.ledger.json`, text: JSON.stringify(caseToLedger(detail), null, 2) + '\n' };
  },

  'ledger.import': (ctx, { caseId, text }) => importLedger(ctx, caseId, text),

  'ledger.scenarios': (ctx, { caseId, asOf, variants }) => {
    const detail = loadCaseDetail(ctx.db, caseId);
    const ledger = checkedLedger(detail, asOf);
    const known = new Set(ledger.payments.map((p) => p.id));
    for (const v of variants)
      for (const p of v.payments ?? [])
        if (!known.has(p.id))
          throw new AppError('NOT_FOUND', 'ledger.variantPaymentNotFound', { name: v.name, id: p.id });
    const comparison = run(() =>
      compareScenarios(ledger, rateTables(ctx.db), variants, { trace: false, ...(asOf ? { asOf } : {}) }),
    );
    return {
      base: comparison.base,
      variants: comparison.variants.map(({ name, result, balanceDelta, overpaidDelta, parts }) => ({
        name,
        balances: result.balances,
        balanceDelta,
        overpaidDelta,
        parts,
      })),
    };
  },
} satisfies HandlerGroup;

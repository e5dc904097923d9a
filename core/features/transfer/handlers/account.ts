import { listMeasures } from '../../measures/store';
import { listSessions } from '../../recon/store';
import { statusAccountModel, type OtherProceedings } from '../document';
import { disclose, disclosureAudit, documentParty } from '../../../platform/documents/privacy';
import { transferChecklist } from '../checklist';
import { phrases } from '../messages';
import { phrases as measurePhrases } from '../../measures/messages';
import { registeredExport, type ExportPlan } from '../../../platform/api/export-job';
import type { HandlerContext } from '../../../platform/api/handler';
import type { ComputeView } from '../../ledger/model';
import type { DocumentExport } from '../../documents/model';
import type { Measure } from '../model';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { ledgerHandlers } from '../../ledger/handlers/ledger';
import { measureView } from '../../measures/handlers';
import { settlementProceedings } from '../../settlements/transfer';
import { hearingProceedings } from '../../hearings/transfer';

/**
 * What the sending court reads from a case as of the transfer date: the 执行情况说明 as an export plan,
 * the checklist, the measures still in force and the engine's figures.
 */

/**
 * The spot for hearings (听证) and settlements (执行和解), built in other areas: their summaries for the
 * case (as of the transfer date) and the 执行情况说明 prints them in their own sections.
 */
export function collectOtherProceedings(ctx: HandlerContext, caseId: number, asOf: string): OtherProceedings {
  return {
    hearings: hearingProceedings(ctx, caseId),
    settlements: settlementProceedings(ctx, caseId, asOf),
  };
}

export function computeOn(ctx: HandlerContext, caseId: number, asOf: string): ComputeView {
  return ledgerHandlers['ledger.compute'](ctx, { caseId, asOf, trace: false, timeline: false });
}

/** The measures that matter on `day`: heads of chains, neither renewed nor released. */
export function liveMeasures(ctx: HandlerContext, caseId: number, day: string): Measure[] {
  return listMeasures(ctx.db, caseId)
    .map((r) => measureView(ctx.db, r, day))
    .filter((m) => m.status !== 'renewed' && m.status !== 'released');
}

export type AccountOptions = {
  transferDate: string;
  decisionDate: string | null;
  receivingCourt: string;
  pendingMatters: string;
  legalDocument: string;
  /** Identity and phone numbers in full in this one document (the judge asks for it); masked when absent. */
  reveal?: boolean;
};

export function firstRespondent(ctx: HandlerContext, caseId: number) {
  const p = loadCaseDetail(ctx.db, caseId).parties.find((x) => x.role === 'respondent');
  return { name: p?.name ?? '', idNumber: p?.idNumber ?? '' };
}

/**
 * The 执行情况说明 as an export plan (core/platform/api/export-job.ts): read and modelled here, then signed, registered
 * and audited by registeredExport; the engine's figures come with it.
 */
export function statusAccountPlan(
  ctx: HandlerContext,
  caseId: number,
  o: AccountOptions,
): { plan: ExportPlan<DocumentExport>; view: ComputeView } {
  const detail = loadCaseDetail(ctx.db, caseId);
  const view = computeOn(ctx, caseId, o.transferDate);
  const ledger = JSON.parse(ledgerHandlers['ledger.export'](ctx, { caseId }).text) as Parameters<
    typeof statusAccountModel
  >[0]['ledger'];
  const at = ctx.now();
  const model = statusAccountModel({
    court: detail.court,
    caseNumber: detail.caseNumber,
    title: detail.title,
    parties: detail.parties.map((p) =>
      documentParty(
        { role: p.role, name: p.name, ...(p.representative ? { representative: p.representative } : {}) },
        o.reveal ?? false,
      ),
    ),
    ...(o.legalDocument ? { legalDocument: o.legalDocument } : {}),
    ledger,
    result: view,
    transfer: {
      decisionDate: o.decisionDate,
      transferDate: o.transferDate,
      receivingCourt: o.receivingCourt,
    },
    measures: liveMeasures(ctx, caseId, o.transferDate).map((m) => ({
      kind: m.kind,
      object: m.object,
      rulingNumber: m.rulingNumber,
      startDate: m.startDate,
      expiresOn: m.expiresOn,
      statusZh: measurePhrases.statuses[m.status],
    })),
    sessions: listSessions(ctx.db, caseId).map((s) => ({
      id: s.id,
      stateZh: phrases.sessionStates[s.state] ?? s.state,
      createdAt: s.createdAt.slice(0, 10),
      outcome: s.outcome
        ? s.outcome.agreedTotal !== null
          ? phrases.agreedBalance(s.outcome.agreedTotal)
          : phrases.courtBalance(s.outcome.courtTotal, s.outcome.disputed.length)
        : '—',
    })),
    other: collectOtherProceedings(ctx, caseId, o.transferDate),
    pendingMatters: disclose(o.pendingMatters, o.reveal ?? false),
    issuedOn: at.slice(0, 10),
  });
  const plan = registeredExport(ctx, {
    model,
    kind: 'statusAccount',
    caseId,
    court: detail.court,
    suffix: phrases.asOfSuffix(o.transferDate),
    audit: {
      transferDate: o.transferDate,
      unrealised: view.balances.total,
      ...disclosureAudit(o.reveal ?? false),
    },
  });
  return { plan, view };
}

export function checklistOf(
  ctx: HandlerContext,
  caseId: number,
  decisionDate: string | null,
  today: string,
  acknowledgeExpiring: boolean,
) {
  return transferChecklist({
    measures: liveMeasures(ctx, caseId, today).map((m) => ({
      id: m.id,
      kind: m.kind,
      object: m.object,
      expiresOn: m.expiresOn,
      state: { status: m.status, daysLeft: m.daysLeft },
    })),
    sessions: listSessions(ctx.db, caseId).map((s) => ({ id: s.id, state: s.state })),
    decisionDate,
    today,
    acknowledgeExpiring,
  });
}

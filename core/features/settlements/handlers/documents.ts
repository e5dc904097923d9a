import { agreementModel, distributionModel } from '../document';
import { disclose, disclosureAudit, maskIdentifier } from '../../../platform/documents/privacy';
import { distribute, planClocks, project } from '..';
import { exportJob, registeredExport } from '../../../platform/api/export-job';
import type { HandlerGroup } from '../../../platform/api/handler';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { caseParties, loadDistribution, loadSettlement } from './settlements';
import { signingView } from '../../signatures/handlers/signing';

/**
 * 执行和解协议 and 执行款分配方案 as signed PDFs, as export jobs (core/platform/api/export-job.ts): read and modelled
 * in a read transaction, laid out in a worker, then signed, registered and audited in one write
 * transaction. Identity and phone numbers (the guarantor's ID number, any typed into a name) are masked
 * unless the user chose to show them for this document; the choice is in the export's audit row.
 */
export const settlementDocumentHandlers = {
  'documents.agreement': exportJob<'documents.agreement'>((ctx, { settlementId, reveal = false }) => {
    const stored = loadSettlement(ctx.db, settlementId);
    const record = reveal ? stored : maskedSettlement(stored);
    const detail = loadCaseDetail(ctx.db, record.caseId);
    const projection = project(record.acknowledged, record.items);
    const signing = signingView(ctx, 'settlement', settlementId);
    const parties = caseParties(detail);
    const model = agreementModel({
      settlement: record,
      projection,
      court: detail.court,
      caseNumber: detail.caseNumber,
      title: detail.title,
      parties: { creditor: disclose(parties.creditor, reveal), debtor: disclose(parties.debtor, reveal) },
      date: record.concludedOn ?? ctx.now().slice(0, 10),
      // 草稿 until everyone has signed or refused (a concluded agreement still awaiting signatures too).
      draft: !signing.complete,
      signers: signing.signers.map((s) => ({
        role: s.roleZh,
        name: disclose(s.name, reveal),
        everyPage: s.stage === 'participant',
        status: s.status,
        ...(s.png ? { png: s.png } : {}),
        ...(s.reason !== null ? { reason: disclose(s.reason, reveal) } : {}),
      })),
    });
    return registeredExport(ctx, {
      model,
      kind: model.kind,
      caseId: detail.id,
      court: detail.court,
      audit: {
        settlementId,
        draft: !signing.complete,
        locked: signing.locked !== null,
        ...disclosureAudit(reveal),
      },
    });
  }),

  'documents.distribution': exportJob<'documents.distribution'>((ctx, { planId, reveal = false }) => {
    const plan = loadDistribution(ctx.db, planId);
    const detail = loadCaseDetail(ctx.db, plan.caseId);
    const shown = reveal
      ? plan
      : {
          ...plan,
          debtor: disclose(plan.debtor, reveal),
          claims: plan.claims.map((c) => ({
            ...c,
            creditor: disclose(c.creditor, reveal),
            note: disclose(c.note, reveal),
          })),
        };
    const model = distributionModel({
      plan: shown,
      result: distribute(shown.amount, shown.claims, shown.rules),
      deadlines: planClocks(plan.clocks, ctx.now().slice(0, 10)),
      court: detail.court,
      caseNumber: detail.caseNumber,
      issuedOn: plan.planDate,
    });
    return registeredExport(ctx, {
      model,
      kind: model.kind,
      caseId: detail.id,
      court: detail.court,
      suffix: plan.planDate,
      audit: { planId, ...disclosureAudit(reveal) },
    });
  }),
} satisfies HandlerGroup;

/** The guarantor's identifiers and any number typed into the agreement's names, masked for the page. */
function maskedSettlement<S extends { clauses: { guarantor: { name: string; idNumber?: string } | null } }>(
  record: S,
): S {
  const g = record.clauses.guarantor;
  if (!g) return record;
  return {
    ...record,
    clauses: {
      ...record.clauses,
      guarantor: {
        ...g,
        name: disclose(g.name, false),
        ...(g.idNumber ? { idNumber: maskIdentifier(g.idNumber) } : {}),
      },
    },
  };
}

import { appendAudit, auditHead } from '../../db/audit';
import { insertExport } from '../../db/exports';
import { agreementModel, distributionModel } from '../../documents/agreement';
import { signedDocument } from '../../documents/export';
import { ensureIdentity, IdentityError } from '../../documents/identity';
import type { DocumentModel } from '../../documents/model';
import { distribute, project } from '../../settlement';
import { AppError } from '../errors';
import type { HandlerContext, HandlerGroup } from '../handler';
import type { CaseDetail, DocumentExport } from '../types';
import { loadCaseDetail } from './case-detail';
import { caseParties, loadDistribution, loadSettlement } from './settlement';
import { signingView } from './signing';

/**
 * 执行和解协议 and 执行款分配方案 as signed PDFs, laid out, signed and registered in the call's write
 * transaction like documents.statement: the export_register row and its audit row commit with the file.
 */
function signAndRegister(
  ctx: HandlerContext,
  detail: CaseDetail,
  model: DocumentModel,
  suffix: string,
  extra: Record<string, unknown>,
): DocumentExport {
  const at = ctx.now();
  const now = new Date(at);
  let identity;
  try {
    identity = ensureIdentity(ctx.dataDir, { ...(detail.court ? { court: detail.court } : {}), now });
  } catch (error) {
    if (error instanceof IdentityError) throw new AppError('CONFLICT', error.zh, error.en);
    throw error;
  }
  const doc = signedDocument(model, { identity, now, auditHead: auditHead(ctx.db) }, suffix);
  const record = insertExport(ctx.db, {
    kind: model.kind,
    caseId: detail.id,
    sha256: doc.sha256,
    signer: doc.signer,
    at,
    fileName: doc.fileName,
  });
  appendAudit(ctx.db, {
    actor: ctx.actor,
    at,
    entity: 'export',
    entityId: record.id,
    action: 'create',
    before: null,
    after: { ...record, pages: doc.pages, recordHash: doc.recordHash, ...extra },
  });
  return { fileName: doc.fileName, base64: doc.pdf.toString('base64'), sha256: doc.sha256, pages: doc.pages };
}

export const settlementDocumentHandlers = {
  'documents.agreement': (ctx, { settlementId }) => {
    const record = loadSettlement(ctx.db, settlementId);
    const detail = loadCaseDetail(ctx.db, record.caseId);
    const projection = project(record.acknowledged, record.items);
    const signing = signingView(ctx, 'settlement', settlementId);
    const model = agreementModel({
      settlement: record,
      projection,
      court: detail.court,
      caseNumber: detail.caseNumber,
      title: detail.title,
      parties: caseParties(detail),
      date: record.concludedOn ?? ctx.now().slice(0, 10),
      // 草稿 until everyone has signed or refused (a concluded agreement still awaiting signatures too).
      draft: !signing.complete,
      signers: signing.signers.map((s) => ({
        role: s.roleZh,
        name: s.name,
        everyPage: s.stage === 'participant',
        status: s.status,
        ...(s.png ? { png: s.png } : {}),
        ...(s.reason !== null ? { reason: s.reason } : {}),
      })),
    });
    return signAndRegister(ctx, detail, model, '', {
      settlementId,
      draft: !signing.complete,
      locked: signing.locked !== null,
    });
  },

  'documents.distribution': (ctx, { planId }) => {
    const plan = loadDistribution(ctx.db, planId);
    const detail = loadCaseDetail(ctx.db, plan.caseId);
    const model = distributionModel({
      plan,
      result: distribute(plan.amount, plan.claims),
      court: detail.court,
      caseNumber: detail.caseNumber,
      issuedOn: plan.planDate,
    });
    return signAndRegister(ctx, detail, model, plan.planDate, { planId });
  },
} satisfies HandlerGroup;

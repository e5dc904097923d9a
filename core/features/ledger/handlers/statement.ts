import { disclosureAudit, documentParty } from '../../../platform/documents/privacy';
import { statementModel, type StatementParty } from '../document';
import type { Ledger } from '../../../lib/interest/types';
import { parseLedger } from '../ledger-file';
import { exportJob, registeredExport } from '../../../platform/api/export-job';
import type { HandlerGroup } from '../../../platform/api/handler';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { ledgerHandlers } from './ledger';
import { caseToLedger } from './ledger-map';
import { phrases } from '../messages';

/**
 * The signed computation statement of a case: an export job (core/platform/api/export-job.ts) read in
 * one snapshot, laid out in a worker thread under the hosts (a 1,000-payment statement is some 388
 * pages), then signed with its export_register row and audit row committed together in one write
 * transaction, before the file is handed back.
 */
export const statementHandlers = {
  'documents.statement': exportJob<'documents.statement'>((ctx, { caseId, asOf, reveal = false }) => {
    const detail = loadCaseDetail(ctx.db, caseId);
    // The same computation (and the same errors) as ledger.compute.
    const view = ledgerHandlers['ledger.compute'](ctx, {
      caseId,
      trace: true,
      timeline: false,
      ...(asOf ? { asOf } : {}),
    });
    const parsed = parseLedger(caseToLedger(detail), { asOf: view.asOf });
    const ledger: Ledger = parsed.ok ? parsed.ledger : caseToLedger(detail);
    const at = ctx.now();
    const model = statementModel({
      result: view,
      ledger,
      issuedOn: at.slice(0, 10),
      rateSources: view.rateSources,
      info: {
        court: detail.court,
        caseNumber: detail.caseNumber,
        title: detail.title,
        // ID-card and phone numbers masked unless shown for this document; the choice is audited.
        parties: detail.parties.map((p): StatementParty =>
          documentParty(
            {
              role: p.role,
              name: p.name,
              ...(p.representative ? { representative: p.representative } : {}),
              ...(p.idNumber ? { idNumber: p.idNumber } : {}),
              ...(p.phone ? { phone: p.phone } : {}),
            },
            reveal,
          ),
        ),
      },
    });
    return registeredExport(ctx, {
      model,
      kind: 'statement',
      caseId,
      court: detail.court,
      suffix: phrases.fileSuffix(view.asOf),
      audit: { asOf: view.asOf, ...disclosureAudit(reveal) },
    });
  }),
} satisfies HandlerGroup;

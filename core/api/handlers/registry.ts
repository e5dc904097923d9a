import type { MethodName } from '../contract';
import type { Handlers } from '../handler';
import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import { caseHandlers } from './cases';
import { documentHandlers } from './documents';
import { entrySetHandlers } from './entry-sets';
import { excludedHandlers } from './excluded';
import { importHandlers } from './imports';
import { ledgerHandlers } from './ledger';
import { measureHandlers } from './measures';
import { transferHandlers } from './transfer';
import { obligationHandlers } from './obligations';
import { partyHandlers } from './parties';
import { paymentHandlers } from './payments';
import { petitionHandlers } from './petition';
import { presenterHandlers } from './presenter';
import { rateHandlers } from './rates';
import { reconciliationHandlers } from './reconciliation';
import { sampleHandlers } from './sample';
import { settlementHandlers } from './settlement';
import { settlementDocumentHandlers } from './settlement-documents';
import { signingHandlers } from './signing';
import { signingDocumentHandlers } from './documents-signing';

/** Every contract method bound to its handler; add an area by spreading its group here. */
export const handlers: Handlers = {
  ...appHandlers,
  ...caseHandlers,
  ...sampleHandlers,
  ...partyHandlers,
  ...obligationHandlers,
  ...paymentHandlers,
  ...excludedHandlers,
  ...ledgerHandlers,
  ...rateHandlers,
  ...documentHandlers,
  ...reconciliationHandlers,
  ...presenterHandlers,
  ...importHandlers,
  ...entrySetHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...measureHandlers,
  ...transferHandlers,
  ...signingHandlers,
  ...signingDocumentHandlers,
  ...petitionHandlers,
  ...settlementHandlers,
  ...settlementDocumentHandlers,
};

/**
 * Methods that only read: they run in a snapshot with writes refused (PRAGMA query_only) and
 * publish nothing. Every other method is a write and runs in one write transaction.
 */
export const READ_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.info',
  'cases.list',
  'cases.get',
  'parties.list',
  'obligations.list',
  'payments.list',
  'ledger.compute',
  'ledger.export',
  'ledger.scenarios',
  'rates.list',
  'imports.preview',
  'imports.list',
  'entrySets.list',
  'entrySets.diff',
  'documents.verify',
  'recon.list',
  'recon.get',
  'signatures.list',
  'audit.verify',
  'backup.list',
  'measures.list',
  'measures.expiring',
  'transfer.checklist',
  'transfer.verify',
  'transfer.list',
  'transfer.debtors',
  'backup.status',
  // Public petition hearing (issue 6).
  'hearings.list',
  'hearings.get',
  'hearings.importPreview',
  'hearings.attachmentData',
  'hearings.attachmentType',
  // Settlements and distribution plans (issue 7).
  'settlements.list',
  'settlements.get',
  'settlements.acknowledge',
  'settlements.preview',
  'settlements.project',
  'settlements.track',
  'distribution.list',
  'distribution.get',
  'distribution.compute',
]);

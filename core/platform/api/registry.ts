import type { MethodName } from './contract';
import type { Handlers } from './handler';
import { appHandlers } from './app-info';
import { auditHandlers } from '../../features/backups/handlers/audit';
import { backupHandlers } from '../../features/backups/handlers/backup';
import { caseHandlers } from '../../features/cases/handlers/cases';
import { documentHandlers } from '../../features/documents/handlers';
import { entrySetHandlers } from '../../features/entry-sets/handlers';
import { excludedHandlers } from '../../features/cases/handlers/excluded';
import { importHandlers } from '../../features/imports/handlers/imports';
import { ledgerHandlers } from '../../features/ledger/handlers/ledger';
import { measureHandlers } from '../../features/measures/handlers';
import { transferHandlers } from '../../features/transfer/handlers/transfer';
import { obligationHandlers } from '../../features/cases/handlers/obligations';
import { partyHandlers } from '../../features/cases/handlers/parties';
import { paymentHandlers } from '../../features/cases/handlers/payments';
import { petitionHandlers } from '../../features/hearings/handlers/hearings';
import { presenterHandlers } from '../../features/recon/handlers/presenter';
import { rateHandlers } from '../../features/rates/handlers';
import { reconciliationHandlers } from '../../features/recon/handlers/sessions';
import { sampleHandlers } from '../../features/cases/handlers/sample';
import { settlementHandlers } from '../../features/settlements/handlers/settlements';
import { settlementDocumentHandlers } from '../../features/settlements/handlers/documents';
import { signingHandlers } from '../../features/signatures/handlers/signing';
import { signingDocumentHandlers } from '../../features/recon/handlers/minutes';

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

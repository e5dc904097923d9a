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
import { obligationHandlers } from './obligations';
import { partyHandlers } from './parties';
import { paymentHandlers } from './payments';
import { presenterHandlers } from './presenter';
import { rateHandlers } from './rates';
import { reconciliationHandlers } from './reconciliation';
import { sampleHandlers } from './sample';

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
  'audit.verify',
  'backup.list',
]);

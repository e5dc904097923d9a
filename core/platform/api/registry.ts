import type { Handlers } from './handler';
import { appHandlers } from './app-info';
import { backupsHandlers } from '../../features/backups/handlers';
import { casesHandlers } from '../../features/cases/handlers';
import { documentsHandlers } from '../../features/documents/handlers';
import { entrySetHandlers } from '../../features/entry-sets/handlers';
import { hearingsHandlers } from '../../features/hearings/handlers';
import { importsHandlers } from '../../features/imports/handlers';
import { ledgerFeatureHandlers } from '../../features/ledger/handlers';
import { measureHandlers } from '../../features/measures/handlers';
import { rateHandlers } from '../../features/rates/handlers';
import { reconHandlers } from '../../features/recon/handlers';
import { settlementsHandlers } from '../../features/settlements/handlers';
import { receiptsHandlers } from '../../features/receipts/handlers';
import { signaturesHandlers } from '../../features/signatures/handlers';
import { spreadsheetsHandlers } from '../../features/spreadsheets/handlers';
import { transferFeatureHandlers } from '../../features/transfer/handlers';

/** Every contract method bound to its handler: one group per feature, as the contract has one api.ts each. */
export const handlers: Handlers = {
  ...appHandlers,
  ...casesHandlers,
  ...ledgerFeatureHandlers,
  ...reconHandlers,
  ...importsHandlers,
  ...entrySetHandlers,
  ...rateHandlers,
  ...documentsHandlers,
  ...backupsHandlers,
  ...signaturesHandlers,
  ...measureHandlers,
  ...transferFeatureHandlers,
  ...hearingsHandlers,
  ...settlementsHandlers,
  ...receiptsHandlers,
  ...spreadsheetsHandlers,
};

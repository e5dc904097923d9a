import { scoped } from '../../lib/text';
import { PLATFORM_MESSAGES } from './messages';
import { messages as backups } from '../../features/backups/messages';
import { messages as cases } from '../../features/cases/messages';
import { messages as documents } from '../../features/documents/messages';
import { messages as entrySets } from '../../features/entry-sets/messages';
import { messages as hearings } from '../../features/hearings/messages';
import { messages as imports } from '../../features/imports/messages';
import { messages as ledger } from '../../features/ledger/messages';
import { messages as measures } from '../../features/measures/messages';
import { messages as rates } from '../../features/rates/messages';
import { messages as recon } from '../../features/recon/messages';
import { messages as settlements } from '../../features/settlements/messages';
import { messages as receipts } from '../../features/receipts/messages';
import { messages as signatures } from '../../features/signatures/messages';
import { messages as transfer } from '../../features/transfer/messages';

/**
 * Every catalogue of core under one typed key space: 'platform.internal', 'recon.sessionClosed', ….
 * The one place (with the contract and the registry) where the platform meets the features.
 */
export const MESSAGES = {
  ...scoped('platform', PLATFORM_MESSAGES),
  ...scoped('backups', backups),
  ...scoped('cases', cases),
  ...scoped('documents', documents),
  ...scoped('entry-sets', entrySets),
  ...scoped('hearings', hearings),
  ...scoped('imports', imports),
  ...scoped('ledger', ledger),
  ...scoped('measures', measures),
  ...scoped('rates', rates),
  ...scoped('recon', recon),
  ...scoped('settlements', settlements),
  ...scoped('receipts', receipts),
  ...scoped('signatures', signatures),
  ...scoped('transfer', transfer),
};

export type MessageKey = keyof typeof MESSAGES;
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(MESSAGES, key);

import { messages as app } from '../messages';
import { messages as ui } from '../../ui/messages';
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
import { messages as spreadsheets } from '../../features/spreadsheets/messages';
import { messages as transfer } from '../../features/transfer/messages';

/**
 * The renderer's catalogue, assembled from the shell's, the shared components' and each feature's
 * messages.ts. Keys stay flat ('recon.start'), so a screen may use another feature's texts; the unit test
 * checks that no key is defined by two fragments.
 */
export const FRAGMENTS = {
  app,
  ui,
  backups,
  cases,
  documents,
  entrySets,
  hearings,
  imports,
  ledger,
  measures,
  rates,
  recon,
  settlements,
  receipts,
  signatures,
  spreadsheets,
  transfer,
};

export const MESSAGES = {
  ...app,
  ...ui,
  ...backups,
  ...cases,
  ...documents,
  ...entrySets,
  ...hearings,
  ...imports,
  ...ledger,
  ...measures,
  ...rates,
  ...recon,
  ...settlements,
  ...receipts,
  ...signatures,
  ...spreadsheets,
  ...transfer,
};

export type MessageKey = keyof typeof MESSAGES;
export type Catalogue = Record<MessageKey, string>;

const inLanguage = (language: 'zh' | 'en'): Catalogue =>
  Object.fromEntries(Object.entries(MESSAGES).map(([key, text]) => [key, text[language]])) as Catalogue;

export const zhCN: Catalogue = inLanguage('zh');
export const en: Catalogue = inLanguage('en');

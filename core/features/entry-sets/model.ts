import type { EntrySet, EntrySetPayment, StoredResolution } from './store';
import type { Agreement, EntryDiff } from './rules';
import type { Payment } from '../cases/model';

/** Double entry (双人独立核算). */
export type EntrySetView = EntrySet & { payments: EntrySetPayment[]; total: string };

export type EntryDiffView = EntryDiff & {
  setA: EntrySetView;
  setB: EntrySetView;
  resolutions: StoredResolution[];
  agreement: Agreement;
};

export type EntryApplyView = { added: Payment[]; removed: Payment[]; kept: Payment[] };

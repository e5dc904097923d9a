import type { PaymentKind } from '../../lib/interest/types';
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

/** Records as the store maps them from their rows. */
export type EntrySet = { id: number; caseId: number; clerk: string; label: string; createdAt: string };

export type EntrySetPayment = {
  id: number;
  setId: number;
  caseId: number;
  date: string;
  amount: string;
  kind: PaymentKind;
  payer: string;
  note: string;
  position: number;
};

export type EntryLineFields = {
  date: string;
  amount: string;
  kind: PaymentKind;
  payer: string;
  note: string;
};

export type StoredResolution = {
  id: number;
  caseId: number;
  setA: number;
  setB: number;
  key: string;
  choice: 'a' | 'b' | 'other';
  value: EntryLineFields | null;
  reason: string;
  decidedBy: string;
  decidedAt: string;
};

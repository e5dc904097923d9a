import type { CheckItem } from './checklist';
import type { AlertLevel, MeasureKind, MeasureStatus } from '../measures/rules';

/** Result types of the measures and transfer methods; the renderer imports them from here. */

export type Measure = {
  id: number;
  caseId: number;
  kind: MeasureKind;
  object: string;
  rulingNumber: string;
  startDate: string;
  /** null: no fixed term (限制消费, 失信名单) unless the ruling states a last day. */
  termMonths: number | null;
  /** The last day as the ruling states it, when it does (overrides start + term). */
  statedExpiry: string | null;
  /** The effective last day, or null without a term. */
  expiresOn: string | null;
  renewsId: number | null;
  renewedById: number | null;
  /** 轮候: the measure this one queues behind; promotedOn: the day it took effect (release of that one) */
  waitsFor: number | null;
  promotedOn: string | null;
  /** The day the term runs from (a 轮候 measure: once its turn came); null while it waits. */
  effectiveFrom: string | null;
  releasedOn: string | null;
  releaseNote: string;
  note: string;
  origin: 'local' | 'transferred';
  originCourt: string;
  status: MeasureStatus;
  /** Days from the as-of day to the last day; negative once it has passed; null without a term. */
  daysLeft: number | null;
  /** The alert due: 30 (within a month of the last day: prepare the 续行), 7 (within a week), else null. */
  alert: AlertLevel | null;
  /** Days not covered between the previous link's last day and this renewal's start (脱封), else 0. */
  gapDays: number | null;
  createdAt: string;
  updatedAt: string;
};

export type MeasureList = { asOf: string; measures: Measure[] };

/** A measure that needs attention, with the case it belongs to (the alert on start). */
export type ExpiringMeasure = Measure & { caseNumber: string; caseTitle: string };
export type ExpiringView = { asOf: string; withinDays: number; measures: ExpiringMeasure[] };

export type TransferChecklistView = {
  asOf: string;
  deadline: string | null;
  items: CheckItem[];
  blocked: boolean;
};

export type TransferPackageView = {
  fileName: string;
  base64: string;
  sha256: string;
  /** The unrealised amount as of the transfer date: the new case's amount. */
  unrealised: string;
  entries: { path: string; sha256: string; size: number }[];
  checklist: CheckItem[];
};

export type TransferVerifyView = {
  ok: true;
  /** The signer's CN from its certificate (trusted on this desk), never the manifest's claim. */
  signer: string;
  subject: string;
  fingerprint: string;
  groupedFingerprint: string;
  originalCaseNumber: string;
  originalCourt: string;
  unrealised: string;
  transferDate: string;
  entries: { path: string; sha256: string; size: number }[];
};

export type TransferImportView = {
  caseId: number;
  caseNumber: string;
  transferId: number;
  unrealised: string;
  /** The engine re-run on the carried ledger as of the transfer date, and whether it equals `unrealised`. */
  recomputed: string;
  figuresMatch: boolean;
  measures: number;
  /** Settlements carried over (marked as made under the original court). */
  settlements: number;
  signer: string;
  fingerprint: string;
};

export type CaseTransfer = {
  id: number;
  caseId: number;
  direction: 'in' | 'out';
  originalCaseNumber: string;
  originalCourt: string;
  receivingCourt: string;
  decisionDate: string | null;
  transferDate: string;
  unrealised: string;
  packageSha256: string;
  signer: string;
  signerFingerprint: string;
  debtorName: string;
  debtorIdNumber: string;
  at: string;
};

/** 集中执行: cases held here against one debtor (name + id number), with totals. */
export type DebtorGroup = {
  debtorName: string;
  debtorIdNumber: string;
  cases: {
    caseId: number;
    caseNumber: string;
    court: string;
    originalCaseNumber: string | null;
    originalCourt: string | null;
    applicants: string[];
    /** null when the case's ledger cannot be computed yet (no as-of date, an invalid entry). */
    unrealised: string | null;
    transferDate: string | null;
  }[];
  asOf: string;
  totalUnrealised: string;
  /** Some case could not be computed: the total leaves it out. */
  incomplete: boolean;
};

// Rules the screens use as they are: the renderer imports a feature only through its model.
export type { CheckItem } from './checklist';

import type {
  Entry,
  EntryStatus,
  Finding,
  Position,
  SessionOutcome,
  SessionState,
  Side,
} from '../hearing/reconciliation';
export type { SessionOutcome };
import type { Participant } from '../db/reconciliation';
import type {
  Allocation,
  Balances,
  BucketName,
  ComputeResult,
  InterestPeriod,
  LedgerObligation,
  LedgerPayment,
  TimelinePoint,
  TraceStep,
} from '../interest/types';
import type { StoredLprAddition } from '../db/rates';
import type { PartDiff } from '../ledger/scenarios';
import type { ImportBatch } from '../db/imports';
import type { EntrySet, EntrySetPayment, StoredResolution } from '../db/entry-sets';
import type { Preview } from '../import/preview';
import type { Agreement, EntryDiff } from '../ledger/double-entry';
import type { InterestSchedule } from './schemas';

/** What crosses the API: plain JSON, money as two-decimal yuan strings, dates as ISO strings. */

export type ErrorInfo = {
  code: string;
  message_zh: string;
  message_en: string;
  details?: unknown;
};

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export type PartyRole = 'applicant' | 'respondent' | 'third';

export type CaseSummary = {
  id: number;
  caseNumber: string;
  title: string;
  court: string;
  judge: string;
  clerk: string;
  asOf: string | null;
  partyNames: string[];
  createdAt: string;
  updatedAt: string;
};

export type Party = {
  id: number;
  caseId: number;
  role: PartyRole;
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  representative: string;
};

export type Obligation = {
  id: number;
  caseId: number;
  code: string;
  kind: 'principal' | 'fee' | 'interestFixed' | 'interestRunning';
  label: string;
  /** principal, fee, interestFixed */
  amount: string | null;
  due: string | null;
  /** interestRunning: code of the base obligation */
  base: string | null;
  schedule: InterestSchedule | null;
  from: string | null;
  until: string | null;
  inDelayBase: boolean | null;
  position: number;
};

export type Payment = {
  id: number;
  caseId: number;
  code: string;
  date: string;
  amount: string;
  kind: string;
  note: string;
  position: number;
};

export type ExcludedInterval = {
  id: number;
  caseId: number;
  from: string;
  to: string;
  reason: string;
};

export type CaseDetail = CaseSummary & {
  parties: Party[];
  obligations: Obligation[];
  payments: Payment[];
  excluded: ExcludedInterval[];
  /** engine settings JSON as stored (INTEREST.md §5 keys); {} = defaults */
  settings: Record<string, unknown>;
};

export type AppInfo = {
  version: string;
  rules: string;
  dataDir: string;
  host: 'electron' | 'web';
  schemaVersion: number;
};

/** A case's computation: the engine's result plus where its rates came from. */
export type ComputeView = ComputeResult & {
  caseId: number;
  rateSources: { benchmark: string; lpr: string };
};

export type LedgerExport = { fileName: string; text: string };

export type ScenarioView = {
  base: ComputeResult;
  variants: {
    name: string;
    balances: ComputeResult['balances'];
    balanceDelta: Record<BucketName | 'total', string>;
    overpaidDelta: string;
    parts: PartDiff[];
  }[];
};

export type RatesView = {
  version: string;
  benchmark: {
    from: string;
    upto6m: string;
    '6m1y': string;
    '1y3y': string;
    '3y5y': string;
    over5y: string;
  }[];
  lpr: { from: string; oneYear: string; over5y: string; source: string }[];
  additions: StoredLprAddition[];
  sources: { benchmark: string; lpr: string };
};

/** One entry of a reconciliation session as the operator and the presenter see it. */
export type SessionEntryView = Entry & {
  index: number;
  status: EntryStatus;
  locked: boolean;
  positions: Partial<Record<Side, Position>>;
  finding: Finding | null;
  obligation?: LedgerObligation | null;
  payment?: LedgerPayment | null;
  allocation?: Allocation | null;
  trace?: TraceStep[];
  balances?: Balances;
  asOf?: string;
  /** period entries: the accrual as the engine computed it (null if this engine no longer produces it) */
  period?: InterestPeriod | null;
  /** the order entry: the application order in force, by period of time, in words */
  orders?: OrderInForce[];
};

/** One application order and the dates it governs (regime A/B/C by date, or an order the parties agreed). */
export type OrderInForce = {
  regime: 'A' | 'B' | 'C' | 'agreed';
  from: string | null;
  to: string | null;
  order: string;
  zh: string;
};

/** Totals of the record, each party's version and the court's, and each dispute alone. */
export type SessionImpact = {
  record: Balances;
  creditor: Balances;
  debtor: Balances;
  court: Balances;
  disputes: { entryKey: string; side: Side; total: string; delta: string }[];
  /** per side: its total difference minus the sum of its disputes taken one by one */
  interaction: Record<Side, string>;
};

export type SessionView = {
  id: number;
  caseId: number;
  caseNumber: string;
  state: SessionState;
  cursor: number;
  participants: Participant[];
  entries: SessionEntryView[];
  impact: SessionImpact | null;
  openCount: number;
  outcome: SessionOutcome | null;
  /** balances around every payment, for the chart (filled for the presenter) */
  timeline: TimelinePoint[];
};

/** Where a session stands after a move: the walk does not need the whole session back. */
export type SessionCursor = { id: number; state: SessionState; cursor: number };

export type SessionSummary = {
  id: number;
  caseId: number;
  state: SessionState;
  createdAt: string;
  updatedAt: string;
};

/** A signed document, registered in export_register: the PDF as base64 for the host to save. */
export type DocumentExport = { fileName: string; base64: string; sha256: string; pages: number };

/** documents.verify: the signature checked against its ByteRange, and the file looked up in the register. */
export type DocumentVerification = {
  intact: boolean;
  signer: string;
  signedAt: string | null;
  kind?: string;
  registered: boolean;
  message_zh: string;
  message_en: string;
  sha256: string;
  /** false when revisions were appended after our signature (a court seal, say) */
  coversWholeFile: boolean;
  caseId?: number | null;
  fileName?: string;
};

/** Statement import (issue 4): the preview shows every row as it would be imported, or why not. */
export type ImportPreviewView = Preview & {
  fileName: string;
  sha256: string;
  /** Earlier confirmed imports of the very same bytes into this case. */
  previousImports: ImportBatch[];
};
export type ImportConfirmView = {
  batchId: number;
  imported: number;
  batch: ImportBatch;
  payments: Payment[];
};
export type { ImportBatch };

/** Double entry (双人独立核算). */
export type EntrySetView = EntrySet & { payments: EntrySetPayment[]; total: string };
export type EntryDiffView = EntryDiff & {
  setA: EntrySetView;
  setB: EntrySetView;
  resolutions: StoredResolution[];
  agreement: Agreement;
};
export type EntryApplyView = { added: Payment[]; removed: Payment[]; kept: Payment[] };

/** audit.verify: the hash chain walked from the first row; a broken one names its first bad row. */
export type AuditVerifyView = {
  ok: boolean;
  rows: number;
  /** hash of the last good row (64 zeros for an empty chain) */
  head: string;
  firstBadSeq?: number;
  firstBad?: { seq: number; entity: string; entityId: string; action: string; at: string; actor: string };
  message_zh: string;
  message_en: string;
};

/** backup.list: the rotating copies in <data>/backups, newest first. */

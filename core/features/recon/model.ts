import type {
  Entry,
  EntryStatus,
  Finding,
  ParticipantRole,
  Position,
  SessionOutcome,
  SessionState,
  Side,
} from './rules';
import type {
  Allocation,
  Balances,
  InterestPeriod,
  LedgerObligation,
  LedgerPayment,
  TimelinePoint,
  TraceStep,
} from '../../lib/interest/types';
export type { SessionOutcome };

/** One entry of a reconciliation session as the operator and the presenter see it. */
export type SessionEntryView = Entry & {
  index: number;
  status: EntryStatus;
  locked: boolean;
  /** what each side stands on, derived from its people */
  positions: Partial<Record<Side, Position>>;
  /** each person's latest position (participantId null: a whole side, in sessions before per-person positions) */
  persons: Position[];
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
  /** whether the court has found on any entry: before that there is no court total to show */
  courtFound: boolean;
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

// Rules the screens use as they are: the renderer imports a feature only through its model.
export { PARTICIPANT_ROLES, ROLE_SPEAKS_FOR, SIDES } from './rules';
export type { Claim, EntryStatus, ParticipantRole, Position, SessionState, Side, Speaker } from './rules';

/** Records as the store maps them from their rows. */
export type Participant = {
  id: number;
  sessionId: number;
  role: ParticipantRole;
  name: string;
  position: number;
};

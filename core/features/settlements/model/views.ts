import type {
  Acknowledged,
  Clause,
  Clauses,
  DefaultScenario,
  Distribution,
  DistributionClaim,
  DistributionRules,
  PlanClocks,
  PlanClocksInput,
  PlanItem,
  Projection,
  Tracking,
} from '..';

/** Results of the settlement and distribution methods. Amounts are yuan strings. */

export type SettlementStatus = 'draft' | 'concluded';

export type SettlementRecord = {
  id: number;
  caseId: number;
  title: string;
  /** draft while negotiated; concluded once the parties agreed (the date it was concluded) */
  status: SettlementStatus;
  concludedOn: string | null;
  acknowledged: Acknowledged;
  items: PlanItem[];
  clauses: Clauses;
  /** Made under another court's case and carried here by a transfer package; null when made here. */
  origin: SettlementOrigin | null;
  createdAt: string;
  updatedAt: string;
};

export type SettlementOrigin = { court: string; caseNumber: string };

export type SettlementParties = { creditor: string; debtor: string };

/** A plan with its schedule, gap and wording, saved or not. */
export type SettlementPreview = {
  projection: Projection;
  wording: Clause[];
  parties: SettlementParties;
};

export type SettlementView = SettlementRecord & SettlementPreview;

export type SettlementSummary = {
  id: number;
  caseId: number;
  title: string;
  status: SettlementStatus;
  agreedTotal: string;
  planned: string;
  gap: string;
  balanced: boolean;
  firstDate: string | null;
  lastDate: string | null;
  /** Handwritten signatures so far (signed or refused) and whether the agreement is locked. */
  signatures: number;
  locked: boolean;
  origin: SettlementOrigin | null;
  updatedAt: string;
};

/** The engine's balances of the case as of a date, as the amounts a settlement acknowledges. */
export type AcknowledgeView = Acknowledged & { total: string };

export type DefaultScenarioView = DefaultScenario;

export type TrackingView = Tracking & { settlementId: number };

export type DistributionRecord = {
  id: number;
  caseId: number;
  title: string;
  debtor: string;
  planDate: string;
  amount: string;
  claims: DistributionClaim[];
  /** the rule set chosen for the plan and printed with its basis */
  rules: DistributionRules;
  /** the dates after the plan: service, 异议, 反对, suit */
  clocks: PlanClocksInput;
  createdAt: string;
  updatedAt: string;
};

export type DistributionView = DistributionRecord & { result: Distribution; deadlines: PlanClocks };

export type DistributionSummary = {
  id: number;
  caseId: number;
  title: string;
  debtor: string;
  planDate: string;
  amount: string;
  claims: number;
  updatedAt: string;
};

// Rules the screens use as they are: the renderer imports a feature only through its model.
export type { ClaimClass, Distribution, DistributionRules, RuleSet } from '../distribution';
export type { PlanClocks, PlanClocksInput } from '../clocks';
export type { PlanItem, PlanItemKind, ScheduleRow, TransferCostBearer } from '../types';

/**
 * 执行和解协议 as plain data: the acknowledged amount, the plan items and the clauses. Amounts are yuan
 * strings ("55000.00") as across the API; arithmetic is Decimal in fen (core/lib/money).
 */

/** The debt the parties acknowledge as of a date, from the engine's balances; any waiver of delay interest stated. */
export type Acknowledged = {
  asOf: string;
  principal: string;
  /** 费用 (costs awarded in the judgment, enforcement fees the debtor bears) */
  fee: string;
  /** 一般债务利息 (contract or judgment interest) */
  interest: string;
  /** 迟延履行期间的债务利息 (oldDelay + doubled) */
  delayInterest: string;
  /** the part of the delay interest the creditor waives (0 to delayInterest) */
  delayWaived: string;
};

export const TRANSFER_COST_BEARERS = ['debtor', 'creditor', 'shared'] as const;
export type TransferCostBearer = (typeof TRANSFER_COST_BEARERS)[number];

export const PLAN_ITEM_KINDS = ['lump', 'instalments', 'deduction', 'inKind', 'thirdParty'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

/** A single payment on a date (一次性付款). */
export type LumpItem = { kind: 'lump'; date: string; amount: string; note: string };

/**
 * N instalments (分期付款): equal parts of `total` (the last absorbs the residual fen) or custom amounts
 * that must add up to `total`; monthly from `firstDate` (the day clamped to the month's end) or custom dates.
 */
export type InstalmentsItem = {
  kind: 'instalments';
  total: string;
  count: number;
  firstDate: string;
  /** null: monthly from firstDate */
  dates: string[] | null;
  /** null: equal parts */
  amounts: string[] | null;
  note: string;
};

/** A periodic deduction (e.g. from a pension) of `perPeriod` each month from `firstDate` until `total`; the last one partial. */
export type DeductionItem = {
  kind: 'deduction';
  total: string;
  perPeriod: string;
  firstDate: string;
  /** 扣划来源, e.g. 养老金 */
  source: string;
  note: string;
};

/** 以物抵债: an item delivered at an agreed value. */
export type InKindItem = {
  kind: 'inKind';
  item: string;
  quantity: string;
  agreedValue: string;
  deliveryDate: string;
  transferCosts: TransferCostBearer;
  note: string;
};

/**
 * 第三人代为履行/支付: who pays whom what. `counts` says whether it reduces the agreed debt to the creditor
 * (a buyer paying the creditor does; a buyer paying off the debtor's mortgage to a bank does not).
 */
export type ThirdPartyItem = {
  kind: 'thirdParty';
  payer: string;
  payee: string;
  amount: string;
  date: string;
  purpose: string;
  counts: boolean;
  note: string;
};

export type PlanItem = LumpItem | InstalmentsItem | DeductionItem | InKindItem | ThirdPartyItem;

export type Guarantor = { name: string; idNumber: string; scope: string };

export type Clauses = {
  /** 清偿顺序 */
  order: string;
  /** 违约责任: days of grace after a due date before a missed amount is a default (0 = none) */
  graceDays: number;
  /** extra text the parties add to the default clause */
  defaultExtra: string;
  guarantor: Guarantor | null;
  /** 履行地点 */
  place: string;
  /** 履行方式 (e.g. 转账至申请执行人账户…) */
  manner: string;
};

export type Settlement = {
  acknowledged: Acknowledged;
  items: PlanItem[];
  clauses: Clauses;
};

export type ScheduleRow = {
  /** 1-based position in date order */
  seq: number;
  date: string;
  /** index of the plan item that produced the row */
  item: number;
  kind: PlanItemKind;
  /** 1-based part within its item (instalment k of n, deduction k of n); 1 for single items */
  part: number;
  parts: number;
  label: { zh: string; en: string };
  amount: string;
  /** false for third-party payments that do not reduce the agreed debt */
  counts: boolean;
  /** sum of counted amounts up to and including this row */
  cumulative: string;
  /** agreed total minus cumulative (negative when the plan overshoots) */
  remaining: string;
};

export type PlanProblem = { item: number | null; code: string; zh: string; en: string };

export type Projection = {
  agreedTotal: string;
  planned: string;
  /** agreedTotal − planned in yuan: positive = not covered, negative = planned beyond the total */
  gap: string;
  gapFen: number;
  balanced: boolean;
  schedule: ScheduleRow[];
  problems: PlanProblem[];
};

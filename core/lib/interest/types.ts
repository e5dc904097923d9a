import type { Band } from '../rates/table';
import type { StatedRate } from '../rates/stated';
import type { PaymentKind } from './vocabulary';

/** The ledger the engine reads (INTEREST.md §6), already validated: amounts and dates are strings. */
export type BucketName = 'fee' | 'generalInterest' | 'principal' | 'oldDelay' | 'doubled';
export const BUCKETS: readonly BucketName[] = ['principal', 'fee', 'generalInterest', 'oldDelay', 'doubled'];

/**
 * A running interest's rate. `addBp` adds basis points to the table's rate (「LPR 加 50 个基点」);
 * `stated` is the rate as the judgment states it (core/lib/rates/stated.ts): printed, never computed with.
 */
type ScheduleOptions = { multiplier?: string; dayBasis?: 360 | 365; addBp?: string; stated?: StatedRate };
export type Schedule =
  | ({ type: 'fixed'; annual: string } & ScheduleOptions)
  | ({ type: 'benchmark'; band: Band } & ScheduleOptions)
  | ({ type: 'lpr1y' | 'lpr5y' | 'benchmarkThenLpr' } & ScheduleOptions);

export type AmountObligation = {
  id: string;
  kind: 'principal' | 'fee' | 'interestFixed';
  label?: string;
  amount: string;
  due: string;
  inDelayBase?: boolean;
};

export type RunningInterest = {
  id: string;
  kind: 'interestRunning';
  label?: string;
  base: string;
  schedule: Schedule;
  from: string;
  until?: string | null;
};

export type LedgerObligation = AmountObligation | RunningInterest;

export { PAYMENT_KINDS, type PaymentKind } from './vocabulary';

export type LedgerPayment = { id: string; date: string; amount: string; kind?: PaymentKind };
export type Excluded = { from: string; to: string; reason?: string };

export type OrderName = 'interestFirst' | 'proportional' | 'principalFirst';
export type AgreedOrder = { from: string; to: string | null; order: BucketName[] | OrderName };

export type Settings = {
  dayBasis: 360 | 365;
  band: 'byDelayLength' | `fixed:${Band}`;
  rateChange: 'segment' | 'rateAtStart';
  dayCount: 'endMinusDue' | 'inclusive';
  regimeCOrder: BucketName[];
  oldBandTo: 'boundary' | 'end';
  rounding: 'halfUpFen';
  regimeAOrder: OrderName;
  agreedOrders: AgreedOrder[];
};

export type Ledger = {
  format: 'hearing-desk/ledger@1';
  caseNumber?: string;
  asOf?: string;
  obligations: LedgerObligation[];
  payments: LedgerPayment[];
  excluded?: Excluded[];
  settings?: Partial<Settings>;
};

export type Regime = 'A' | 'B' | 'C' | 'agreed';

export type Part = { obligation: string; bucket: BucketName; amount: string };
export type Allocation = {
  payment: string;
  date: string;
  kind: PaymentKind;
  amount: string;
  regime: Regime;
  /** The rule that applied, e.g. interestFirst, proportional, or the agreed bucket order. */
  rule: string;
  parts: Part[];
  overpaid: string;
  /** Steps of the trace that explain this payment. */
  traceSteps: number[];
};

export type Balances = Record<BucketName | 'total', string>;
export type BalanceLine = { obligation: string; label: string; bucket: BucketName; amount: string };

/** Balances on a day, for the balance chart: at the start, before and after each payment, and as of asOf. */
export type TimelinePoint = {
  date: string;
  payment: string | null;
  when: 'start' | 'before' | 'after' | 'asOf';
  balances: Balances;
};

/**
 * One step of the trace. `zh`/`en` name it and `formula` is the arithmetic in the CLI's notation;
 * `court` is the whole step in court language (dates as written, 1,234.56 元, no codes), which the
 * statement prints and the Chinese screen shows.
 */
export type TraceStep = { step: number; zh: string; en: string; formula: string; court?: string };

/**
 * One stretch of interest accrual as the trace states it: general interest of a running-interest
 * obligation over one rate piece, or doubled interest of one obligation between two events. The key
 * names it by content (not by step number), so a hearing can refer to it across engine versions.
 */
export type InterestPeriod = {
  key: string;
  obligation: string;
  kind: 'general' | 'doubled';
  /** (from, to]: the first day counted is the day after from. */
  from: string;
  to: string;
  days: number;
  /** The interest of the period rounded to the fen, as the trace formula shows it (the balance keeps
   * full precision and rounds once, so periods need not add up to it to the fen). */
  amount: string;
  step: number;
};

export type ComputeResult = {
  asOf: string;
  rules: string;
  settings: Settings;
  rateTable: string;
  allocations: Allocation[];
  balances: Balances;
  lines: BalanceLine[];
  /**
   * Interest that arose over time, at full precision (not rounded): running general interest and doubled
   * interest. Rounded figures can move by a fen when a bucket is cleared at Round(u); these cannot.
   */
  accrued: { generalInterest: string; doubled: string };
  /** Filled when options.timeline is set; empty otherwise. */
  timeline: TimelinePoint[];
  trace: TraceStep[];
  /** Filled when options.trace and options.periods are set: every accrual step as a period, in trace order. */
  periods: InterestPeriod[];
};

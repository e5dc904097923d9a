export * from './types';
export {
  agreedTotal,
  equalParts,
  monthlyDates,
  deductionAmounts,
  project,
  itemSchedule,
  MAX_PARTS,
} from './plan';
export {
  track,
  STATUS_RULE,
  type Tracking,
  type TrackedRow,
  type AgreementStatus,
  type ActualPayment,
} from './track';
export {
  defaultScenario,
  ledgerAtAgreement,
  paidBefore,
  PAYMENT_KIND_OF,
  type DefaultScenario,
  type PaidUnderAgreement,
} from './default-scenario';
export { agreementClauses, money, DEFAULT_ORDER, type Clause } from './wording';
export * from './distribution';
export * from './clocks';

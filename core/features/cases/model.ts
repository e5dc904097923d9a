import type { InterestSchedule } from '../../platform/api/schemas';

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

// Rules the screens use as they are: the renderer imports a feature only through its model.
export { PAYMENT_KINDS } from '../../lib/interest/vocabulary';

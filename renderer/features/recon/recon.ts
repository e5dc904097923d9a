import type { CaseDetail } from '../../../core/features/cases/model';
import type { SessionEntryView } from '../../../core/features/recon/model';
import type {
  Claim,
  EntryStatus,
  ParticipantRole,
  SessionState,
  Side,
} from '../../../core/features/recon/model';
import type { Balances, TimelinePoint } from '../../../core/lib/interest/types';
import type { MessageKey } from '../../app/i18n';
import { formatAmount } from '../../ui/lib/money';

/**
 * Pure helpers for the reconciliation screens (operator and presenter): labels, claims from form
 * values, the keyboard map, and the shape check of what arrives on the wall. Unit-tested.
 */

export const ROLE_KEYS: Record<ParticipantRole, MessageKey> = {
  creditor: 'recon.role.creditor',
  creditorAgent: 'recon.role.creditorAgent',
  debtor: 'recon.role.debtor',
  debtorAgent: 'recon.role.debtorAgent',
  interested: 'recon.role.interested',
  judge: 'recon.role.judge',
  assistant: 'recon.role.assistant',
  clerk: 'recon.role.clerk',
};

export const STATE_KEYS: Record<SessionState, MessageKey> = {
  DRAFT: 'recon.state.DRAFT',
  IN_SESSION: 'recon.state.IN_SESSION',
  PAUSED: 'recon.state.PAUSED',
  AWAITING_SIGNATURES: 'recon.state.AWAITING_SIGNATURES',
  SIGNED: 'recon.state.SIGNED',
};

export const STATUS_KEYS: Record<EntryStatus, MessageKey> = {
  open: 'recon.status.open',
  agreed: 'recon.status.agreed',
  disputed: 'recon.status.disputed',
  found: 'recon.status.found',
};

export const SIDE_KEYS: Record<Side, MessageKey> = {
  creditor: 'recon.side.creditor',
  debtor: 'recon.side.debtor',
};

export const ADOPT_OPTIONS = ['creditor', 'debtor', 'record', 'court'] as const;
export type Adopt = (typeof ADOPT_OPTIONS)[number];
export const ADOPT_KEYS: Record<Adopt, MessageKey> = {
  creditor: 'recon.finding.creditor',
  debtor: 'recon.finding.debtor',
  record: 'recon.finding.record',
  court: 'recon.finding.court',
};

/** Which participant roles speak for which side. */
export const SIDE_ROLES: Record<Side, readonly ParticipantRole[]> = {
  creditor: ['creditor', 'creditorAgent'],
  debtor: ['debtor', 'debtorAgent'],
};

/** Participants the case already names: its parties, judge and clerk (the operator still confirms each). */
export function suggestedParticipants(
  detail: Pick<CaseDetail, 'parties' | 'judge' | 'clerk'>,
): { role: ParticipantRole; name: string }[] {
  const out: { role: ParticipantRole; name: string }[] = [];
  for (const p of detail.parties) {
    if (p.role === 'applicant') out.push({ role: 'creditor', name: p.name });
    if (p.role === 'respondent') out.push({ role: 'debtor', name: p.name });
  }
  if (detail.judge.trim()) out.push({ role: 'judge', name: detail.judge.trim() });
  if (detail.clerk.trim()) out.push({ role: 'clerk', name: detail.clerk.trim() });
  return out;
}

/** The orders a party may claim, by name; statutoryC and doubledFirst are bucket orders. */
export const ORDER_CHOICES = {
  interestFirst: 'interestFirst',
  principalFirst: 'principalFirst',
  proportional: 'proportional',
  statutoryC: ['fee', 'generalInterest', 'principal', 'oldDelay', 'doubled'],
  doubledFirst: ['doubled', 'fee', 'generalInterest', 'principal', 'oldDelay'],
} as const satisfies Record<string, NonNullable<Claim['order']>>;
export type OrderChoice = keyof typeof ORDER_CHOICES;
export const ORDER_CHOICE_NAMES = Object.keys(ORDER_CHOICES) as OrderChoice[];

/** The choice a claimed order matches, or null for an order the list does not name. */
export function orderChoiceOf(order: Claim['order']): OrderChoice | null {
  if (!order) return null;
  const text = Array.isArray(order) ? order.join(' ') : order;
  return (
    ORDER_CHOICE_NAMES.find((name) => {
      const o = ORDER_CHOICES[name];
      return (Array.isArray(o) ? o.join(' ') : o) === text;
    }) ?? null
  );
}

export type ClaimValues = { date: string; amount: string; removed: boolean; order: OrderChoice | '' };
export const EMPTY_CLAIM: ClaimValues = { date: '', amount: '', removed: false, order: '' };

/** A claim from the form: denial wins over everything else; nothing filled in is no claim (null). */
export function claimFromValues(v: ClaimValues): Claim | null {
  if (v.removed) return { removed: true };
  const claim: Claim = {};
  if (v.date.trim()) claim.date = v.date.trim();
  if (v.amount.trim()) claim.amount = v.amount.trim();
  if (v.order) {
    const o = ORDER_CHOICES[v.order];
    claim.order = Array.isArray(o) ? [...o] : (o as Exclude<Claim['order'], unknown[] | undefined>);
  }
  return Object.keys(claim).length > 0 ? claim : null;
}

export type ClaimPart = 'date' | 'amount' | 'removed' | 'kind' | 'order';
export const CLAIM_KIND_KEYS: Record<ClaimPart, MessageKey> = {
  date: 'recon.disputeKind.date',
  amount: 'recon.disputeKind.amount',
  removed: 'recon.disputeKind.removed',
  kind: 'recon.disputeKind.kind',
  order: 'recon.disputeKind.order',
};

/** What a claim contests: the date, the amount, the payment itself, its kind, the order. */
export function claimParts(claim: Claim | null | undefined): ClaimPart[] {
  if (!claim) return [];
  if (claim.removed) return ['removed'];
  const parts: ClaimPart[] = [];
  if (claim.date) parts.push('date');
  if (claim.amount) parts.push('amount');
  if (claim.kind) parts.push('kind');
  if (claim.order) parts.push('order');
  return parts;
}

/**
 * Short name of a payment, obligation or period entry; null for the order and the balance, which have
 * titles. A payment is named as the parties know it, by its date and amount ("2014-06-02 12,000.00"),
 * never by the ledger's code.
 */
export function entryRef(
  entry: Pick<SessionEntryView, 'kind' | 'ref'> & { payment?: SessionEntryView['payment'] },
): string | null {
  if (entry.kind === 'balance' || entry.kind === 'order') return null;
  if (entry.kind === 'period') return periodRef(entry.ref);
  if (entry.kind === 'payment' && entry.payment)
    return `${entry.payment.date} ${formatAmount(entry.payment.amount)}`;
  return entry.ref;
}

/** "P 2020-01-10—2020-04-19" from a period key "P:doubled:2020-01-10:2020-04-19". */
export function periodRef(key: string): string {
  const [obligation, , from, to] = key.split(':');
  return from && to ? `${obligation} ${from}—${to}` : key;
}

export function clampCursor(cursor: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(Math.max(cursor, 0), count - 1);
}

/** True when any party's version or the court's differs from the record. */
export function totalsDiffer(
  totals: { record: string; creditor: string; debtor: string; court: string | null } | null,
): boolean {
  if (!totals) return false;
  return (
    totals.creditor !== totals.record ||
    totals.debtor !== totals.record ||
    (totals.court !== null && totals.court !== totals.record)
  );
}

export type KeyAction =
  | 'prev'
  | 'next'
  | 'creditor'
  | 'debtor'
  | 'toggleSide'
  | 'agree'
  | 'dispute'
  | 'finding'
  | 'unlock'
  | 'rest'
  | 'presenter'
  | 'escape';

/** The walkthrough keys (DESIGN.md §7): ←/→, 1/2 and Tab for the side, C, D, F, U, P, Esc. */
export function keyAction(e: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowLeft':
      return 'prev';
    case 'ArrowRight':
      return 'next';
    case '1':
      return 'creditor';
    case '2':
      return 'debtor';
    case 'Tab':
      return 'toggleSide';
    case 'Escape':
      return 'escape';
    default:
      break;
  }
  switch (e.key.toLowerCase()) {
    case 'c':
      return 'agree';
    case 'd':
      return 'dispute';
    case 'f':
      return 'finding';
    case 'u':
      return 'unlock';
    case 'r':
      return 'rest';
    case 'p':
      return 'presenter';
    default:
      return null;
  }
}

/** What 'presenter.show' carries for a session (core/features/recon/handlers/presenter.ts), already masked. */
export type PresenterSession = {
  caseNumber: string;
  state: SessionState;
  index: number;
  count: number;
  entry: SessionEntryView | null;
  /** court: null until the court has found on an entry */
  impact: { record: string; creditor: string; debtor: string; court: string | null } | null;
  participants: { id: number; role: string; name: string }[];
  /** entries disputed (with or without the court's finding) in the whole session */
  disputeCount: number;
  timeline: TimelinePoint[];
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The wall trusts nothing: a payload of the wrong shape shows as black. */
export function asPresenterSession(payload: unknown): PresenterSession | null {
  if (!isObject(payload)) return null;
  const { caseNumber, state, index, count, entry, impact, timeline, disputeCount, participants } = payload;
  if (typeof caseNumber !== 'string' || typeof index !== 'number' || typeof count !== 'number') return null;
  if (entry !== null && !(isObject(entry) && typeof entry.kind === 'string' && typeof entry.key === 'string'))
    return null;
  if (impact !== null && impact !== undefined && !isObject(impact)) return null;
  return {
    caseNumber,
    state: state as SessionState,
    index,
    count,
    entry: (entry as SessionEntryView | null) ?? null,
    impact: isObject(impact)
      ? {
          record: String(impact.record ?? ''),
          creditor: String(impact.creditor ?? ''),
          debtor: String(impact.debtor ?? ''),
          court: typeof impact.court === 'string' ? impact.court : null,
        }
      : null,
    participants: Array.isArray(participants)
      ? participants.filter(
          (p): p is { id: number; role: string; name: string } =>
            isObject(p) &&
            typeof p.id === 'number' &&
            typeof p.role === 'string' &&
            typeof p.name === 'string',
        )
      : [],
    disputeCount: typeof disputeCount === 'number' ? disputeCount : 0,
    timeline: Array.isArray(timeline) ? (timeline as TimelinePoint[]) : [],
  };
}

export const BALANCE_BUCKETS = [
  'principal',
  'fee',
  'generalInterest',
  'oldDelay',
  'doubled',
] as const satisfies readonly (keyof Balances)[];

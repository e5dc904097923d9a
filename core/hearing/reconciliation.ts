import type { Allocation, ComputeResult, Ledger, PaymentKind } from '../interest/types';

/**
 * The face-to-face reconciliation session (对账): pure rules, no storage. The judge steps through the
 * entries of a ledger frozen when the session starts; each party agrees or disputes each entry; an entry
 * both agree to is locked; the session closes only when no dispute is left without the court's finding.
 */

export const SESSION_STATES = ['DRAFT', 'IN_SESSION', 'PAUSED', 'AWAITING_SIGNATURES', 'SIGNED'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export const SIDES = ['creditor', 'debtor'] as const;
export type Side = (typeof SIDES)[number];

export const PARTICIPANT_ROLES = [
  'creditor',
  'creditorAgent',
  'debtor',
  'debtorAgent',
  'judge',
  'assistant',
  'clerk',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** What a party claims instead of the entry as recorded. */
export type Claim = { date?: string; amount?: string; removed?: boolean; kind?: PaymentKind };

export type Position = {
  side: Side;
  stance: 'agree' | 'dispute';
  claim: Claim | null;
  statement: string;
  at: string;
};

/** The court's finding on a disputed entry: one party's claim, the record as it stands, or its own value. */
export type Finding = {
  adopt: 'creditor' | 'debtor' | 'record' | 'court';
  claim: Claim | null;
  reason: string;
  at: string;
};

export type EntryKind = 'obligation' | 'payment' | 'balance';
export type Entry = { key: string; kind: EntryKind; ref: string };

export type EntryRecord = {
  positions: Partial<Record<Side, Position>>;
  locked: boolean;
  finding: Finding | null;
};

export type EntryStatus = 'open' | 'agreed' | 'disputed' | 'found';

/** What a closed session concluded: the agreed total when nothing was disputed, else the court's total and findings. */
export type SessionOutcome = {
  agreedTotal: string | null;
  courtTotal: string;
  disputed: { entryKey: string; finding: Finding | null }[];
};

export type SessionEvent = 'start' | 'pause' | 'resume' | 'close' | 'sign';

const TRANSITIONS: Record<SessionState, Partial<Record<SessionEvent, SessionState>>> = {
  DRAFT: { start: 'IN_SESSION' },
  IN_SESSION: { pause: 'PAUSED', close: 'AWAITING_SIGNATURES' },
  PAUSED: { resume: 'IN_SESSION', close: 'AWAITING_SIGNATURES' },
  AWAITING_SIGNATURES: { sign: 'SIGNED' },
  SIGNED: {},
};

/** The next state, or null when the event is not allowed in this state. */
export function nextState(state: SessionState, event: SessionEvent): SessionState | null {
  return TRANSITIONS[state][event] ?? null;
}

/** Every obligation, every payment (in the order the engine applies them), and the final balance. */
export function buildEntries(ledger: Ledger, result: Pick<ComputeResult, 'allocations'>): Entry[] {
  const applied = new Set(result.allocations.map((a: Allocation) => a.payment));
  const later = ledger.payments.filter((p) => !applied.has(p.id));
  return [
    ...ledger.obligations.map((o) => ({ key: `obligation:${o.id}`, kind: 'obligation' as const, ref: o.id })),
    ...result.allocations.map((a) => ({
      key: `payment:${a.payment}`,
      kind: 'payment' as const,
      ref: a.payment,
    })),
    ...later.map((p) => ({ key: `payment:${p.id}`, kind: 'payment' as const, ref: p.id })),
    { key: 'balance', kind: 'balance' as const, ref: 'balance' },
  ];
}

export function emptyRecord(): EntryRecord {
  return { positions: {}, locked: false, finding: null };
}

export function entryStatus(record: EntryRecord): EntryStatus {
  const { creditor, debtor } = record.positions;
  if (creditor?.stance === 'agree' && debtor?.stance === 'agree') return 'agreed';
  if (creditor?.stance === 'dispute' || debtor?.stance === 'dispute')
    return record.finding ? 'found' : 'disputed';
  return 'open';
}

export type PositionError = 'sessionNotOpen' | 'locked' | 'claimRequired' | 'claimNotForKind';

/** Whether a party may state this position now; a locked entry needs an unlock (with a reason) first. */
export function checkPosition(
  state: SessionState,
  entry: Entry,
  record: EntryRecord,
  position: Position,
): PositionError | null {
  if (state !== 'IN_SESSION') return 'sessionNotOpen';
  if (record.locked) return 'locked';
  if (position.stance === 'dispute' && entry.kind === 'payment' && !position.claim) return 'claimRequired';
  if (position.claim && entry.kind !== 'payment') return 'claimNotForKind';
  return null;
}

/** Records a position; both parties agreeing locks the entry. */
export function applyPosition(record: EntryRecord, position: Position): EntryRecord {
  const positions = { ...record.positions, [position.side]: position };
  const next = { ...record, positions };
  return { ...next, locked: entryStatus(next) === 'agreed' };
}

/** The gate on closing (GnuCash gates Finish on a zero difference; here: no dispute without a finding). */
export function openEntries(entries: readonly Entry[], records: ReadonlyMap<string, EntryRecord>): Entry[] {
  return entries.filter((e) => {
    const status = entryStatus(records.get(e.key) ?? emptyRecord());
    return status === 'open' || status === 'disputed';
  });
}

/** Each party's version of the payments, as scenario variants (see core/ledger/scenarios.ts). */
export function partyVariant(
  side: Side | 'court',
  entries: readonly Entry[],
  records: ReadonlyMap<string, EntryRecord>,
) {
  const payments: { id: string; date?: string; amount?: string; removed?: boolean }[] = [];
  for (const e of entries) {
    if (e.kind !== 'payment') continue;
    const r = records.get(e.key);
    if (!r) continue;
    const claim =
      side === 'court'
        ? r.finding && r.finding.adopt !== 'record'
          ? r.finding.adopt === 'court'
            ? r.finding.claim
            : (r.positions[r.finding.adopt]?.claim ?? null)
          : null
        : r.positions[side]?.stance === 'dispute'
          ? (r.positions[side]?.claim ?? null)
          : null;
    if (claim) payments.push({ id: e.ref, ...pick(claim) });
  }
  return payments;
}

function pick(claim: Claim): { date?: string; amount?: string; removed?: boolean } {
  return {
    ...(claim.date ? { date: claim.date } : {}),
    ...(claim.amount ? { amount: claim.amount } : {}),
    ...(claim.removed ? { removed: true } : {}),
  };
}

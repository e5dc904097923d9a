import type {
  AgreedOrder,
  Allocation,
  BucketName,
  ComputeResult,
  Ledger,
  OrderName,
  PaymentKind,
  Settings,
} from '../../lib/interest/types';

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
  'interested',
  'judge',
  'assistant',
  'clerk',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Who a position speaks for: one of the two sides, or a 利害关系人 (whose dispute needs a finding too). */
export type Speaker = Side | 'interested';
export const ROLE_SPEAKS_FOR: Record<ParticipantRole, Speaker | null> = {
  creditor: 'creditor',
  creditorAgent: 'creditor',
  debtor: 'debtor',
  debtorAgent: 'debtor',
  interested: 'interested',
  judge: null,
  assistant: null,
  clerk: null,
};
const AGENTS: readonly ParticipantRole[] = ['creditorAgent', 'debtorAgent'];

/** The people of a session as the rules need them. */
export type Roster = readonly { id: number; role: ParticipantRole }[];

/**
 * What a party claims instead of the entry as recorded. `order` is another application order (清偿顺序):
 * on the order entry it governs every payment; on a payment entry it governs the payments of that day
 * (the engine keys agreed orders by date, so two payments of one day cannot be applied differently).
 */
export type Claim = {
  date?: string;
  amount?: string;
  removed?: boolean;
  kind?: PaymentKind;
  order?: BucketName[] | OrderName;
};

export type Position = {
  side: Speaker;
  /** the person who said it; null for a position stated for a whole side (sessions before per-person positions) */
  participantId?: number | null;
  /** stated once for every entry left (「其余各项无异议」) rather than on this entry alone */
  rest?: boolean;
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

/**
 * obligation: what the judgment awards; order: the application order in force; period: one stretch of
 * interest accrual from the trace; payment: a payment with its allocation; balance: the final figure.
 */
export type EntryKind = 'obligation' | 'order' | 'period' | 'payment' | 'balance';
export type Entry = { key: string; kind: EntryKind; ref: string };

export type EntryRecord = {
  /** what each side stands on (derived from its people: a dispute by any of them, else their agreement) */
  positions: Partial<Record<Side, Position>>;
  /** the latest position of each person (and of a whole side, for older sessions), oldest first */
  persons?: Position[];
  /** a 利害关系人 or a party who has not yet agreed keeps the entry open */
  waiting?: boolean;
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

/**
 * The walk: every obligation, the application order, then each payment preceded by the interest periods
 * that ran up to it (in the order the engine applies payments), the periods after the last payment, the
 * payments after asOf, and the final balance.
 */
export function buildEntries(
  ledger: Ledger,
  result: Pick<ComputeResult, 'allocations' | 'periods'>,
): Entry[] {
  const applied = new Set(result.allocations.map((a: Allocation) => a.payment));
  const later = ledger.payments.filter((p) => !applied.has(p.id));
  const periodAt = new Map(result.periods.map((p) => [p.step, p]));
  const used = new Set<string>();
  const period = (key: string): Entry => {
    used.add(key);
    return { key: `period:${key}`, kind: 'period', ref: key };
  };
  const walk: Entry[] = [];
  for (const a of result.allocations) {
    for (const step of a.traceSteps) {
      const p = periodAt.get(step);
      if (p) walk.push(period(p.key));
    }
    walk.push({ key: `payment:${a.payment}`, kind: 'payment', ref: a.payment });
  }
  const trailing = result.periods.filter((p) => !used.has(p.key)).map((p) => period(p.key));
  return [
    ...ledger.obligations.map((o) => ({ key: `obligation:${o.id}`, kind: 'obligation' as const, ref: o.id })),
    { key: 'order', kind: 'order' as const, ref: 'order' },
    ...walk,
    ...trailing,
    ...later.map((p) => ({ key: `payment:${p.id}`, kind: 'payment' as const, ref: p.id })),
    { key: 'balance', kind: 'balance' as const, ref: 'balance' },
  ];
}

export function emptyRecord(): EntryRecord {
  return { positions: {}, persons: [], waiting: false, locked: false, finding: null };
}

export function entryStatus(record: EntryRecord): EntryStatus {
  const { creditor, debtor } = record.positions;
  const interestedDisputes = (record.persons ?? []).some(
    (p) => p.side === 'interested' && p.stance === 'dispute',
  );
  if (creditor?.stance === 'dispute' || debtor?.stance === 'dispute' || interestedDisputes)
    return record.finding ? 'found' : 'disputed';
  if (creditor?.stance === 'agree' && debtor?.stance === 'agree' && !record.waiting) return 'agreed';
  return 'open';
}

const personKey = (p: Position) => (p.participantId != null ? `person:${p.participantId}` : `side:${p.side}`);

/**
 * What each side stands on, from what its people said. Any person's dispute is the side's dispute (the
 * latest one's claim is priced). A side agrees when its agent agreed, or a whole-side position of an older
 * session did, or every party of that side in the roster agreed; until then the entry stays open, so a
 * joint debtor who has not spoken can still object. Every 利害关系人 must agree too.
 */
export function deriveRecord(
  persons: readonly Position[],
  roster: Roster,
  flags: Pick<EntryRecord, 'locked' | 'finding'>,
): EntryRecord {
  const roleOf = new Map(roster.map((r) => [r.id, r.role]));
  const agreedBy = (id: number) => persons.some((p) => p.participantId === id && p.stance === 'agree');
  const positions: Partial<Record<Side, Position>> = {};
  for (const side of SIDES) {
    const mine = persons.filter((p) => p.side === side);
    const disputes = mine.filter((p) => p.stance === 'dispute');
    if (disputes.length) {
      positions[side] = disputes[disputes.length - 1]!;
      continue;
    }
    const agrees = mine.filter((p) => p.stance === 'agree');
    if (!agrees.length) continue;
    const parties = roster.filter((r) => ROLE_SPEAKS_FOR[r.role] === side && !AGENTS.includes(r.role));
    const whole = agrees.some((p) => {
      const role = p.participantId != null ? roleOf.get(p.participantId) : undefined;
      return p.participantId == null || (role !== undefined && AGENTS.includes(role));
    });
    if (whole || parties.every((r) => agreedBy(r.id))) positions[side] = agrees[agrees.length - 1]!;
  }
  const waiting = roster.some((r) => r.role === 'interested' && !agreedBy(r.id));
  return { positions, persons: [...persons], waiting, locked: flags.locked, finding: flags.finding };
}

export type PositionError =
  'sessionNotOpen' | 'locked' | 'claimRequired' | 'claimNotForKind' | 'orderClaimRequired' | 'orderOnlyClaim';

/** Whether a party may state this position now; a locked entry needs an unlock (with a reason) first. */
export function checkPosition(
  state: SessionState,
  entry: Entry,
  record: EntryRecord,
  position: Position,
): PositionError | null {
  if (state !== 'IN_SESSION') return 'sessionNotOpen';
  if (record.locked) return 'locked';
  if (position.stance === 'dispute') return checkClaim(entry, position.claim);
  return null;
}

/** Whether a claimed value fits the entry: payments take a date, amount, denial, kind or order; the order entry only an order. */
export function checkClaim(entry: Entry, claim: Claim | null): PositionError | null {
  if (entry.kind === 'payment') return claim ? null : 'claimRequired';
  if (entry.kind === 'order') {
    if (!claim?.order) return 'orderClaimRequired';
    return Object.keys(claim).some((k) => k !== 'order') ? 'orderOnlyClaim' : null;
  }
  return claim ? 'claimNotForKind' : null;
}

/** Records a position (replacing that person's earlier one); everyone agreeing locks the entry. */
export function applyPosition(record: EntryRecord, position: Position, roster: Roster = []): EntryRecord {
  const persons = [...(record.persons ?? []).filter((p) => personKey(p) !== personKey(position)), position];
  const next = deriveRecord(persons, roster, record);
  return { ...next, locked: entryStatus(next) === 'agreed' };
}

/** The gate on closing (GnuCash gates Finish on a zero difference; here: no dispute without a finding). */
export function openEntries(entries: readonly Entry[], records: ReadonlyMap<string, EntryRecord>): Entry[] {
  return entries.filter((e) => {
    const status = entryStatus(records.get(e.key) ?? emptyRecord());
    return status === 'open' || status === 'disputed';
  });
}

/** The claim that stands for one side on one entry: its own dispute, or for the court the adopted one. */
function claimOf(side: Side | 'court', record: EntryRecord): Claim | null {
  if (side !== 'court')
    return record.positions[side]?.stance === 'dispute' ? (record.positions[side]?.claim ?? null) : null;
  const f = record.finding;
  if (!f || f.adopt === 'record') return null;
  return f.adopt === 'court' ? f.claim : (record.positions[f.adopt]?.claim ?? null);
}

/** A whole-ledger order claim starts before any payment a ledger can hold. */
const EVERY_DAY = '1900-01-01';

/**
 * Each party's version of the ledger as a scenario variant (see core/features/ledger/scenarios.ts): the payments
 * as that side claims them and, when an order is claimed, agreed orders placed ahead of the ledger's own
 * (the engine takes the first that covers a date, so a claimed order wins where it applies).
 */
export function partyVariant(
  side: Side | 'court',
  entries: readonly Entry[],
  records: ReadonlyMap<string, EntryRecord>,
  ledger: Pick<Ledger, 'payments' | 'settings'>,
): {
  payments: { id: string; date?: string; amount?: string; removed?: boolean }[];
  settings?: Partial<Settings>;
} {
  const payments: { id: string; date?: string; amount?: string; removed?: boolean }[] = [];
  const perDay: AgreedOrder[] = [];
  let everyDay: AgreedOrder | null = null;
  for (const e of entries) {
    const r = records.get(e.key);
    const claim = r ? claimOf(side, r) : null;
    if (!claim) continue;
    if (e.kind === 'order' && claim.order) everyDay = { from: EVERY_DAY, to: null, order: claim.order };
    if (e.kind !== 'payment') continue;
    const moved = pick(claim);
    if (Object.keys(moved).length) payments.push({ id: e.ref, ...moved });
    const paid = ledger.payments.find((p) => p.id === e.ref);
    if (claim.order && paid && !claim.removed) {
      const day = claim.date ?? paid.date;
      perDay.push({ from: day, to: day, order: claim.order });
    }
  }
  const orders = [...perDay, ...(everyDay ? [everyDay] : [])];
  if (!orders.length) return { payments };
  return { payments, settings: { agreedOrders: [...orders, ...(ledger.settings?.agreedOrders ?? [])] } };
}

function pick(claim: Claim): { date?: string; amount?: string; removed?: boolean } {
  return {
    ...(claim.date ? { date: claim.date } : {}),
    ...(claim.amount ? { amount: claim.amount } : {}),
    ...(claim.removed ? { removed: true } : {}),
  };
}

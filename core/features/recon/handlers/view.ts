import { getCase } from '../../cases/store/cases';
import type { ReadDb } from '../../../platform/db/handle';
import { listParticipants, loadRecords, type SessionRow } from '../store';
import {
  emptyRecord,
  entryStatus,
  openEntries,
  partyVariant,
  SIDES,
  type Entry,
  type EntryRecord,
} from '../rules';
import { thinTimeline } from '../../../platform/documents/masking';
import { compute } from '../../../lib/interest';
import type {
  Allocation,
  Balances,
  InterestPeriod,
  Ledger,
  Settings,
  TimelinePoint,
} from '../../../lib/interest/types';
import { orderLabelZh } from '../../../lib/interest/settings';
import { compareScenarios } from '../../ledger/scenarios';
import { Decimal } from '../../../lib/money/decimal';
import type { OrderInForce, SessionEntryView, SessionImpact, SessionView } from '../model';
import { rateTables } from '../../ledger/handlers/ledger';

/** What the operator and the presenter see: entries with their positions, and what the disputes are worth. */
export function sessionView(
  db: ReadDb,
  session: SessionRow,
  options: { timeline?: boolean } = {},
): SessionView {
  const participants = listParticipants(db, session.id);
  const caseNumber = getCase(db, session.caseId)?.caseNumber ?? '';
  const base = {
    id: session.id,
    caseId: session.caseId,
    caseNumber,
    state: session.state,
    cursor: session.cursor,
    participants,
    outcome: session.outcome,
  };
  if (!session.ledger || !session.entries)
    return { ...base, entries: [], impact: null, openCount: 0, timeline: [] };
  const records = loadRecords(db, session.id);
  const tables = rateTables(db);
  const frozen = frozenResult(session.ledger, tables, options.timeline === true);
  const result = frozen.result;
  const entries = session.entries.map((entry, index) =>
    entryView(entry, index, records.get(entry.key) ?? emptyRecord(), frozen),
  );
  return {
    ...base,
    entries,
    impact: impact(session, records, tables),
    openCount: openEntries(session.entries, records).length,
    timeline: result.timeline,
  };
}

/** What the wall shows: the current entry only, the totals, the counts and the balance chart. */
export type WallView = {
  caseNumber: string;
  state: SessionRow['state'];
  index: number;
  count: number;
  openCount: number;
  disputeCount: number;
  entry: SessionEntryView | null;
  /** court: null until the court has found on an entry; interaction: per side, the part no single dispute explains */
  impact: {
    record: string;
    creditor: string;
    debtor: string;
    court: string | null;
    interaction: SessionImpact['interaction'];
  } | null;
  /** who is in the room, so the wall can name each person's position */
  participants: { id: number; role: string; name: string }[];
  timeline: TimelinePoint[];
};

/** The wall's payload without building every entry: it follows each keypress. */
export function wallView(db: ReadDb, session: SessionRow): WallView {
  const caseNumber = getCase(db, session.caseId)?.caseNumber ?? '';
  const empty = { caseNumber, state: session.state, index: session.cursor, count: 0, openCount: 0 };
  const participants = listParticipants(db, session.id).map(({ id, role, name }) => ({ id, role, name }));
  if (!session.ledger || !session.entries)
    return { ...empty, participants, disputeCount: 0, entry: null, impact: null, timeline: [] };
  const records = loadRecords(db, session.id);
  const tables = rateTables(db);
  const frozen = frozenResult(session.ledger, tables, true);
  const current = session.entries[session.cursor];
  const money = impact(session, records, tables);
  const statuses = session.entries.map((e) => entryStatus(records.get(e.key) ?? emptyRecord()));
  return {
    ...empty,
    participants,
    count: session.entries.length,
    openCount: openEntries(session.entries, records).length,
    disputeCount: statuses.filter((s) => s === 'disputed' || s === 'found').length,
    entry: current
      ? entryView(current, session.cursor, records.get(current.key) ?? emptyRecord(), frozen)
      : null,
    impact: {
      record: money.record.total,
      creditor: money.creditor.total,
      debtor: money.debtor.total,
      court: money.courtFound ? money.court.total : null,
      interaction: money.interaction,
    },
    timeline: thinTimeline(frozen.result.timeline),
  };
}

type Frozen = {
  result: ReturnType<typeof compute>;
  obligations: Map<string, Ledger['obligations'][number]>;
  payments: Map<string, Ledger['payments'][number]>;
  allocations: Map<string, Allocation>;
  periods: Map<string, InterestPeriod>;
};

/**
 * A session's ledger is frozen when it starts, so its computation (with the trace) is the same on every
 * call until the rate table changes: keep the last few, keyed by content, with lookups by id. Without it a
 * 1,000-payment session spent most of each keypress recomputing and scanning the trace.
 */
const FROZEN = new Map<string, Frozen>();

export function frozenResult(
  ledger: Ledger,
  tables: ReturnType<typeof rateTables>,
  timeline: boolean,
): Frozen {
  return remember(FROZEN, `${tables.version}|${timeline}|${JSON.stringify(ledger)}`, () => {
    const result = compute(ledger, tables, { trace: true, timeline, periods: true });
    return {
      result,
      obligations: new Map(ledger.obligations.map((o) => [o.id, o])),
      payments: new Map(ledger.payments.map((p) => [p.id, p])),
      allocations: new Map(result.allocations.map((a) => [a.payment, a])),
      periods: new Map(result.periods.map((p) => [p.key, p])),
    };
  });
}

function entryView(entry: Entry, index: number, record: EntryRecord, frozen: Frozen): SessionEntryView {
  const { result } = frozen;
  // Steps are numbered from 1 in order, so step n is trace[n - 1].
  const steps = (numbers: readonly number[]) => numbers.flatMap((n) => result.trace[n - 1] ?? []);
  const view = {
    ...entry,
    index,
    status: entryStatus(record),
    locked: record.locked,
    positions: record.positions,
    persons: record.persons ?? [],
    finding: record.finding,
  };
  if (entry.kind === 'obligation') return { ...view, obligation: frozen.obligations.get(entry.ref) ?? null };
  if (entry.kind === 'payment') {
    const allocation = frozen.allocations.get(entry.ref) ?? null;
    return {
      ...view,
      payment: frozen.payments.get(entry.ref) ?? null,
      allocation,
      trace: steps(allocation?.traceSteps ?? []),
    };
  }
  if (entry.kind === 'period') {
    const period = frozen.periods.get(entry.ref) ?? null;
    return { ...view, period, trace: period ? steps([period.step]) : [] };
  }
  if (entry.kind === 'order') return { ...view, orders: ordersInForce(result.settings) };
  return { ...view, balances: result.balances, asOf: result.asOf };
}

/** The orders the engine applies, latest-listed last: agreed orders first because they win where they apply. */
export function ordersInForce(settings: Settings): OrderInForce[] {
  const name = (o: Settings['regimeCOrder'] | string) => (Array.isArray(o) ? o.join(' → ') : o);
  const line = (regime: OrderInForce['regime'], from: string | null, to: string | null, order: string) => ({
    regime,
    from,
    to,
    order,
    zh: orderLabelZh(order),
  });
  return [
    ...settings.agreedOrders.map((a) => line('agreed', a.from, a.to, name(a.order))),
    line('A', null, '2009-05-17', settings.regimeAOrder),
    line('B', '2009-05-18', '2014-07-31', 'proportional'),
    line('C', '2014-08-01', null, name(settings.regimeCOrder)),
  ];
}

/**
 * The three versions of the ledger (each party's claims, and the court's findings) priced by the engine,
 * and each dispute alone against the record, so the screen can say what every dispute is worth. Priced
 * once per set of claims: moving through the entries (and every keypress that changes nothing) reuses it.
 */
function impact(
  session: SessionRow,
  records: ReadonlyMap<string, EntryRecord>,
  tables: ReturnType<typeof rateTables>,
): SessionImpact {
  const ledger = session.ledger!;
  const entries = session.entries!;
  const singles = entries.flatMap((e) =>
    SIDES.flatMap((side) => {
      const one = partyVariant(side, [e], records, ledger);
      return one.payments.length || one.settings ? [{ name: `${e.key}|${side}`, ...one }] : [];
    }),
  );
  const variants = [
    { name: 'creditor', ...partyVariant('creditor', entries, records, ledger) },
    { name: 'debtor', ...partyVariant('debtor', entries, records, ledger) },
    { name: 'court', ...partyVariant('court', entries, records, ledger) },
    ...singles,
  ];
  const key = `${tables.version}|${JSON.stringify(variants)}|${JSON.stringify(ledger)}`;
  const courtFound = entries.some((e) => records.get(e.key)?.finding);
  return { ...remember(IMPACTS, key, () => priced(ledger, tables, variants)), courtFound };
}

function priced(
  ledger: Ledger,
  tables: ReturnType<typeof rateTables>,
  scenarios: Parameters<typeof compareScenarios>[2],
): Omit<SessionImpact, 'courtFound'> {
  const { base, variants } = compareScenarios(ledger, tables, scenarios, { trace: false });
  const balances = (name: string): Balances => variants.find((v) => v.name === name)!.result.balances;
  const disputes = variants.slice(3).map((v) => {
    const [entryKey, side] = v.name.split('|') as [string, 'creditor' | 'debtor'];
    return { entryKey, side, total: v.result.balances.total, delta: v.balanceDelta.total };
  });
  // Disputes can be worth more (or less) together than apart; the remainder makes the parts add up exactly.
  const interaction = (side: 'creditor' | 'debtor') =>
    disputes
      .filter((d) => d.side === side)
      .reduce((rest, d) => rest.minus(d.delta), new Decimal(balances(side).total).minus(base.balances.total))
      .toFixed(2);
  return {
    record: base.balances,
    creditor: balances('creditor'),
    debtor: balances('debtor'),
    court: balances('court'),
    disputes,
    interaction: { creditor: interaction('creditor'), debtor: interaction('debtor') },
  };
}

const IMPACTS = new Map<string, Omit<SessionImpact, 'courtFound'>>();

/** A small least-recently-used memo: results are pure functions of their key. */
function remember<T>(cache: Map<string, T>, key: string, make: () => T, keep = 4): T {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  cache.set(key, value);
  for (const old of cache.keys()) {
    if (cache.size <= keep) break;
    cache.delete(old);
  }
  return value;
}

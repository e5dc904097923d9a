import { getCase } from '../../db/cases';
import type { ReadDb } from '../../db/handle';
import { listParticipants, loadRecords, type SessionRow } from '../../db/reconciliation';
import {
  emptyRecord,
  entryStatus,
  openEntries,
  partyVariant,
  SIDES,
  type Entry,
  type EntryRecord,
} from '../../hearing/reconciliation';
import { compute } from '../../interest';
import type { Balances } from '../../interest/types';
import { compareScenarios } from '../../ledger/scenarios';
import { Decimal } from '../../money/decimal';
import type { SessionEntryView, SessionImpact, SessionView } from '../types';
import { rateTables } from './ledger';

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
  const result = compute(session.ledger, tables, { trace: true, timeline: options.timeline === true });
  const entries = session.entries.map((entry, index) =>
    entryView(entry, index, records.get(entry.key) ?? emptyRecord(), session, result),
  );
  return {
    ...base,
    entries,
    impact: impact(session, records, tables),
    openCount: openEntries(session.entries, records).length,
    timeline: result.timeline,
  };
}

function entryView(
  entry: Entry,
  index: number,
  record: EntryRecord,
  session: SessionRow,
  result: ReturnType<typeof compute>,
): SessionEntryView {
  const ledger = session.ledger!;
  const view = {
    ...entry,
    index,
    status: entryStatus(record),
    locked: record.locked,
    positions: record.positions,
    finding: record.finding,
  };
  if (entry.kind === 'obligation')
    return { ...view, obligation: ledger.obligations.find((o) => o.id === entry.ref) ?? null };
  if (entry.kind === 'payment') {
    const allocation = result.allocations.find((a) => a.payment === entry.ref) ?? null;
    const steps = new Set(allocation?.traceSteps ?? []);
    return {
      ...view,
      payment: ledger.payments.find((p) => p.id === entry.ref) ?? null,
      allocation,
      trace: result.trace.filter((s) => steps.has(s.step)),
    };
  }
  return { ...view, balances: result.balances, asOf: result.asOf };
}

/**
 * The three versions of the ledger (each party's claims, and the court's findings) priced by the engine,
 * and each dispute alone against the record, so the screen can say what every dispute is worth.
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
      const one = partyVariant(side, [e], records);
      return one.length ? [{ name: `${e.key}|${side}`, payments: one }] : [];
    }),
  );
  const { base, variants } = compareScenarios(
    ledger,
    tables,
    [
      { name: 'creditor', payments: partyVariant('creditor', entries, records) },
      { name: 'debtor', payments: partyVariant('debtor', entries, records) },
      { name: 'court', payments: partyVariant('court', entries, records) },
      ...singles,
    ],
    { trace: false },
  );
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

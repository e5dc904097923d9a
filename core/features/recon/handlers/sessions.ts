import { appendAudit } from '../../../platform/db/audit';
import {
  getSession,
  insertParticipant,
  listParticipants,
  type Participant,
  insertPosition,
  insertSession,
  listSessions,
  loadRecords,
  saveEntryFlags,
  setCursor,
  setSessionState,
  startSession,
  type SessionRow,
} from '../store';
import {
  applyPosition,
  buildEntries,
  checkClaim,
  checkPosition,
  emptyRecord,
  entryStatus,
  nextState,
  openEntries,
  ROLE_SPEAKS_FOR,
  type SessionEvent,
  type Side,
  type Speaker,
} from '../rules';
import { AppError, notFound } from '../../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { requireCase } from '../../cases/handlers/records';
import { checkedLedger, rateTables } from '../../ledger/handlers/ledger';
import { frozenResult, sessionView } from './view';
import { assertUnlocked } from '../../signatures/handlers/locks';
import { eventName, stateNames } from '../messages';

function load(ctx: HandlerContext, sessionId: number): SessionRow {
  const session = getSession(ctx.db, sessionId);
  if (!session) throw notFound('session', sessionId);
  return session;
}

/** Every change to a session is an audit row, and both windows (operator, presenter) hear of it. */
function record(ctx: HandlerContext, session: SessionRow, action: string, detail: unknown): void {
  appendAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'session',
    entityId: session.id,
    action: 'update',
    before: null,
    after: { action, ...(detail as object) },
  });
  ctx.publish('recon.changed', { sessionId: session.id, caseId: session.caseId });
}

function transition(ctx: HandlerContext, session: SessionRow, event: SessionEvent): string {
  const next = nextState(session.state, event);
  if (!next)
    throw new AppError(
      'CONFLICT',
      'recon.stateForbids',
      { state: stateNames[session.state], event: eventName(event) },
      { state: session.state, event },
    );
  return next;
}

/** Findings and unlocks belong to the sitting: once closed, the outcome stands as recorded. */
function assertSitting(session: SessionRow): void {
  if (session.state !== 'IN_SESSION' && session.state !== 'PAUSED')
    throw new AppError(
      'CONFLICT',
      'recon.notSitting',
      { state: stateNames[session.state] },
      { state: session.state },
    );
}

/** Who a position is from: a person of the session (the side follows from the role), or a whole side as before. */
function speakerOf(
  roster: readonly Participant[],
  participantId: number | undefined,
  side: Side | undefined,
): { side: Speaker; participantId: number | null } {
  if (participantId === undefined) {
    if (!side) throw new AppError('VALIDATION_FAILED', 'recon.speakerRequired', {}, { issues: [] });
    return { side, participantId: null };
  }
  const person = roster.find((p) => p.id === participantId);
  if (!person)
    throw new AppError('NOT_FOUND', 'recon.noSuchPerson', { id: participantId }, { participantId });
  const speaks = ROLE_SPEAKS_FOR[person.role];
  if (!speaks) throw new AppError('CONFLICT', 'recon.notAParty', { name: person.name }, { participantId });
  return { side: speaks, participantId };
}

function entryOf(session: SessionRow, entryKey: string) {
  const entry = session.entries?.find((e) => e.key === entryKey);
  if (!entry) throw notFound('entry', entryKey);
  return entry;
}

export const reconciliationHandlers = {
  'recon.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listSessions(ctx.db, caseId).map(({ id, caseId: c, state, createdAt, updatedAt }) => ({
      id,
      caseId: c,
      state,
      createdAt,
      updatedAt,
    }));
  },

  'recon.get': (ctx, { sessionId }) => sessionView(ctx.db, load(ctx, sessionId)),

  'recon.create': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    const session = load(ctx, insertSession(ctx.db, caseId, ctx.now()));
    record(ctx, session, 'create', { caseId });
    return sessionView(ctx.db, session);
  },

  'recon.addParticipant': (ctx, { sessionId, role, name }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    if (session.state === 'AWAITING_SIGNATURES' || session.state === 'SIGNED')
      throw new AppError('CONFLICT', 'recon.sessionEnded');
    insertParticipant(ctx.db, sessionId, role, name);
    record(ctx, session, 'participant', { role, name });
    return sessionView(ctx.db, session);
  },

  // The ledger is frozen here: what the parties discuss is what the minutes will show.
  'recon.start': (ctx, { sessionId }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    transition(ctx, session, 'start');
    const ledger = checkedLedger(loadCaseDetail(ctx.db, session.caseId), undefined);
    // Computed with the trace and its interest periods, which the walk steps through; kept, so the view
    // of the session that follows reuses it (handlers/view.ts).
    const { result } = frozenResult(ledger, rateTables(ctx.db), false);
    const frozen = { ...ledger, asOf: result.asOf };
    startSession(ctx.db, sessionId, frozen, buildEntries(frozen, result), ctx.now());
    record(ctx, session, 'start', { payments: ledger.payments.length, asOf: result.asOf });
    return sessionView(ctx.db, load(ctx, sessionId));
  },

  'recon.pause': (ctx, { sessionId }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    setSessionState(ctx.db, sessionId, transition(ctx, session, 'pause') as SessionRow['state'], ctx.now());
    record(ctx, session, 'pause', {});
    return sessionView(ctx.db, load(ctx, sessionId));
  },

  'recon.resume': (ctx, { sessionId }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    setSessionState(ctx.db, sessionId, transition(ctx, session, 'resume') as SessionRow['state'], ctx.now());
    record(ctx, session, 'resume', {});
    return sessionView(ctx.db, load(ctx, sessionId));
  },

  'recon.move': (ctx, { sessionId, cursor }) => {
    const session = load(ctx, sessionId);
    // A closed record can be browsed, but nothing about it changes any more, not even where it was left.
    if (session.state === 'AWAITING_SIGNATURES' || session.state === 'SIGNED')
      return { id: session.id, state: session.state, cursor };
    const count = session.entries?.length ?? 0;
    if (cursor >= Math.max(count, 1))
      throw new AppError('VALIDATION_FAILED', 'recon.noSuchEntry', { n: cursor + 1 }, { issues: [] });
    setCursor(ctx.db, sessionId, cursor, ctx.now());
    ctx.publish('recon.changed', { sessionId, caseId: session.caseId, cursor });
    return { id: session.id, state: session.state, cursor };
  },

  'recon.position': (ctx, { sessionId, entryKey, participantId, side, stance, claim, statement }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    assertSitting(session);
    const entry = entryOf(session, entryKey);
    const roster = listParticipants(ctx.db, sessionId);
    const speaker = speakerOf(roster, participantId, side);
    const before = loadRecords(ctx.db, sessionId).get(entryKey) ?? emptyRecord();
    const position = {
      ...speaker,
      stance,
      claim: stance === 'dispute' ? claim : null,
      statement,
      at: ctx.now(),
    };
    const problem = checkPosition(session.state, entry, before, position);
    if (problem) throw new AppError('CONFLICT', `recon.${problem}` as const, {}, { problem });
    const after = applyPosition(before, position, roster);
    insertPosition(ctx.db, sessionId, entryKey, position, ctx.actor);
    // A new dispute reopens the court's finding: it was made on the old positions.
    saveEntryFlags(ctx.db, sessionId, entryKey, after.locked, stance === 'dispute' ? null : after.finding);
    record(ctx, session, 'position', { entryKey, ...position, status: entryStatus(after) });
    return sessionView(ctx.db, load(ctx, sessionId));
  },

  // One confirmation on screen, then one row per entry (each marked as said once for the rest) and one audit row.
  'recon.restAgreed': (ctx, { sessionId, participantId, statement }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    assertSitting(session);
    if (session.state !== 'IN_SESSION') throw new AppError('CONFLICT', 'recon.sessionNotOpen');
    const roster = listParticipants(ctx.db, sessionId);
    const speaker = speakerOf(roster, participantId, undefined);
    const records = loadRecords(ctx.db, sessionId);
    const at = ctx.now();
    const keys: string[] = [];
    for (const entry of session.entries ?? []) {
      const before = records.get(entry.key) ?? emptyRecord();
      if (before.locked || (before.persons ?? []).some((p) => p.participantId === participantId)) continue;
      const position = { ...speaker, rest: true, stance: 'agree' as const, claim: null, statement, at };
      const after = applyPosition(before, position, roster);
      insertPosition(ctx.db, sessionId, entry.key, position, ctx.actor);
      saveEntryFlags(ctx.db, sessionId, entry.key, after.locked, after.finding);
      keys.push(entry.key);
    }
    if (keys.length === 0) throw new AppError('CONFLICT', 'recon.nothingLeft');
    record(ctx, session, 'restAgreed', { participantId, entries: keys, statement });
    return sessionView(ctx.db, load(ctx, sessionId));
  },

  'recon.unlock': (ctx, { sessionId, entryKey, reason }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    assertSitting(session);
    entryOf(session, entryKey);
    const before = loadRecords(ctx.db, sessionId).get(entryKey) ?? emptyRecord();
    if (!before.locked) throw new AppError('CONFLICT', 'recon.notLocked');
    saveEntryFlags(ctx.db, sessionId, entryKey, false, before.finding);
    record(ctx, session, 'unlock', { entryKey, reason });
    return sessionView(ctx.db, load(ctx, sessionId));
  },

  'recon.finding': (ctx, { sessionId, entryKey, adopt, claim, reason }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    assertSitting(session);
    const entry = entryOf(session, entryKey);
    const before = loadRecords(ctx.db, sessionId).get(entryKey) ?? emptyRecord();
    if (entryStatus(before) !== 'disputed' && entryStatus(before) !== 'found')
      throw new AppError('CONFLICT', 'recon.findingNotNeeded');
    if (adopt === 'court' && !claim)
      throw new AppError('VALIDATION_FAILED', 'recon.courtValueRequired', {}, { issues: [] });
    const problem = adopt === 'court' ? checkClaim(entry, claim) : null;
    if (problem) throw new AppError('CONFLICT', `recon.${problem}` as const, {}, { problem });
    const finding = { adopt, claim: adopt === 'court' ? claim : null, reason, at: ctx.now() };
    saveEntryFlags(ctx.db, sessionId, entryKey, before.locked, finding);
    record(ctx, session, 'finding', { entryKey, ...finding });
    return sessionView(ctx.db, load(ctx, sessionId));
  },

  // Closing is gated on no open dispute; the outcome is the court's version of the ledger.
  'recon.close': (ctx, { sessionId }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    const next = transition(ctx, session, 'close') as SessionRow['state'];
    const open = openEntries(session.entries ?? [], loadRecords(ctx.db, sessionId));
    if (open.length > 0)
      throw new AppError(
        'CONFLICT',
        'recon.entriesOpen',
        { count: open.length },
        { open: open.map((e) => e.key) },
      );
    const view = sessionView(ctx.db, session);
    const disputed = view.entries
      .filter((e) => e.status === 'found')
      .map((e) => ({ entryKey: e.key, finding: e.finding }));
    const outcome = {
      agreedTotal: disputed.length === 0 ? view.impact!.record.total : null,
      courtTotal: view.impact!.court.total,
      disputed,
    };
    setSessionState(ctx.db, sessionId, next, ctx.now(), outcome);
    record(ctx, session, 'close', outcome);
    return sessionView(ctx.db, load(ctx, sessionId));
  },
} satisfies HandlerGroup;

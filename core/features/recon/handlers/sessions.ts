import { appendAudit } from '../../../platform/db/audit';
import {
  getSession,
  insertParticipant,
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
  type SessionEvent,
} from '../rules';
import { AppError, notFound } from '../../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { requireCase } from '../../cases/handlers/records';
import { checkedLedger, rateTables } from '../../ledger/handlers/ledger';
import { frozenResult, sessionView } from './view';
import { assertUnlocked } from '../../signatures/handlers/locks';

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

const STATE_ZH: Record<string, string> = {
  DRAFT: '准备中',
  IN_SESSION: '对账中',
  PAUSED: '已暂停',
  AWAITING_SIGNATURES: '待签名',
  SIGNED: '已签名',
};

function transition(ctx: HandlerContext, session: SessionRow, event: SessionEvent): string {
  const next = nextState(session.state, event);
  if (!next)
    throw new AppError(
      'CONFLICT',
      `对账当前为「${STATE_ZH[session.state]}」，不能执行此操作`,
      `session is ${session.state}; ${event} is not allowed`,
      { state: session.state, event },
    );
  return next;
}

/** Findings and unlocks belong to the sitting: once closed, the outcome stands as recorded. */
function assertSitting(session: SessionRow): void {
  if (session.state !== 'IN_SESSION' && session.state !== 'PAUSED')
    throw new AppError(
      'CONFLICT',
      `对账当前为「${STATE_ZH[session.state]}」，只有进行中或暂停的对账可以认定或解除锁定`,
      `session is ${session.state}; findings and unlocks need a session in progress or paused`,
      { state: session.state },
    );
}

function entryOf(session: SessionRow, entryKey: string) {
  const entry = session.entries?.find((e) => e.key === entryKey);
  if (!entry) throw notFound('entry', entryKey);
  return entry;
}

const POSITION_ERRORS = {
  sessionNotOpen: ['对账未在进行中，不能记录意见', 'the session is not in progress'],
  locked: [
    '该项双方已确认并锁定；如需改变，请先说明理由解除锁定',
    'this entry is locked; unlock it with a reason first',
  ],
  claimRequired: [
    '对付款有异议时，须说明主张的日期、金额或否认该笔付款',
    'a dispute about a payment needs the claimed date, amount or denial',
  ],
  claimNotForKind: [
    '只有付款项可以主张不同的日期、金额或清偿顺序；对利息期间、义务和余额有异议时请写明理由',
    'only payments carry a claimed date, amount or order; for other entries state the objection in words',
  ],
  orderClaimRequired: [
    '对清偿顺序有异议时，须说明主张的清偿顺序',
    'a dispute about the application order needs the order claimed',
  ],
  orderOnlyClaim: ['清偿顺序项只能主张清偿顺序', 'the order entry takes only an order'],
} as const;

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
      throw new AppError('CONFLICT', '对账已结束，不能再添加参加人', 'the session has ended');
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
    // of the session that follows reuses it (reconciliation-view.ts).
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
      throw new AppError('VALIDATION_FAILED', `没有第 ${cursor + 1} 项`, `no entry ${cursor + 1}`, {
        issues: [],
      });
    setCursor(ctx.db, sessionId, cursor, ctx.now());
    ctx.publish('recon.changed', { sessionId, caseId: session.caseId, cursor });
    return { id: session.id, state: session.state, cursor };
  },

  'recon.position': (ctx, { sessionId, entryKey, side, stance, claim, statement }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    assertSitting(session);
    const entry = entryOf(session, entryKey);
    const before = loadRecords(ctx.db, sessionId).get(entryKey) ?? emptyRecord();
    const position = { side, stance, claim: stance === 'dispute' ? claim : null, statement, at: ctx.now() };
    const problem = checkPosition(session.state, entry, before, position);
    if (problem)
      throw new AppError('CONFLICT', POSITION_ERRORS[problem][0], POSITION_ERRORS[problem][1], { problem });
    const after = applyPosition(before, position);
    insertPosition(ctx.db, sessionId, entryKey, position, ctx.actor);
    // A new dispute reopens the court's finding: it was made on the old positions.
    saveEntryFlags(ctx.db, sessionId, entryKey, after.locked, stance === 'dispute' ? null : after.finding);
    record(ctx, session, 'position', { entryKey, ...position, status: entryStatus(after) });
    return sessionView(ctx.db, load(ctx, sessionId));
  },

  'recon.unlock': (ctx, { sessionId, entryKey, reason }) => {
    const session = load(ctx, sessionId);
    assertUnlocked(ctx.db, 'recon', sessionId);
    assertSitting(session);
    entryOf(session, entryKey);
    const before = loadRecords(ctx.db, sessionId).get(entryKey) ?? emptyRecord();
    if (!before.locked) throw new AppError('CONFLICT', '该项未锁定', 'this entry is not locked');
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
      throw new AppError(
        'CONFLICT',
        '只有存在争议的项目需要法院认定',
        'only a disputed entry takes a finding',
      );
    if (adopt === 'court' && !claim)
      throw new AppError(
        'VALIDATION_FAILED',
        '法院认定其他数值时须填写认定的日期、金额或清偿顺序',
        'a court value needs a date, amount or order',
        { issues: [] },
      );
    const problem = adopt === 'court' ? checkClaim(entry, claim) : null;
    if (problem)
      throw new AppError('CONFLICT', POSITION_ERRORS[problem][0], POSITION_ERRORS[problem][1], { problem });
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
        `还有 ${open.length} 项未确认或争议未认定，不能结束对账`,
        `${open.length} entries are neither agreed nor found`,
        {
          open: open.map((e) => e.key),
        },
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

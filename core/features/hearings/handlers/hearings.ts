import {
  answerQuestion,
  deleteAttendee,
  getAttendee,
  getQuestion,
  insertAttendee,
  insertExplanation,
  insertHearing,
  insertOpinion,
  insertQuestion,
  insertResponse,
  listAttendees,
  listHearings,
  listItems,
  setConclusion,
  setHearingCursor,
  setHearingStage,
  setHearingState,
  updateAttendee,
  updateHearingSetup,
  type AttendeeInput,
  type HearingSetup,
} from '../store';
import {
  finish,
  inSession,
  isParty,
  moveStage,
  recordOpen,
  setupOpen,
  sign,
  start,
  type SignatureAct,
} from '../rules';
import { AppError, conflict, invalid, issueFor, notFound } from '../../../platform/api/errors';
import { exportJob } from '../../../platform/api/export-job';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { HearingView } from '../model';
import { requireCase } from '../../cases/handlers/records';
import { hearingMinutesPlan } from './minutes';
import { hearingView, loadHearing, wallPayload } from './view';
import { audit, check, itemAndHearing, view, writable } from './write';
import { phrases } from '../messages';

/** An attendee of this hearing, or a refusal naming the id. */
function attendeeOf(ctx: HandlerContext, hearingId: number, attendeeId: number) {
  const who = getAttendee(ctx.db, attendeeId);
  if (!who || who.hearingId !== hearingId)
    throw new AppError('NOT_FOUND', 'hearings.noSuchAttendee', { id: attendeeId }, { attendeeId });
  return who;
}

/**
 * The public petition hearing (信访/执行听证): setup, attendees, the course and what is said (the items
 * are in items.ts). Every write is one transaction with its audit row; the whole state (stage, current
 * item, what was said) is in SQLite, so a restart mid-hearing resumes it.
 */

function checkAttendee(a: AttendeeInput): AttendeeInput {
  if (a.kind === 'panel' && a.panelRole === null) throw invalid('panelRole', 'required');
  return { ...a, panelRole: a.kind === 'panel' ? a.panelRole : null };
}

const setupOf = (input: HearingSetup): HearingSetup => ({
  type: input.type,
  title: input.title,
  date: input.date,
  place: input.place,
  isPublic: input.isPublic,
});

/**
 * AWAITING_SIGNATURES -> SIGNED, called through the signing source (signing.ts) when the last
 * signer is done: every attendee has signed or refused with a reason, else a CONFLICT naming who is
 * missing. Runs inside the caller's write transaction; audited like every other write.
 */
export function markHearingSigned(
  ctx: HandlerContext,
  hearingId: number,
  acts: readonly SignatureAct[],
): HearingView {
  const hearing = loadHearing(ctx.db, hearingId);
  const t = sign(hearing.state, listAttendees(ctx.db, hearingId), acts);
  check(t);
  setHearingState(ctx.db, hearingId, 'SIGNED', ctx.now());
  audit(
    ctx,
    hearing,
    'hearing',
    hearingId,
    'update',
    { state: hearing.state },
    {
      state: 'SIGNED',
      signed: acts.filter((a) => a.kind === 'signed').map((a) => a.attendeeId),
      refused: acts
        .filter((a) => a.kind === 'refused')
        .map((a) => ({ attendeeId: a.attendeeId, reason: a.reason })),
    },
  );
  return view(ctx, hearingId);
}

export const petitionHandlers = {
  'hearings.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listHearings(ctx.db, caseId).map((h) => ({
      id: h.id,
      caseId: h.caseId,
      type: h.type,
      title: h.title,
      date: h.date,
      state: h.state,
      itemCount: listItems(ctx.db, h.id).length,
      updatedAt: h.updatedAt,
    }));
  },

  'hearings.get': (ctx, { hearingId }) => view(ctx, hearingId),

  'hearings.create': (ctx, input) => {
    requireCase(ctx, input.caseId);
    const setup = setupOf(input);
    const id = insertHearing(ctx.db, input.caseId, setup, ctx.now());
    const hearing = loadHearing(ctx.db, id);
    audit(ctx, hearing, 'hearing', id, 'create', null, { caseId: input.caseId, ...setup });
    return hearingView(ctx.db, hearing);
  },

  'hearings.update': (ctx, input) => {
    const hearing = loadHearing(ctx.db, input.hearingId);
    writable(ctx, hearing);
    check(setupOpen(hearing.state));
    const setup = setupOf(input);
    updateHearingSetup(ctx.db, hearing.id, setup, ctx.now());
    audit(ctx, hearing, 'hearing', hearing.id, 'update', setupOf(hearing), setup);
    return view(ctx, hearing.id);
  },

  'hearings.addAttendee': (ctx, input) => {
    const hearing = loadHearing(ctx.db, input.hearingId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const a = checkAttendee(input);
    const id = insertAttendee(ctx.db, hearing.id, a);
    audit(ctx, hearing, 'hearingAttendee', id, 'create', null, { hearingId: hearing.id, ...a });
    return view(ctx, hearing.id);
  },

  'hearings.updateAttendee': (ctx, input) => {
    const before = getAttendee(ctx.db, input.attendeeId);
    if (!before) throw notFound('hearingAttendee', input.attendeeId);
    const hearing = loadHearing(ctx.db, before.hearingId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const a = checkAttendee(input);
    updateAttendee(ctx.db, before.id, a);
    audit(ctx, hearing, 'hearingAttendee', before.id, 'update', before, { hearingId: hearing.id, ...a });
    return view(ctx, hearing.id);
  },

  'hearings.removeAttendee': (ctx, { attendeeId }) => {
    const before = getAttendee(ctx.db, attendeeId);
    if (!before) throw notFound('hearingAttendee', attendeeId);
    const hearing = loadHearing(ctx.db, before.hearingId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    if (hearing.state === 'IN_SESSION' && ['petitioner', 'presiding', 'clerk'].includes(before.kind)) {
      const same = listAttendees(ctx.db, hearing.id).filter((a) => a.kind === before.kind);
      if (same.length <= 1) throw conflict('hearings.lastKeyAttendee');
    }
    deleteAttendee(ctx.db, attendeeId);
    audit(ctx, hearing, 'hearingAttendee', attendeeId, 'delete', before, null);
    return view(ctx, hearing.id);
  },

  'hearings.start': (ctx, { hearingId }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    const t = start(hearing.state, listAttendees(ctx.db, hearingId));
    check(t);
    if (t.ok) setHearingState(ctx.db, hearingId, t.state, ctx.now());
    audit(ctx, hearing, 'hearing', hearingId, 'update', { state: hearing.state }, { state: 'IN_SESSION' });
    return view(ctx, hearingId);
  },

  'hearings.stage': (ctx, { hearingId, stage }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    check(moveStage(hearing.state, stage));
    setHearingStage(ctx.db, hearingId, stage, ctx.now());
    audit(ctx, hearing, 'hearing', hearingId, 'update', { stage: hearing.stage }, { stage });
    return view(ctx, hearingId);
  },

  'hearings.move': (ctx, { hearingId, cursor }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    const count = listItems(ctx.db, hearingId).length;
    if (cursor >= Math.max(count, 1))
      throw new AppError('VALIDATION_FAILED', 'hearings.noSuchItem', { number: cursor + 1 }, { issues: [] });
    setHearingCursor(ctx.db, hearingId, cursor, ctx.now());
    audit(ctx, hearing, 'hearing', hearingId, 'update', { cursor: hearing.cursor }, { cursor });
    return view(ctx, hearingId);
  },

  'hearings.explain': (ctx, { itemId, text }) => {
    const { item, hearing } = itemAndHearing(ctx, itemId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    const at = ctx.now();
    insertExplanation(ctx.db, item.id, text, at, ctx.actor);
    audit(ctx, hearing, 'hearingItem', item.id, 'update', null, { explanation: text, at });
    return view(ctx, hearing.id);
  },

  'hearings.respond': (ctx, { itemId, attendeeId, stance, statement }) => {
    const { item, hearing } = itemAndHearing(ctx, itemId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    if (attendeeId !== undefined) {
      const who = attendeeOf(ctx, hearing.id, attendeeId);
      if (!isParty(who.kind))
        throw new AppError('CONFLICT', 'hearings.notAParty', { name: who.name }, { attendeeId });
    }
    if (stance === 'objects' && statement.trim() === '')
      throw new AppError(
        'VALIDATION_FAILED',
        'hearings.objectionStatement',
        {},
        { issues: [issueFor(['statement'], 'required')] },
      );
    const response = { stance, statement, at: ctx.now(), attendeeId: attendeeId ?? null };
    insertResponse(ctx.db, item.id, response, ctx.actor);
    audit(ctx, hearing, 'hearingItem', item.id, 'update', null, { response });
    return view(ctx, hearing.id);
  },

  'hearings.opinion': (ctx, { hearingId, attendeeId, text }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    if (hearing.stage !== 'deliberation')
      throw new AppError('CONFLICT', 'hearings.opinionStage', { stage: phrases.stage[hearing.stage] });
    const who = attendeeOf(ctx, hearingId, attendeeId);
    if (who.kind !== 'panel')
      throw new AppError('CONFLICT', 'hearings.notPanel', { name: who.name }, { attendeeId });
    const at = ctx.now();
    const opinionId = insertOpinion(ctx.db, hearingId, attendeeId, text, at, ctx.actor);
    audit(ctx, hearing, 'hearing', hearingId, 'update', null, {
      opinion: { id: opinionId, attendeeId, text, at },
    });
    return view(ctx, hearingId);
  },

  'hearings.ask': (ctx, { itemId, asker, question, answerer, answer }) => {
    const { item, hearing } = itemAndHearing(ctx, itemId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    const at = ctx.now();
    const id = insertQuestion(ctx.db, item.id, { asker, question, answerer, answer }, at);
    audit(ctx, hearing, 'hearingQuestion', id, 'create', null, {
      itemId: item.id,
      asker,
      question,
      answerer,
      answer,
      at,
    });
    return view(ctx, hearing.id);
  },

  'hearings.answer': (ctx, { questionId, answerer, answer }) => {
    const before = getQuestion(ctx.db, questionId);
    if (!before) throw notFound('hearingQuestion', questionId);
    const { hearing } = itemAndHearing(ctx, before.itemId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    const at = ctx.now();
    answerQuestion(ctx.db, questionId, answerer, answer, at);
    audit(ctx, hearing, 'hearingQuestion', questionId, 'update', before, {
      answerer,
      answer,
      answeredAt: at,
    });
    return view(ctx, hearing.id);
  },

  'hearings.conclude': (ctx, { hearingId, conclusion }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    setConclusion(ctx.db, hearingId, conclusion, ctx.now());
    audit(ctx, hearing, 'hearing', hearingId, 'update', { conclusion: hearing.conclusion }, { conclusion });
    return view(ctx, hearingId);
  },

  'hearings.finish': (ctx, { hearingId }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    const t = finish(hearing.state, hearing.stage, hearing.conclusion);
    check(t);
    if (t.ok) setHearingState(ctx.db, hearingId, t.state, ctx.now());
    const summary = hearingView(ctx.db, hearing).summary;
    audit(
      ctx,
      hearing,
      'hearing',
      hearingId,
      'update',
      { state: hearing.state },
      {
        state: 'AWAITING_SIGNATURES',
        accepted: summary.accepted.length,
        objected: summary.objected.length,
        notAddressed: summary.notAddressed.length,
      },
    );
    return view(ctx, hearingId);
  },

  'hearings.present': (ctx, { hearingId, attachmentId, video }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    const at = ctx.now();
    const payload = wallPayload(hearingView(ctx.db, hearing), attachmentId, video, at);
    audit(ctx, hearing, 'hearing', hearingId, 'update', null, {
      action: 'present',
      index: payload.index,
      media: payload.media?.sha256 ?? null,
      video: payload.video,
    });
    ctx.publish('presenter.show', { view: 'hearing', payload });
    return { view: 'hearing' as const };
  },

  // An export job (../export-job.ts): a long 听证笔录 is laid out in a worker under the hosts.
  'hearings.minutes': exportJob<'hearings.minutes'>((ctx, { hearingId, final, reveal = false }) =>
    hearingMinutesPlan(ctx, loadHearing(ctx.db, hearingId), final, reveal),
  ),
} satisfies HandlerGroup;

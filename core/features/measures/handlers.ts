import type { ReadDb } from '../../platform/db/handle';
import { getCase } from '../cases/store/cases';
import {
  deleteMeasure,
  getMeasure,
  insertMeasure,
  listMeasures,
  listOpenMeasures,
  promoteMeasure,
  queuedBehind,
  releaseMeasure,
  renewalOf,
  requeueMeasure,
  updateMeasure,
  type MeasureFields,
  type MeasureRow,
} from './store';
import { addDays } from '../../lib/money/dates';
import { phrases } from './messages';
import {
  alertLevel,
  DEFAULT_TERM_MONTHS,
  effectiveExpiry,
  EXPIRING_WITHIN_DAYS,
  gapDays,
  measureState,
  needsAttention,
  renewalStart,
  termProblem,
  type MeasureKind,
} from './rules';
import { conflict, invalid, notFound } from '../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../platform/api/handler';
import type { ExpiringMeasure, Measure } from '../transfer/model';
import { recordCreate, recordDelete, recordUpdate, requireCase } from '../cases/handlers/records';

/**
 * 查控措施台账: measures of a case, renewals as chains, release, and the alert of everything expiring
 * within 30 days (or already expired) across all cases. Status is computed on `asOf` (the renderer sends
 * the local day; without it the host's UTC day).
 */

export const todayOf = (ctx: { now: () => string }): string => ctx.now().slice(0, 10);

/**
 * The day a 轮候 measure takes effect: the day it was promoted, or — derived, not stored — the day after
 * the measure before it lapsed unrenewed; null while it still waits.
 */
function queueStart(db: ReadDb, row: MeasureRow, asOf: string): string | null {
  if (row.waitsFor === null || row.promotedOn !== null) return row.promotedOn;
  const before = getMeasure(db, row.waitsFor);
  if (!before) return null;
  const view = measureView(db, before, asOf);
  if (view.status === 'expired' && view.expiresOn !== null) {
    const next = addDays(view.expiresOn, 1);
    return next < row.startDate ? row.startDate : next;
  }
  return null;
}

/** The view of one stored row on `asOf`, with its chain facts. */
export function measureView(
  db: ReadDb,
  row: MeasureRow,
  asOf: string,
  within = EXPIRING_WITHIN_DAYS,
): Measure {
  const queued = row.waitsFor !== null;
  const effectiveStart = queued ? queueStart(db, row, asOf) : row.startDate;
  const waiting = queued && (effectiveStart === null || effectiveStart > asOf);
  const expiresOn =
    effectiveStart === null ? null : effectiveExpiry(effectiveStart, row.termMonths, row.statedExpiry);
  const renewedById = renewalOf(db, row.id);
  const state = measureState(
    {
      startDate: row.startDate,
      expiresOn,
      releasedOn: row.releasedOn,
      renewed: renewedById !== null,
      waiting,
    },
    asOf,
    within,
  );
  let gap: number | null = 0;
  if (row.renewsId !== null) {
    const prev = getMeasure(db, row.renewsId);
    gap = prev
      ? gapDays(effectiveExpiry(prev.startDate, prev.termMonths, prev.statedExpiry), row.startDate)
      : null;
  }
  const open = state.status === 'expiring' || state.status === 'inForce';
  return {
    ...row,
    expiresOn,
    effectiveFrom: effectiveStart,
    renewedById,
    status: state.status,
    daysLeft: state.daysLeft,
    alert: open ? alertLevel(state.daysLeft) : null,
    gapDays: gap,
  };
}

type FieldInput = {
  kind: MeasureKind;
  object: string;
  rulingNumber: string;
  startDate: string;
  termMonths?: number | null | undefined;
  statedExpiry: string | null;
  note: string;
};

/** undefined term: the usual maximum of the kind; null: no fixed term. */
function fields(input: FieldInput): MeasureFields {
  const termMonths = input.termMonths === undefined ? DEFAULT_TERM_MONTHS[input.kind] : input.termMonths;
  if (input.statedExpiry !== null && input.statedExpiry < input.startDate)
    throw invalid('statedExpiry', 'dateOrder');
  const beyond = termProblem(input.kind, input.startDate, termMonths, input.statedExpiry);
  if (beyond)
    throw conflict('measures.termBeyondLaw', {
      kind: { zh: phrases.kinds[input.kind], en: input.kind },
      max: beyond.max,
      latest: beyond.latest,
    });
  return {
    kind: input.kind,
    object: input.object,
    rulingNumber: input.rulingNumber,
    startDate: input.startDate,
    termMonths,
    statedExpiry: input.statedExpiry,
    note: input.note,
  };
}

function load(ctx: HandlerContext, id: number): MeasureRow {
  const row = getMeasure(ctx.db, id);
  if (!row) throw notFound('measure', id);
  return row;
}

export const measureHandlers = {
  'measures.list': (ctx, { caseId, asOf }) => {
    requireCase(ctx, caseId);
    const day = asOf ?? todayOf(ctx);
    return { asOf: day, measures: listMeasures(ctx.db, caseId).map((r) => measureView(ctx.db, r, day)) };
  },

  'measures.add': (ctx, { waitsFor = null, ...input }) => {
    requireCase(ctx, input.caseId);
    if (waitsFor !== null) {
      const before = getMeasure(ctx.db, waitsFor);
      if (!before || before.caseId !== input.caseId || before.releasedOn !== null)
        throw conflict('measures.queueTarget', {}, { waitsFor });
    }
    const id = insertMeasure(ctx.db, input.caseId, fields(input), ctx.now(), { waitsFor });
    const row = load(ctx, id);
    recordCreate(ctx, 'measure', row);
    return measureView(ctx.db, row, todayOf(ctx));
  },

  'measures.update': (ctx, input) => {
    const before = load(ctx, input.id);
    const f = fields(input);
    if (before.renewsId !== null) {
      const prev = load(ctx, before.renewsId);
      if (f.startDate <= prev.startDate) throw invalid('startDate', 'renewalOrder');
    }
    if (before.releasedOn !== null && before.releasedOn < f.startDate)
      throw invalid('startDate', 'releaseOrder');
    updateMeasure(ctx.db, input.id, f, ctx.now());
    const after = load(ctx, input.id);
    recordUpdate(ctx, 'measure', before, after);
    return measureView(ctx.db, after, todayOf(ctx));
  },

  'measures.renew': (ctx, input) => {
    const prev = load(ctx, input.id);
    if (prev.releasedOn !== null) throw conflict('measures.releasedNotRenewable', {}, { id: prev.id });
    const prevView = measureView(ctx.db, prev, todayOf(ctx));
    if (prevView.status === 'waiting') throw conflict('measures.waitingNotRenewable', {}, { id: prev.id });
    const existing = renewalOf(ctx.db, prev.id);
    if (existing !== null)
      throw conflict('measures.alreadyRenewed', { renewal: existing }, { id: prev.id, renewedBy: existing });
    const prevExpiry = prevView.expiresOn;
    const startDate = input.startDate ?? (prevExpiry === null ? null : renewalStart(prevExpiry));
    if (startDate === null) throw invalid('startDate', 'required');
    if (startDate <= prev.startDate) throw invalid('startDate', 'renewalOrder');
    // 续行 is done before the term ends and runs on from it: a renewal leaving a gap is a new measure.
    if (prevExpiry !== null && startDate > renewalStart(prevExpiry))
      throw conflict(
        'measures.lapsedNotRenewable',
        { expiry: prevExpiry, next: renewalStart(prevExpiry) },
        { id: prev.id, expiresOn: prevExpiry },
      );
    const f = fields({
      kind: prev.kind,
      object: prev.object,
      rulingNumber: input.rulingNumber,
      startDate,
      termMonths:
        input.termMonths === undefined
          ? (prev.termMonths ?? DEFAULT_TERM_MONTHS[prev.kind])
          : input.termMonths,
      statedExpiry: input.statedExpiry,
      note: input.note,
    });
    const id = insertMeasure(ctx.db, prev.caseId, f, ctx.now(), {
      renewsId: prev.id,
      origin: 'local',
    });
    const row = load(ctx, id);
    recordCreate(ctx, 'measure', row);
    // whoever queued behind the renewed link now queues behind the renewal
    for (const q of queuedBehind(ctx.db, prev.id)) {
      requeueMeasure(ctx.db, q.id, id, ctx.now());
      recordUpdate(ctx, 'measure', q, load(ctx, q.id));
    }
    return measureView(ctx.db, row, todayOf(ctx));
  },

  'measures.release': (ctx, { id, releasedOn, note }) => {
    const before = load(ctx, id);
    if (before.releasedOn !== null) throw conflict('measures.alreadyReleased', {}, { id });
    if (releasedOn < before.startDate) throw invalid('releasedOn', 'dateOrder');
    releaseMeasure(ctx.db, id, releasedOn, note, ctx.now());
    const after = load(ctx, id);
    recordUpdate(ctx, 'measure', before, after);
    promoteQueue(ctx, id, releasedOn);
    return measureView(ctx.db, after, todayOf(ctx));
  },

  'measures.delete': (ctx, { id }) => {
    const before = load(ctx, id);
    const next = renewalOf(ctx.db, id);
    if (next !== null)
      throw conflict('measures.renewedNotDeletable', { renewal: next }, { id, renewedBy: next });
    const queued = queuedBehind(ctx.db, id)[0];
    if (queued)
      throw conflict('measures.queuedNotDeletable', { queued: queued.id }, { id, queued: queued.id });
    deleteMeasure(ctx.db, id);
    recordDelete(ctx, 'measure', before);
    return { id };
  },

  // Nothing is dropped: an expired measure stays on the list until it is renewed or released.
  'measures.expiring': (ctx, { withinDays, asOf }) => {
    const day = asOf ?? todayOf(ctx);
    const measures: ExpiringMeasure[] = [];
    for (const row of listOpenMeasures(ctx.db)) {
      const view = measureView(ctx.db, row, day, withinDays);
      if (!needsAttention({ status: view.status, daysLeft: view.daysLeft })) continue;
      const c = getCase(ctx.db, row.caseId);
      measures.push({ ...view, caseNumber: c?.caseNumber ?? '', caseTitle: c?.title ?? '' });
    }
    measures.sort((a, b) => (a.expiresOn ?? '').localeCompare(b.expiresOn ?? '') || a.id - b.id);
    return { asOf: day, withinDays, measures };
  },
} satisfies HandlerGroup;

/**
 * 查封扣押冻结规定 第二十六条: when a measure is released, the first measure queued behind it takes effect
 * as a formal one from that day (not before its own registration); the rest queue behind it. Each change
 * is an audit row of the same transaction.
 */
function promoteQueue(ctx: HandlerContext, releasedId: number, on: string): void {
  const [first, ...rest] = queuedBehind(ctx.db, releasedId);
  if (!first) return;
  const at = ctx.now();
  promoteMeasure(ctx.db, first.id, on < first.startDate ? first.startDate : on, at);
  recordUpdate(ctx, 'measure', first, load(ctx, first.id));
  for (const q of rest) {
    requeueMeasure(ctx.db, q.id, first.id, at);
    recordUpdate(ctx, 'measure', q, load(ctx, q.id));
  }
}

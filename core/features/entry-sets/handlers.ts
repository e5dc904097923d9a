import { nextFreeCode } from '../../platform/db/codes';
import {
  deleteEntryLine,
  getEntryLine,
  getEntrySet,
  insertEntryLine,
  insertEntrySet,
  listEntryLines,
  listEntrySets,
  listResolutions,
  upsertResolution,
  type EntryLineFields,
  type EntrySet,
} from './store';
import { deletePayment, getPayment, insertPayment, listPayments } from '../cases/store/payments';
import {
  agreedPayments,
  diffEntrySets,
  planApply,
  resolutionProblem,
  type EntryLine,
  type Resolution,
} from './rules';
import { Decimal, ZERO } from '../../lib/money/decimal';
import { AppError, conflict, notFound } from '../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../platform/api/handler';
import type { EntryDiffView, EntrySetView } from './model';
import type { Payment } from '../cases/model';
import { recordCreate, recordDelete, recordUpdate, requireCase } from '../cases/handlers/records';
import { assertNoRowErrors, readImportFile } from '../imports/handlers/import-file';
import { phrases } from './messages';

function loadSet(ctx: HandlerContext, id: number): EntrySet {
  const set = getEntrySet(ctx.db, id);
  if (!set) throw notFound('entrySet', id);
  return set;
}

function setView(ctx: HandlerContext, set: EntrySet): EntrySetView {
  const payments = listEntryLines(ctx.db, set.id);
  return {
    ...set,
    payments,
    total: payments.reduce((s, p) => s.plus(new Decimal(p.amount)), ZERO).toFixed(2),
  };
}

/** Two different lists of the same case; A and B keep their order (resolutions say "take A"). */
function loadPair(ctx: HandlerContext, setA: number, setB: number): [EntrySet, EntrySet] {
  const a = loadSet(ctx, setA);
  const b = loadSet(ctx, setB);
  if (a.id === b.id) throw conflict('entry-sets.sameSet');
  if (a.caseId !== b.caseId) throw conflict('entry-sets.differentCases');
  return [a, b];
}

const lines = (view: EntrySetView): EntryLine[] =>
  view.payments.map((p) => ({
    id: String(p.id),
    date: p.date,
    amount: p.amount,
    kind: p.kind,
    payer: p.payer,
    note: p.note,
  }));

function diffView(ctx: HandlerContext, setA: number, setB: number): EntryDiffView {
  const [a, b] = loadPair(ctx, setA, setB);
  const viewA = setView(ctx, a);
  const viewB = setView(ctx, b);
  const diff = diffEntrySets(lines(viewA), lines(viewB));
  const resolutions = listResolutions(ctx.db, a.id, b.id);
  const asResolution = (r: (typeof resolutions)[number]): Resolution =>
    r.choice === 'other'
      ? { key: r.key, choice: 'other', value: r.value, reason: r.reason }
      : { key: r.key, choice: r.choice, reason: r.reason };
  return {
    ...diff,
    setA: viewA,
    setB: viewB,
    resolutions,
    agreement: agreedPayments(diff, resolutions.map(asResolution)),
  };
}

function addLine(ctx: HandlerContext, set: EntrySet, fields: EntryLineFields): void {
  const id = insertEntryLine(ctx.db, set.id, fields);
  recordCreate(ctx, 'entrySetPayment', getEntryLine(ctx.db, id)!);
}

export const entrySetHandlers = {
  'entrySets.create': (ctx, { caseId, clerk, label }) => {
    requireCase(ctx, caseId);
    const set = getEntrySet(ctx.db, insertEntrySet(ctx.db, caseId, clerk, label, ctx.now()))!;
    recordCreate(ctx, 'entrySet', set);
    return setView(ctx, set);
  },

  'entrySets.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listEntrySets(ctx.db, caseId).map((s) => setView(ctx, s));
  },

  'entrySets.addPayment': (ctx, { setId, ...fields }) => {
    const set = loadSet(ctx, setId);
    addLine(ctx, set, fields);
    return setView(ctx, set);
  },

  'entrySets.deletePayment': (ctx, { id }) => {
    const line = getEntryLine(ctx.db, id);
    if (!line) throw notFound('entrySetPayment', id);
    deleteEntryLine(ctx.db, id);
    recordDelete(ctx, 'entrySetPayment', line);
    return setView(ctx, loadSet(ctx, line.setId));
  },

  // A clerk's list may come from a statement too; it is checked against itself only, not the case.
  'entrySets.import': (ctx, { setId, fileName: _fileName, ...file }) => {
    const set = loadSet(ctx, setId);
    const { preview } = readImportFile(file, []);
    assertNoRowErrors(preview.rows);
    for (const r of preview.rows) addLine(ctx, set, r.payment!);
    return setView(ctx, set);
  },

  'entrySets.diff': (ctx, { setA, setB }) => diffView(ctx, setA, setB),

  'entrySets.resolve': (ctx, { setA, setB, key, choice, value, reason }) => {
    const before = diffView(ctx, setA, setB);
    const difference = before.differences.find((d) => d.key === key);
    if (!difference) throw conflict('entry-sets.differenceGone', {}, { key });
    if (choice === 'other' && value === undefined)
      throw new AppError('VALIDATION_FAILED', 'entry-sets.otherValueMissing');
    const resolution: Resolution =
      choice === 'other' ? { key, choice, value: value ?? null, reason } : { key, choice, reason };
    const problem = resolutionProblem(resolution);
    if (problem) throw new AppError('VALIDATION_FAILED', `entry-sets.${problem}`, {}, { key });
    const old = before.resolutions.find((r) => r.key === key);
    const id = upsertResolution(ctx.db, setA, setB, {
      key,
      choice,
      value: resolution.choice === 'other' ? resolution.value : null,
      reason,
      decidedBy: ctx.actor,
      decidedAt: ctx.now(),
    });
    const after = diffView(ctx, setA, setB);
    const stored = after.resolutions.find((r) => r.id === id)!;
    if (old) recordUpdate(ctx, 'entryResolution', old, stored);
    else recordCreate(ctx, 'entryResolution', stored);
    return after;
  },

  // The agreed list becomes the case's payments: matching ones stay (codes and history kept), the rest
  // are replaced, all in this one transaction.
  'entrySets.apply': (ctx, { setA, setB }) => {
    const view = diffView(ctx, setA, setB);
    if (!view.agreement.ready)
      throw conflict(
        'entry-sets.unresolved',
        { count: view.agreement.unresolved.length },
        { unresolved: view.agreement.unresolved },
      );
    const caseId = view.setA.caseId;
    const plan = planApply(listPayments(ctx.db, caseId), view.agreement.payments);
    // Numbered before the removals, so a removed payment's code is not given to a different one.
    let n = Number(nextFreeCode(ctx.db, caseId, 'p').slice(1));
    for (const p of plan.remove) {
      deletePayment(ctx.db, p.id);
      recordDelete(ctx, 'payment', p);
    }
    const added: Payment[] = plan.add.map((line) => {
      const note = [
        line.payer && phrases.payer(line.payer),
        line.note,
        phrases.doubleEntry(view.setA.clerk, view.setB.clerk),
      ]
        .filter(Boolean)
        .join(phrases.noteSeparator);
      const id = insertPayment(ctx.db, caseId, {
        code: `p${n++}`,
        date: line.date,
        amount: line.amount,
        kind: line.kind,
        note: note.slice(0, 500),
      });
      const payment = getPayment(ctx.db, id)!;
      recordCreate(ctx, 'payment', payment);
      return payment;
    });
    return { added, removed: plan.remove, kept: plan.keep };
  },
} satisfies HandlerGroup;

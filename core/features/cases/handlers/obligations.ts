import { nextFreeCode } from '../../../platform/db/codes';
import {
  deleteObligation,
  getObligation,
  insertObligation,
  listDependents,
  listObligations,
  renameBase,
  updateObligation,
} from '../store/obligations';
import type { ParsedInputOf } from '../../../platform/api/contract';
import { notFound } from '../../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { Obligation } from '../model';
import { recordCreate, recordDelete, recordUpdate, requireCase } from './records';
import { baseInUse, checkBase, checkShape, isInterest } from './obligation-rules';

function loadObligation(ctx: HandlerContext, id: number): Obligation {
  const obligation = getObligation(ctx.db, id);
  if (!obligation) throw notFound('obligation', id);
  return obligation;
}

export function addObligation(
  ctx: HandlerContext,
  { caseId, code, ...rest }: ParsedInputOf<'obligations.add'>,
): Obligation {
  requireCase(ctx, caseId);
  const fields = { ...rest, code: code ?? nextFreeCode(ctx.db, caseId, 'O') };
  checkShape(fields);
  checkBase(ctx.db, caseId, fields);
  const id = insertObligation(ctx.db, caseId, fields);
  const obligation = loadObligation(ctx, id);
  recordCreate(ctx, 'obligation', obligation);
  return obligation;
}

function updateOne(
  ctx: HandlerContext,
  { id, code, ...rest }: ParsedInputOf<'obligations.update'>,
): Obligation {
  const before = loadObligation(ctx, id);
  const { caseId } = before;
  const fields = { ...rest, code: code ?? before.code };
  checkShape(fields);
  checkBase(ctx.db, caseId, fields);
  const dependents = listDependents(ctx.db, caseId, before.code).filter((d) => d.id !== id);
  if (dependents.length > 0 && isInterest(fields.kind)) throw baseInUse(before, dependents, 'kind');
  updateObligation(ctx.db, id, caseId, fields);
  const after = loadObligation(ctx, id);
  recordUpdate(ctx, 'obligation', before, after);
  // A renamed base takes its running interests along, each change audited like any other.
  if (fields.code !== before.code && dependents.length > 0) {
    renameBase(ctx.db, caseId, before.code, fields.code);
    for (const dependent of dependents) {
      const renamed = loadObligation(ctx, dependent.id);
      recordUpdate(ctx, 'obligation', dependent, renamed);
    }
  }
  return after;
}

export const obligationHandlers = {
  'obligations.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listObligations(ctx.db, caseId);
  },

  'obligations.add': addObligation,

  'obligations.update': updateOne,

  'obligations.delete': (ctx, { id }) => {
    const before = loadObligation(ctx, id);
    const dependents = listDependents(ctx.db, before.caseId, before.code).filter((d) => d.id !== id);
    if (dependents.length > 0) throw baseInUse(before, dependents, 'delete');
    deleteObligation(ctx.db, id);
    recordDelete(ctx, 'obligation', before);
    return { id };
  },
} satisfies HandlerGroup;

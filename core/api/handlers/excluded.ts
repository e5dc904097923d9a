import { deleteExcluded, getExcluded, insertExcluded } from '../../db/excluded';
import type { ParsedInputOf } from '../contract';
import { invalid, notFound } from '../errors';
import type { HandlerContext, HandlerGroup } from '../handler';
import type { ExcludedInterval } from '../types';
import { recordCreate, recordDelete, requireCase } from './common';

export function addExcluded(
  ctx: HandlerContext,
  { caseId, ...fields }: ParsedInputOf<'excluded.add'>,
): ExcludedInterval {
  requireCase(ctx, caseId);
  // Both ends are excluded days (INTEREST.md §2), so a one-day interval has from = to.
  if (fields.to < fields.from) throw invalid('to', 'dateOrder');
  const id = insertExcluded(ctx.db, caseId, fields);
  const interval = getExcluded(ctx.db, id)!;
  recordCreate(ctx, 'excluded', interval);
  return interval;
}

export const excludedHandlers = {
  'excluded.add': addExcluded,

  'excluded.delete': (ctx, { id }) => {
    const before = getExcluded(ctx.db, id);
    if (!before) throw notFound('excluded', id);
    deleteExcluded(ctx.db, id);
    recordDelete(ctx, 'excluded', before);
    return { id };
  },
} satisfies HandlerGroup;

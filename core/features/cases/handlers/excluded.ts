import { deleteExcluded, getExcluded, insertExcluded, listExcluded } from '../store/excluded';
import type { ParsedInputOf } from '../../../platform/api/contract';
import { duplicate, invalid, notFound } from '../../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { ExcludedInterval } from '../model';
import { recordCreate, recordDelete, requireCase } from './records';

export function addExcluded(
  ctx: HandlerContext,
  { caseId, ...fields }: ParsedInputOf<'excluded.add'>,
): ExcludedInterval {
  requireCase(ctx, caseId);
  // Both ends are excluded days (INTEREST.md §2), so a one-day interval has from = to.
  if (fields.to < fields.from) throw invalid('to', 'dateOrder');
  // Overlaps are legitimate (two grounds for suspension) and the engine merges them; the same interval twice is a slip.
  if (listExcluded(ctx.db, caseId).some((e) => e.from === fields.from && e.to === fields.to))
    throw duplicate(
      'cases.excludedTwice',
      { from: fields.from, to: fields.to },
      { from: fields.from, to: fields.to },
    );
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

import { deleteParty, getParty, insertParty, listParties, updateParty } from '../store/parties';
import type { ParsedInputOf } from '../../../platform/api/contract';
import { notFound } from '../../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { Party } from '../model';
import { recordCreate, recordDelete, recordUpdate, requireCase } from './records';

function loadParty(ctx: HandlerContext, id: number): Party {
  const party = getParty(ctx.db, id);
  if (!party) throw notFound('party', id);
  return party;
}

export function addParty(ctx: HandlerContext, { caseId, ...fields }: ParsedInputOf<'parties.add'>): Party {
  requireCase(ctx, caseId);
  const party = loadParty(ctx, insertParty(ctx.db, caseId, fields));
  recordCreate(ctx, 'party', party);
  return party;
}

export const partyHandlers = {
  'parties.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listParties(ctx.db, caseId);
  },

  'parties.add': addParty,

  'parties.update': (ctx, { id, ...fields }) => {
    const before = loadParty(ctx, id);
    updateParty(ctx.db, id, fields);
    const after = loadParty(ctx, id);
    recordUpdate(ctx, 'party', before, after);
    return after;
  },

  'parties.delete': (ctx, { id }) => {
    const before = loadParty(ctx, id);
    deleteParty(ctx.db, id);
    recordDelete(ctx, 'party', before);
    return { id };
  },
} satisfies HandlerGroup;

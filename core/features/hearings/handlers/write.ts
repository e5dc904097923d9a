import { getItem, type HearingRow } from '../store';
import type { Transition } from '../rules';
import { zhOnly } from '../messages';
import { conflict, notFound } from '../../../platform/api/errors';
import type { HandlerContext } from '../../../platform/api/handler';
import type { EntityName } from '../../../platform/api/messages';
import type { HearingView } from '../model';
import { recordChange } from '../../cases/handlers/records';
import { assertUnlocked } from '../../signatures/handlers/locks';
import { hearingView, loadHearing } from './view';

// What every write of a hearing does first and last (hearings.ts, items.ts).

/** A refusal of the state machine (rules.ts) as the error the caller sees, its code as the reason. */
export function check(t: Transition): void {
  if (!t.ok) throw conflict(`hearings.${t.key}`, t.vars, { reason: t.refusal.code });
}

export function audit(
  ctx: HandlerContext,
  hearing: HearingRow,
  entity: EntityName,
  entityId: number,
  action: 'create' | 'update' | 'delete',
  before: unknown,
  after: unknown,
): void {
  recordChange(ctx, { entity, entityId, action, before, after, caseId: hearing.caseId });
}

/**
 * Every write of a hearing's content calls this first: a hearing carried from another court is that
 * court's record (read-only here), and a hearing that anyone has signed is frozen (assertUnlocked: LOCKED).
 */
export function writable(ctx: HandlerContext, hearing: HearingRow): void {
  if (hearing.origin)
    throw conflict(
      'hearings.carriedReadOnly',
      { court: zhOnly(hearing.origin.court || hearing.origin.caseNumber) },
      { reason: 'carried', origin: hearing.origin },
    );
  assertUnlocked(ctx.db, 'hearing', hearing.id);
}

export const view = (ctx: HandlerContext, hearingId: number): HearingView =>
  hearingView(ctx.db, loadHearing(ctx.db, hearingId));

export function itemAndHearing(ctx: HandlerContext, itemId: number) {
  const item = getItem(ctx.db, itemId);
  if (!item) throw notFound('hearingItem', itemId);
  return { item, hearing: loadHearing(ctx.db, item.hearingId) };
}

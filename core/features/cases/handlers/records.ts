import { appendAudit, type AuditAction } from '../../../platform/db/audit';
import { getCase, touchCase } from '../store/cases';
import { notFound } from '../../../platform/api/errors';
import type { HandlerContext } from '../../../platform/api/handler';
import type { EntityName } from '../../../platform/api/messages';

export type Change = {
  entity: EntityName;
  entityId: number;
  action: AuditAction;
  before: unknown;
  after: unknown;
  caseId: number;
};

/**
 * The bookkeeping every write shares: an audit row in the same transaction, the case moved to the
 * top of the recent list (unless it was the case itself that went), and 'case.changed' after commit.
 */
export function recordChange(ctx: HandlerContext, change: Change): void {
  const at = ctx.now();
  appendAudit(ctx.db, {
    actor: ctx.actor,
    at,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    before: change.before,
    after: change.after,
  });
  if (!(change.entity === 'case' && change.action === 'delete')) touchCase(ctx.db, change.caseId, at);
  ctx.publish('case.changed', { caseId: change.caseId });
}

type CaseRow = { id: number; caseId: number };

/** The three shapes of recordChange for a row that belongs to a case (party, obligation, payment, …). */
export function recordCreate(ctx: HandlerContext, entity: EntityName, after: CaseRow): void {
  recordChange(ctx, {
    entity,
    entityId: after.id,
    action: 'create',
    before: null,
    after,
    caseId: after.caseId,
  });
}

export function recordUpdate(ctx: HandlerContext, entity: EntityName, before: CaseRow, after: CaseRow): void {
  recordChange(ctx, { entity, entityId: after.id, action: 'update', before, after, caseId: before.caseId });
}

export function recordDelete(ctx: HandlerContext, entity: EntityName, before: CaseRow): void {
  recordChange(ctx, {
    entity,
    entityId: before.id,
    action: 'delete',
    before,
    after: null,
    caseId: before.caseId,
  });
}

export function requireCase(ctx: HandlerContext, caseId: number): void {
  if (!getCase(ctx.db, caseId)) throw notFound('case', caseId);
}

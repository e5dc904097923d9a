import { deleteCase, insertCase, listCases, updateCase, type CaseFields } from '../store/cases';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { CaseDetail } from '../model';
import { loadCaseDetail } from './case-detail';
import { recordChange } from './records';

/** The case row as audited: its own fields, without the children that have their own audit rows. */
function caseAuditView(detail: CaseDetail) {
  const { parties: _p, obligations: _o, payments: _pay, excluded: _e, partyNames: _n, ...own } = detail;
  return own;
}

export function createCase(ctx: HandlerContext, fields: CaseFields): CaseDetail {
  const id = insertCase(ctx.db, fields, ctx.now());
  const created = loadCaseDetail(ctx.db, id);
  recordChange(ctx, {
    entity: 'case',
    entityId: id,
    action: 'create',
    before: null,
    after: caseAuditView(created),
    caseId: id,
  });
  return created;
}

export const caseHandlers = {
  'cases.list': (ctx, { query }) => listCases(ctx.db, query),

  'cases.get': (ctx, { id }) => loadCaseDetail(ctx.db, id),

  'cases.create': (ctx, fields) => createCase(ctx, fields),

  'cases.update': (ctx, { id, ...fields }) => {
    const before = loadCaseDetail(ctx.db, id);
    updateCase(ctx.db, id, fields, ctx.now());
    recordChange(ctx, {
      entity: 'case',
      entityId: id,
      action: 'update',
      before: caseAuditView(before),
      after: caseAuditView(loadCaseDetail(ctx.db, id)),
      caseId: id,
    });
    return loadCaseDetail(ctx.db, id);
  },

  // The whole file goes into the audit row, so a deleted case can still be read back from the log.
  'cases.delete': (ctx, { id }) => {
    const before = loadCaseDetail(ctx.db, id);
    deleteCase(ctx.db, id);
    recordChange(ctx, { entity: 'case', entityId: id, action: 'delete', before, after: null, caseId: id });
    return { id };
  },
} satisfies HandlerGroup;

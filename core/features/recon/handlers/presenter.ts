import { appendAudit } from '../../../platform/db/audit';
import { getSession } from '../store';
import { maskDeep } from '../../../platform/documents/masking';
import { notFound } from '../../../platform/api/errors';
import type { HandlerGroup } from '../../../platform/api/handler';
import { wallView } from './view';

/**
 * The operator puts something on the wall. The payload is built and masked here, so the presenter window
 * (read-only, it can only receive) never holds an identity or phone number. What was shown is audited.
 */
export const presenterHandlers = {
  'presenter.show': (ctx, { sessionId, blank }) => {
    if (blank || sessionId === undefined) {
      ctx.publish('presenter.show', { view: 'blank', payload: null });
      return { view: 'blank' };
    }
    const session = getSession(ctx.db, sessionId);
    if (!session) throw notFound('session', sessionId);
    const payload = maskDeep(wallView(ctx.db, session));
    const entry = payload.entry;
    appendAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'session',
      entityId: sessionId,
      action: 'update',
      before: null,
      after: { action: 'present', entryKey: entry?.key ?? null },
    });
    ctx.publish('presenter.show', { view: 'session', payload });
    return { view: 'session' };
  },
} satisfies HandlerGroup;

import { appendAudit } from '../../platform/db/audit';
import type { ReadDb } from '../../platform/db/handle';
import { deleteLprAddition, insertLprAddition, listLprAdditions } from './store';
import { Decimal } from '../../lib/money/decimal';
import { dayNumber } from '../../lib/money/dates';
import { AppError } from '../../platform/api/errors';
import { render } from '../../lib/text';
import { messages } from './messages';
import type { HandlerGroup } from '../../platform/api/handler';
import type { RatesView } from './model';
import { rateTables } from '../ledger/handlers/ledger';

function ratesView(db: ReadDb): RatesView {
  const tables = rateTables(db);
  return {
    version: tables.version,
    benchmark: tables.benchmark.map((r) => ({
      from: r.from,
      upto6m: r.pct.upto6m.toFixed(2),
      '6m1y': r.pct['6m1y'].toFixed(2),
      '1y3y': r.pct['1y3y'].toFixed(2),
      '3y5y': r.pct['3y5y'].toFixed(2),
      over5y: r.pct.over5y.toFixed(2),
    })),
    lpr: tables.lpr.map((r) => ({
      from: r.from,
      oneYear: r.oneYear.toFixed(2),
      over5y: r.over5y.toFixed(2),
      source: r.source,
    })),
    additions: listLprAdditions(db),
    sources: tables.sources,
  };
}

export const rateHandlers = {
  'rates.list': (ctx) => ratesView(ctx.db),

  // A fixing after the last row, with where it was read; every later computation names the new version.
  'rates.addLpr': (ctx, { from, oneYear, over5y, source }) => {
    const last = rateTables(ctx.db).lpr.at(-1)!;
    if (dayNumber(from) <= last.day)
      throw new AppError(
        'VALIDATION_FAILED',
        'rates.lprNotAfterLast',
        { last: last.from },
        {
          issues: [{ path: ['from'], key: 'invalid', ...render(messages.lprFromField, { last: last.from }) }],
        },
      );
    const enteredAt = ctx.now();
    // Stored as the table prints them ("3.00"), whatever the user typed ("3").
    const row = {
      from,
      oneYear: new Decimal(oneYear).toFixed(2),
      over5y: new Decimal(over5y).toFixed(2),
      source,
    };
    const id = insertLprAddition(ctx.db, { ...row, enteredAt, enteredBy: ctx.actor });
    appendAudit(ctx.db, {
      actor: ctx.actor,
      at: enteredAt,
      entity: 'rate',
      entityId: id,
      action: 'create',
      before: null,
      after: { table: 'lpr', ...row },
    });
    const view = ratesView(ctx.db);
    ctx.publish('rates.changed', { version: view.version });
    return view;
  },

  // Only the newest entry can go (a mistyped date would otherwise block every later fixing); the reason is kept.
  'rates.removeLpr': (ctx, { id, reason }) => {
    const additions = listLprAdditions(ctx.db);
    const last = additions.at(-1);
    if (!last || last.id !== id) {
      const known = additions.some((a) => a.id === id);
      throw known
        ? new AppError('CONFLICT', 'rates.onlyNewestRemovable')
        : new AppError('NOT_FOUND', 'rates.lprRowNotFound', { id });
    }
    deleteLprAddition(ctx.db, id);
    appendAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'rate',
      entityId: id,
      action: 'delete',
      before: last,
      after: { reason },
    });
    const view = ratesView(ctx.db);
    ctx.publish('rates.changed', { version: view.version });
    return view;
  },
} satisfies HandlerGroup;

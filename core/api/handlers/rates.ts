import { appendAudit } from '../../db/audit';
import type { ReadDb } from '../../db/handle';
import { insertLprAddition, listLprAdditions } from '../../db/rates';
import { dayNumber } from '../../money/dates';
import { AppError } from '../errors';
import type { HandlerGroup } from '../handler';
import type { RatesView } from '../types';
import { rateTables } from './ledger';

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
    lpr: tables.lpr.map((r) => ({ from: r.from, oneYear: r.oneYear.toFixed(2), over5y: r.over5y.toFixed(2), source: r.source })),
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
        `LPR 生效日期须晚于现有最后一行（${last.from}）`,
        `the LPR date must come after the last row (${last.from})`,
        { issues: [{ path: ['from'], key: 'invalid', zh: `生效日期须晚于 ${last.from}`, en: `must be after ${last.from}` }] },
      );
    const enteredAt = ctx.now();
    const id = insertLprAddition(ctx.db, { from, oneYear, over5y, source, enteredAt, enteredBy: ctx.actor });
    appendAudit(ctx.db, { actor: ctx.actor, at: enteredAt, entity: 'rate', entityId: id, action: 'create', before: null, after: { table: 'lpr', from, oneYear, over5y, source } });
    return ratesView(ctx.db);
  },
} satisfies HandlerGroup;

import { schemaVersion } from '../db/migrate';
import type { HandlerGroup } from './handler';
import { APP_VERSION, RULES_VERSION } from './version';

export const appHandlers = {
  'app.info': (ctx) => ({
    version: APP_VERSION,
    rules: RULES_VERSION,
    dataDir: ctx.dataDir,
    host: ctx.host,
    schemaVersion: schemaVersion(ctx.db),
  }),
} satisfies HandlerGroup;

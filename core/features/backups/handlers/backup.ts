import { AppError } from '../../../platform/api/errors';
import type { HandlerGroup } from '../../../platform/api/handler';
import { backupItems } from '../store';

/** The host layer (core/platform/api/services.ts) answers these itself: they need the file, not a transaction. */
const hostOnly = (): never => {
  throw new AppError('CONFLICT', 'backups.hostOnly');
};

export const backupHandlers = {
  // Names only (no paths): the restore screen sends a name back and the host resolves it.
  'backup.list': (ctx) => backupItems(ctx.dataDir),
  'backup.create': hostOnly,
  'backup.restore': hostOnly,
  'backup.status': hostOnly,
} satisfies HandlerGroup;

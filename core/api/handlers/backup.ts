import path from 'node:path';
import { BACKUP_DIR_NAME, listBackups } from '../../db/backup';
import type { HandlerGroup } from '../handler';

export const backupHandlers = {
  // Names only (no paths): a later restore screen sends a name back and the host resolves it.
  'backup.list': (ctx) =>
    listBackups(path.join(ctx.dataDir, BACKUP_DIR_NAME)).map(({ name, size, at }) => ({ name, size, at })),
} satisfies HandlerGroup;

import { AppError } from '../api/errors';
import { transaction, type ReadDb, type WriteDb } from './handle';
import { LATEST_VERSION, MIGRATIONS } from './migrations';

export function schemaVersion(db: ReadDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function tooNew(found: number): AppError {
  const vars = { found, supported: LATEST_VERSION };
  return new AppError('DB_TOO_NEW', 'platform.dbTooNew', vars, vars);
}

/**
 * Brings the schema to `target` (default: latest). All pending migrations and the new user_version
 * commit together, so a failure leaves the file exactly at its old version.
 */
export function migrate(db: WriteDb, target: number = LATEST_VERSION): number {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) throw tooNew(current);
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  transaction(db, () => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${Math.trunc(pending[pending.length - 1]!.version)}`);
  });
  return schemaVersion(db);
}

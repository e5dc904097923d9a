import Database from 'better-sqlite3';
import { AppError } from '../api/errors';
import fs from 'node:fs';
import { transaction, type ReadDb, type WriteDb } from './handle';
import { ensureJournal, hasJournal } from './journal';
import { attachSealing } from './seal';
import { migrate, schemaVersion, tooNew } from './migrate';
import { LATEST_VERSION } from './migrations';
import { withNativeBinding } from './native-binding';

export type OpenOptions = {
  /** Stop migrating at this version (tests of one migration); default: latest. */
  migrateTo?: number;
};

function corrupt(file: string, reason: string): AppError {
  return new AppError('DB_CORRUPT', 'platform.dbCorrupt', { file, reason }, { file, reason });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks in the order that keeps a refused file untouched: the version and integrity are read
 * before anything (journal mode, migrations) writes to it.
 */
function checkReadable(db: Database.Database, file: string): void {
  let version: number;
  try {
    version = schemaVersion(db as ReadDb);
  } catch (error) {
    throw corrupt(file, describe(error));
  }
  if (version > LATEST_VERSION) throw tooNew(version);
  let result: { integrity_check: string }[];
  try {
    result = db.pragma('integrity_check') as { integrity_check: string }[];
  } catch (error) {
    throw corrupt(file, describe(error));
  }
  // SQLite may pack hundreds of lines into one result row: the first three say enough.
  const problems = result
    .flatMap((r) => r.integrity_check.split('\n'))
    .filter((r) => r !== 'ok' && r.trim() !== '' && !r.startsWith('***'));
  if (problems.length > 0) throw corrupt(file, problems.slice(0, 3).join('; ').slice(0, 400));
}

/**
 * The database and the WAL and shared-memory files SQLite makes beside it take the database file's
 * mode: created 0600 (owner only) before SQLite opens it, and an older 0644 file narrowed.
 */
function createPrivate(file: string): void {
  if (file === '' || file === ':memory:') return;
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.chmodSync(f, 0o600);
    } catch {
      // not there yet, or a file system without modes
    }
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): WriteDb {
  createPrivate(file);
  const db = new Database(file, withNativeBinding({}));
  try {
    db.pragma('busy_timeout = 5000');
    checkReadable(db, file);
    db.pragma('journal_mode = WAL');
    // WAL's default (NORMAL) may lose the last commits to a power cut; FULL syncs the WAL at each one.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const handle = db as WriteDb;
    attachSealing(handle, file);
    const before = schemaVersion(handle);
    const after = migrate(handle, options.migrateTo);
    if (hasJournal(handle)) transaction(handle, () => ensureJournal(handle, after !== before));
    return handle;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** For inspection (verify, reports): no migration, and SQLite itself refuses every write. */
export function openDatabaseReadOnly(file: string): ReadDb {
  const db = new Database(file, withNativeBinding({ readonly: true, fileMustExist: true }));
  try {
    db.pragma('busy_timeout = 5000');
    checkReadable(db, file);
    return db as ReadDb;
  } catch (error) {
    db.close();
    throw error;
  }
}

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabaseReadOnly } from './open';
import type { ReadDb } from './handle';

export const KEEP_BACKUPS = 10;
/** The rotating folder inside the data folder. */
export const BACKUP_DIR_NAME = 'backups';
const PREFIX = 'hearing-desk-';
const SUFFIX = '.sqlite';

/**
 * auto: at start and every N minutes, rotated (newest KEEP_BACKUPS kept); manual: asked for by the
 * user; pre-restore: the database as it was just before a restore. Only `auto` ones are ever pruned.
 */
export type BackupKind = 'auto' | 'manual' | 'pre-restore';

export type BackupInfo = {
  file: string;
  name: string;
  size: number;
  /** when it was taken (ISO 8601 UTC, from the name) */
  at: string;
  kind: BackupKind;
};

/** "2026-01-21T08:30:00.000Z" -> "20260121T083000000Z": sortable and legal on every file system. */
function stamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[^0-9TZ]/g, '');
}

const NAME = /^hearing-desk-([0-9]{8}T[0-9]{9}Z)(?:-([0-9]+))?(?:-(manual|pre-restore))?\.sqlite$/;
const kindOf = (m: RegExpExecArray): BackupKind => (m[3] as BackupKind | undefined) ?? 'auto';
const PARTIAL = '.partial';

/** "20260121T083000000Z" -> "2026-01-21T08:30:00.000Z" */
function stampTime(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

/** Stamp, then the counter of backups taken in the same millisecond (none = first). */
function order(a: RegExpExecArray, b: RegExpExecArray): number {
  if (a[1] !== b[1]) return a[1]! < b[1]! ? -1 : 1;
  return Number(a[2] ?? 1) - Number(b[2] ?? 1);
}

/** Newest first. Files that are not our backups are left alone. */
export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => NAME.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => order(b, a))
    .map((m) => {
      const [name, stampText] = m;
      const file = path.join(dir, name);
      return { file, name, size: fs.statSync(file).size, at: stampTime(stampText!), kind: kindOf(m) };
    });
}

/** A free name for a backup taken now: counter for the same millisecond, suffix for the kind. */
function freeName(dir: string, taken: string, kind: BackupKind): string {
  const suffix = kind === 'auto' ? SUFFIX : `-${kind}${SUFFIX}`;
  const base = `${PREFIX}${taken}`;
  let name = `${base}${suffix}`;
  for (let n = 2; fs.existsSync(path.join(dir, name)); n += 1) name = `${base}-${n}${suffix}`;
  return name;
}

/** Half-written copies, and the -wal/-shm files a read-only look at an old WAL-mode backup leaves. */
function sweepPartials(dir: string): void {
  const stale = (n: string) => n.startsWith(PREFIX) && [PARTIAL, '-wal', '-shm'].some((e) => n.endsWith(e));
  for (const name of fs.readdirSync(dir).filter(stale)) fs.rmSync(path.join(dir, name), { force: true });
}

/**
 * The online backup API copies the WAL flag of the live database; a WAL-mode copy opened read-only
 * (to list or check it) would leave -wal and -shm files beside it. A backup is one self-contained file.
 */
function toRollbackJournal(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Only automatic backups rotate: a manual or pre-restore copy was kept on purpose. */
function prune(dir: string): void {
  const autos = listBackups(dir).filter((b) => b.kind === 'auto');
  for (const old of autos.slice(KEEP_BACKUPS)) fs.rmSync(old.file, { force: true });
}

/**
 * The same consistent copy, taken synchronously with `VACUUM INTO` (for the host's manual backup and
 * the safety copy before a restore, which must be complete before the next step). Must not run inside
 * a transaction.
 */
export function backupDatabaseNow(db: ReadDb, dir: string, now: () => string, kind: BackupKind): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  const taken = stamp(now());
  const name = freeName(dir, taken, kind);
  const file = path.join(dir, name);
  sweepPartials(dir);
  const partial = `${file}${PARTIAL}`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  prune(dir);
  return { file, name, size: fs.statSync(file).size, at: stampTime(taken), kind };
}

/**
 * A consistent copy taken with SQLite's online backup API while the app keeps working, then the
 * folder is pruned to the newest KEEP_BACKUPS. Asynchronous: the copy proceeds in steps between
 * other statements, so it never holds a transaction open across an await of ours.
 */
export async function backupDatabase(
  db: ReadDb,
  dir: string,
  now: () => string,
  kind: BackupKind = 'auto',
): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  const taken = stamp(now());
  const name = freeName(dir, taken, kind);
  const file = path.join(dir, name);
  // Copied under a name listBackups ignores and renamed when complete: a crash midway (power cut,
  // kill) must not leave a half-written file that looks like a backup. Leftovers are swept here.
  sweepPartials(dir);
  const partial = `${file}${PARTIAL}`;
  try {
    await db.backup(partial);
    toRollbackJournal(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  prune(dir);
  return { file, name, size: fs.statSync(file).size, at: stampTime(taken), kind };
}

/**
 * Puts a backup in place of `target`, which must be closed. The backup is checked first (readable,
 * intact, not from a newer version), copied beside the target and renamed over it, so a failure
 * midway leaves the old database as it was. The old WAL and shared-memory files are removed: left
 * behind, SQLite would replay them on top of the restored file.
 */
export function restoreBackup(file: string, target: string): void {
  const check = openDatabaseReadOnly(file);
  check.close();
  const temp = `${target}.restoring`;
  fs.copyFileSync(file, temp);
  for (const extra of [`${target}-wal`, `${target}-shm`]) fs.rmSync(extra, { force: true });
  fs.renameSync(temp, target);
}

export type BackupSummary = { cases: number | null; version: number | null };

/**
 * What the restore screen shows of a backup: its schema version and how many cases it holds. Read
 * without the full integrity check (that runs when it is restored); null where the file cannot tell.
 */
export function summarizeBackup(file: string): BackupSummary {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    let cases: number | null = null;
    try {
      cases = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    } catch {
      cases = null;
    }
    return { cases, version };
  } catch {
    return { cases: null, version: null };
  } finally {
    db?.close();
  }
}

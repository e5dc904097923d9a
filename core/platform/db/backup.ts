import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabaseReadOnly } from './open';
import { withNativeBinding } from './native-binding';
import type { ReadDb } from './handle';
import { headFileOf, sealHead, writeHead, type Head } from './head-file';
import { hasJournal } from './journal';
import { currentHead } from './seal';
import { sealKeyFor } from './seal-key';

export const KEEP_BACKUPS = 10;
/** Safety copies made before a restore: the newest few are kept (each is a whole database). */
export const KEEP_PRE_RESTORE = 5;
/** Beside a backup: the heads it was taken at (head-file.ts, purpose 'manifest'). */
export const MANIFEST_SUFFIX = '.manifest.json';
/** Beside an automatic backup that must never rotate out (the last one before a broken chain). */
export const PIN_SUFFIX = '.pinned';
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

/**
 * Half-written copies (with the rollback journal a killed VACUUM INTO leaves, *.partial-journal), and the
 * -wal/-shm files a read-only look at an old WAL-mode backup leaves.
 */
export function sweepPartials(dir: string): void {
  const stale = (n: string) =>
    n.startsWith(PREFIX) && [PARTIAL, `${PARTIAL}-journal`, '-wal', '-shm'].some((e) => n.endsWith(e));
  for (const name of fs.readdirSync(dir).filter(stale)) fs.rmSync(path.join(dir, name), { force: true });
}

/**
 * The online backup API copies the WAL flag of the live database; a WAL-mode copy opened read-only
 * (to list or check it) would leave -wal and -shm files beside it. A backup is one self-contained file.
 */
function toRollbackJournal(file: string): Head | null {
  const copy = new Database(file, withNativeBinding({ fileMustExist: true }));
  try {
    copy.pragma('journal_mode = DELETE');
    return hasJournal(copy as ReadDb) ? currentHead(copy as ReadDb) : null;
  } finally {
    copy.close();
  }
}

/** Owner only, where the OS has modes. */
function privateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
}

/** The finished copy: 0600, its manifest beside it, then renamed into view. */
function finish(db: ReadDb, partial: string, file: string): void {
  fs.chmodSync(partial, 0o600);
  const head = toRollbackJournal(partial);
  const key = db.memory ? null : sealKeyFor(db.name, false);
  if (head && key) writeHead(`${file}${MANIFEST_SUFFIX}`, sealHead(key, 'manifest', head));
  fs.renameSync(partial, file);
}

function remove(file: string): void {
  for (const f of [file, `${file}${MANIFEST_SUFFIX}`, `${file}${PIN_SUFFIX}`]) fs.rmSync(f, { force: true });
}

/** Keeps `backup` whatever the rotation: the last copy known good before a broken chain was found. */
export function pinBackup(backup: BackupInfo): void {
  fs.writeFileSync(`${backup.file}${PIN_SUFFIX}`, '', { mode: 0o600 });
}

export const isPinned = (backup: BackupInfo) => fs.existsSync(`${backup.file}${PIN_SUFFIX}`);

/** Only automatic backups rotate: a manual or pre-restore copy was kept on purpose. */
function prune(dir: string): void {
  const all = listBackups(dir);
  const autos = all.filter((b) => b.kind === 'auto' && !isPinned(b));
  for (const old of autos.slice(KEEP_BACKUPS)) remove(old.file);
  const safety = all.filter((b) => b.kind === 'pre-restore');
  for (const old of safety.slice(KEEP_PRE_RESTORE)) remove(old.file);
}

/**
 * The same consistent copy, taken synchronously with `VACUUM INTO` (for the host's manual backup and
 * the safety copy before a restore, which must be complete before the next step). Must not run inside
 * a transaction.
 */
export function backupDatabaseNow(db: ReadDb, dir: string, now: () => string, kind: BackupKind): BackupInfo {
  privateDir(dir);
  const taken = stamp(now());
  const name = freeName(dir, taken, kind);
  const file = path.join(dir, name);
  sweepPartials(dir);
  const partial = `${file}${PARTIAL}`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    finish(db, partial, file);
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
  privateDir(dir);
  const taken = stamp(now());
  const name = freeName(dir, taken, kind);
  const file = path.join(dir, name);
  // Copied under a name listBackups ignores and renamed when complete: a crash midway (power cut,
  // kill) must not leave a half-written file that looks like a backup. Leftovers are swept here.
  sweepPartials(dir);
  const partial = `${file}${PARTIAL}`;
  try {
    await db.backup(partial);
    finish(db, partial, file);
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
  fs.chmodSync(temp, 0o600);
  for (const extra of [`${target}-wal`, `${target}-shm`]) fs.rmSync(extra, { force: true });
  fs.renameSync(temp, target);
  // The restored file is older than the head the app last wrote, on purpose: its head is written
  // anew by the restore's own audit row (features/backups/store.ts).
  fs.rmSync(headFileOf(target), { force: true });
}

export type BackupSummary = { cases: number | null; version: number | null };

/**
 * What the restore screen shows of a backup: its schema version and how many cases it holds. Read
 * without the full integrity check (that runs when it is restored); null where the file cannot tell.
 */
export function summarizeBackup(file: string): BackupSummary {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, withNativeBinding({ readonly: true, fileMustExist: true }));
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

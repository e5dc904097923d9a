import fs from 'node:fs';
import path from 'node:path';
import { openDatabaseReadOnly } from './open';
import type { ReadDb } from './handle';

export const KEEP_BACKUPS = 10;
/** The rotating folder inside the data folder. */
export const BACKUP_DIR_NAME = 'backups';
const PREFIX = 'hearing-desk-';
const SUFFIX = '.sqlite';

export type BackupInfo = {
  file: string;
  name: string;
  size: number;
  /** when it was taken (ISO 8601 UTC, from the name) */
  at: string;
};

/** "2026-01-21T08:30:00.000Z" -> "20260121T083000000Z": sortable and legal on every file system. */
function stamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[^0-9TZ]/g, '');
}

const NAME = /^hearing-desk-([0-9]{8}T[0-9]{9}Z)(?:-([0-9]+))?\.sqlite$/;
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
    .map(([name, stampText]) => {
      const file = path.join(dir, name);
      return { file, name, size: fs.statSync(file).size, at: stampTime(stampText!) };
    });
}

/**
 * A consistent copy taken with SQLite's online backup API while the app keeps working, then the
 * folder is pruned to the newest KEEP_BACKUPS. Asynchronous: the copy proceeds in steps between
 * other statements, so it never holds a transaction open across an await of ours.
 */
export async function backupDatabase(db: ReadDb, dir: string, now: () => string): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  const taken = stamp(now());
  const base = `${PREFIX}${taken}`;
  let name = `${base}${SUFFIX}`;
  for (let n = 2; fs.existsSync(path.join(dir, name)); n += 1) name = `${base}-${n}${SUFFIX}`;
  const file = path.join(dir, name);
  // Copied under a name listBackups ignores and renamed when complete: a crash midway (power cut,
  // kill) must not leave a half-written file that looks like a backup. Leftovers are swept here.
  for (const stale of fs.readdirSync(dir).filter((n) => n.startsWith(PREFIX) && n.endsWith(PARTIAL)))
    fs.rmSync(path.join(dir, stale), { force: true });
  const partial = `${file}${PARTIAL}`;
  try {
    await db.backup(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  for (const old of listBackups(dir).slice(KEEP_BACKUPS)) fs.rmSync(old.file, { force: true });
  return { file, name, size: fs.statSync(file).size, at: stampTime(taken) };
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

import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../../platform/db/audit';
import {
  BACKUP_DIR_NAME,
  backupDatabaseNow,
  listBackups,
  MANIFEST_SUFFIX,
  pinBackup,
  restoreBackup,
  summarizeBackup,
  type BackupInfo,
} from '../../platform/db/backup';
import { transaction, type ReadDb, type WriteDb } from '../../platform/db/handle';
import { rebaseJournal } from '../../platform/db/journal';
import { retireLostHead } from '../../platform/db/seal';
import { sealKeyFor } from '../../platform/db/seal-key';
import { openDatabase, openDatabaseReadOnly } from '../../platform/db/open';
import { LATEST_VERSION } from '../../platform/db/migrations';
import { auditChainReport } from '../../platform/db/audit-report';
import { AppError } from '../../platform/api/errors';
import type { BackupListItem, BackupRestoreView } from './model';
import { RESTORE_WORD } from './vocabulary';
import { messages } from './messages';
import { render } from '../../lib/text';

/**
 * The backup methods that need the database file itself rather than a transaction on it: a manual
 * backup (VACUUM INTO), and the restore, which swaps the file under the services' handle. Kept
 * synchronous so that nothing else (a periodic backup tick, another call) can run in the middle.
 */

/** Where a database refused at start is moved before a restore replaces it; never deleted. */
export const REFUSED_DIR_NAME = 'refused';

export function backupDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR_NAME);
}

export function toListItem(b: BackupInfo): BackupListItem {
  const { cases, version } = summarizeBackup(b.file);
  return {
    name: b.name,
    size: b.size,
    at: b.at,
    kind: b.kind,
    cases,
    schemaVersion: version,
    usable: cases !== null && version !== null && version <= LATEST_VERSION,
  };
}

export function backupItems(dataDir: string): BackupListItem[] {
  return listBackups(backupDir(dataDir)).map(toListItem);
}

export function manualBackup(db: WriteDb, dataDir: string, now: () => string): BackupListItem {
  return toListItem(backupDatabaseNow(db, backupDir(dataDir), now, 'manual'));
}

export function busy(): AppError {
  return new AppError('CONFLICT', 'backups.backupRunning');
}

function checkConfirm(confirm: string): void {
  if (confirm.trim() === RESTORE_WORD) return;
  const vars = { word: RESTORE_WORD };
  throw new AppError('VALIDATION_FAILED', 'backups.confirmWordWrong', vars, {
    issues: [{ path: ['confirm'], key: 'invalid', ...render(messages.confirmWordWrong, vars) }],
  });
}

function findBackup(dataDir: string, name: string): BackupInfo {
  const found = listBackups(backupDir(dataDir)).find((b) => b.name === name);
  if (!found) throw new AppError('NOT_FOUND', 'backups.backupNotFound', { name }, { name });
  return found;
}

/** The backup is opened read-only and checked (integrity, version) before anything is touched. */
function checkBackup(b: BackupInfo): void {
  try {
    openDatabaseReadOnly(b.file).close();
  } catch (error) {
    const inner = error instanceof AppError ? error : null;
    const cause = { zh: inner?.message_zh ?? String(error), en: inner?.message_en ?? String(error) };
    throw new AppError(
      'CONFLICT',
      'backups.backupUnrestorable',
      { name: b.name, cause },
      { name: b.name, cause: inner?.code ?? 'UNREADABLE' },
    );
  }
}

function stampNow(now: () => string): string {
  return new Date(now()).toISOString().replace(/[^0-9TZ]/g, '');
}

/** Moves nothing: copies the refused file and its -wal/-shm into refused/<stamp>/ (kept for good). */
function keepRefused(dbFile: string, dataDir: string, now: () => string): string | null {
  if (!fs.existsSync(dbFile)) return null;
  const rel = path.join(REFUSED_DIR_NAME, stampNow(now));
  let target = path.join(dataDir, rel);
  for (let n = 2; fs.existsSync(target); n += 1) target = path.join(dataDir, `${rel}-${n}`);
  fs.mkdirSync(target, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    const from = `${dbFile}${suffix}`;
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(target, `${path.basename(dbFile)}${suffix}`));
  }
  return path.relative(dataDir, target);
}

function caseCount(db: WriteDb): number {
  return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
}

export type RestoreEnv = {
  dataDir: string;
  dbFile: string;
  /** the open database (normal mode) or null (recovery mode: the file was refused at start) */
  db: WriteDb | null;
  now: () => string;
  actor: string;
  host: string;
};

/**
 * Restores the named backup in place of the live database and returns the newly opened handle.
 * Order: confirm word, backup found and checked; then a safety copy of the current database (a
 * pre-restore backup, or in recovery mode a plain copy of the refused file into refused/); then the
 * old handle is closed, the backup copied beside the file and renamed over it; the result is opened
 * (integrity check, migrations of an older backup), the restore recorded in its audit log and the
 * chain walked. If opening the restored file fails, the safety copy is put back.
 */
export function restoreInPlace(
  env: RestoreEnv,
  input: { name: string; confirm: string },
): { db: WriteDb; view: BackupRestoreView } {
  checkConfirm(input.confirm);
  const chosen = findBackup(env.dataDir, input.name);
  checkBackup(chosen);

  let safety: BackupInfo | null = null;
  let refusedCopy: string | null = null;
  let casesBefore: number | null = null;
  if (env.db) {
    casesBefore = caseCount(env.db);
    safety = backupDatabaseNow(env.db, backupDir(env.dataDir), env.now, 'pre-restore');
    env.db.close();
  } else {
    refusedCopy = keepRefused(env.dbFile, env.dataDir, env.now);
  }

  let db: WriteDb;
  try {
    restoreBackup(chosen.file, env.dbFile);
    db = openDatabase(env.dbFile);
  } catch (error) {
    // Put back what was there: the safety copy (normal mode) or the refused file (recovery mode).
    if (safety) restoreBackup(safety.file, env.dbFile);
    else if (refusedCopy) {
      for (const suffix of ['', '-wal', '-shm']) {
        const from = path.join(env.dataDir, refusedCopy, `${path.basename(env.dbFile)}${suffix}`);
        if (fs.existsSync(from)) fs.copyFileSync(from, `${env.dbFile}${suffix}`);
      }
    }
    throw error;
  }

  const at = env.now();
  const cases = caseCount(db);
  transaction(db, () => {
    appendAudit(db, {
      actor: env.actor,
      entity: 'database',
      entityId: 'restore',
      action: 'update',
      before: { cases: casesBefore, safetyBackup: safety?.name ?? null, refusedCopy },
      after: { restoredFrom: chosen.name, backupTakenAt: chosen.at, cases, host: env.host },
      at,
    });
  });
  const audit = auditChainReport(db);
  return {
    db,
    view: {
      restored: chosen.name,
      at: chosen.at,
      cases,
      safetyBackup: safety?.name ?? null,
      refusedCopy,
      audit,
    },
  };
}

/** audit.acknowledge, inside its write transaction: the journal compares from now on; a lost head is retired. */
export function acknowledgeBreak(db: WriteDb, at: string): void {
  rebaseJournal(db);
  if (!db.memory) retireLostHead(db.name, at);
}

/** The newest acknowledgement in the audit log (audit.acknowledge), or null. */
export function lastAcknowledgement(
  db: ReadDb,
): { name: string; at: string; actor: string; firstBadSeq: number | null } | null {
  const row = db
    .prepare(
      "SELECT at, actor, after_json FROM audit_log WHERE entity = 'database' AND entity_id = 'acknowledge' ORDER BY seq DESC LIMIT 1",
    )
    .get() as { at: string; actor: string; after_json: string } | undefined;
  if (!row) return null;
  const after = JSON.parse(row.after_json) as { name: string; firstBadSeq: number | null };
  return { name: after.name, at: row.at, actor: row.actor, firstBadSeq: after.firstBadSeq };
}

/**
 * At start, when the check failed: the newest backup that itself verifies (against its manifest, with
 * this workstation's key) is pinned, so no later rotation removes the last copy from before the break.
 */
export function pinLastGoodBackup(dataDir: string, dbFile: string): BackupInfo | null {
  const key = sealKeyFor(dbFile, false);
  for (const b of listBackups(backupDir(dataDir))) {
    let copy: ReadDb | null = null;
    try {
      copy = openDatabaseReadOnly(b.file);
      const report = auditChainReport(copy, {
        key,
        heads: [{ file: `${b.file}${MANIFEST_SUFFIX}`, purpose: 'manifest' }],
      });
      if (report.ok) {
        pinBackup(b);
        return b;
      }
    } catch {
      // unreadable: not a good copy
    } finally {
      copy?.close();
    }
  }
  return null;
}

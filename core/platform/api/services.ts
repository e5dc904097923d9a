import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BACKUP_DIR_NAME, backupDatabase, type BackupInfo } from '../db/backup';
import type { WriteDb } from '../db/handle';
import { LATEST_VERSION } from '../db/migrations';
import { openDatabase } from '../db/open';
import {
  contract,
  isMethodName,
  kindOf,
  type InputOf,
  type MethodName,
  type OutputOf,
  type TopicName,
  type Topics,
} from './contract';
import { createDispatcher, toValidationError, type Dispatcher } from './dispatch';
import { AppError, internal } from './errors';
import type { Host } from './handler';
import { handlers } from './registry';
import { backupItems, busy, manualBackup, restoreInPlace } from '../../features/backups/store';
import type { Envelope } from './model';
import type { BackupStatusView } from '../../features/backups/model';

export const DB_FILE_NAME = 'hearing-desk.sqlite';
export { BACKUP_DIR_NAME };

export type ServicesOptions = {
  dataDir: string;
  host: Host;
  /** Recorded in every audit row; defaults to the operating-system login. */
  actor?: string;
  /** ISO 8601 UTC timestamps; tests pass a fixed clock. */
  now?: () => string;
  /**
   * Hosts pass true: a database refused at start (DB_CORRUPT, DB_TOO_NEW) does not throw; the
   * services start in recovery mode, where only the backup methods answer, and nothing touches the
   * refused file until a backup is restored over it (after copying it into refused/).
   */
  recovery?: boolean;
};

export type RecoveryProblem = { code: string; message_zh: string; message_en: string };

export type Services = {
  invoke(name: string, input: unknown): Envelope<unknown>;
  /**
   * What the hosts call: the same answers as invoke, but an export job (core/platform/api/export-job.ts) is laid
   * out in a worker thread, with 'export.progress' events, while other calls are answered. Never rejects.
   */
  invokeAsync(name: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe<T extends TopicName>(topic: T, cb: (payload: Topics[T]) => void): () => void;
  publish<T extends TopicName>(topic: T, payload: Topics[T]): void;
  /** A consistent copy into <dataDir>/backups (SQLite online backup), keeping the newest ten. */
  backup(): Promise<BackupInfo>;
  /** Non-null while in recovery mode: why the database was refused. */
  readonly recovery: RecoveryProblem | null;
  close(): void;
  dataDir: string;
  dbFile: string;
};

function defaultActor(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

type Listener = (payload: never) => void;

/** Methods of kind 'host' are run by this layer, not the dispatcher: they need the file, or must work without a database. */
const isHostMethod = (name: string): name is MethodName => isMethodName(name) && kindOf(name) === 'host';

function recoveryRefusal(problem: RecoveryProblem): AppError {
  const cause = { zh: problem.message_zh, en: problem.message_en };
  return new AppError('DB_UNAVAILABLE', 'platform.recoveryMode', { cause }, { cause: problem.code });
}

function refusedAtStart(error: unknown): RecoveryProblem | null {
  if (error instanceof AppError && (error.code === 'DB_CORRUPT' || error.code === 'DB_TOO_NEW'))
    return { code: error.code, message_zh: error.message_zh, message_en: error.message_en };
  return null;
}

/**
 * The one entry point of both hosts (Electron IPC and the loopback web host). Throws an AppError
 * (DB_TOO_NEW, DB_CORRUPT) when the database cannot be opened, unless `recovery` is set; after that,
 * invoke never throws.
 */
export function openServices(opts: ServicesOptions): Services {
  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Owner only: the database, its backups and the workstation keys live here (issue 15).
  if (process.platform !== 'win32') fs.chmodSync(dataDir, 0o700);
  const dbFile = path.join(dataDir, DB_FILE_NAME);
  const now = opts.now ?? (() => new Date().toISOString());
  const actor = opts.actor ?? defaultActor();
  let db: WriteDb | null = null;
  let recovery: RecoveryProblem | null = null;
  try {
    db = openDatabase(dbFile);
  } catch (error) {
    recovery = opts.recovery ? refusedAtStart(error) : null;
    if (!recovery) throw error;
  }
  const listeners = new Map<TopicName, Set<Listener>>();
  let backupsInFlight = 0;
  let closed = false;

  function publish<T extends TopicName>(topic: T, payload: Topics[T]): void {
    for (const cb of [...(listeners.get(topic) ?? [])]) {
      try {
        (cb as (p: Topics[T]) => void)(payload);
      } catch (error) {
        console.error(`[hearing-desk] listener of ${topic} failed:`, error);
      }
    }
  }

  function subscribe<T extends TopicName>(topic: T, cb: (payload: Topics[T]) => void): () => void {
    let set = listeners.get(topic);
    if (!set) {
      set = new Set();
      listeners.set(topic, set);
    }
    set.add(cb as Listener);
    return () => void set.delete(cb as Listener);
  }

  const dispatcherFor = (handle: WriteDb): Dispatcher =>
    createDispatcher(handlers, {
      db: handle,
      now,
      actor,
      dataDir,
      host: opts.host,
      publish,
    });
  let dispatcher: Dispatcher | null = db ? dispatcherFor(db) : null;

  function restore(input: { name: string; confirm: string }): unknown {
    if (backupsInFlight > 0) throw busy();
    const before = db;
    try {
      const result = restoreInPlace({ dataDir, dbFile, db, now, actor, host: opts.host }, input);
      db = result.db;
      dispatcher = dispatcherFor(db);
      recovery = null;
      return result.view;
    } catch (error) {
      // The old handle may have been closed before the failure: the file was put back; reopen it.
      if (before && !before.open) {
        try {
          db = openDatabase(dbFile);
          dispatcher = dispatcherFor(db);
        } catch (reopen) {
          db = null;
          dispatcher = null;
          recovery = refusedAtStart(reopen) ?? {
            code: 'DB_CORRUPT',
            message_zh: String(reopen),
            message_en: String(reopen),
          };
        }
      }
      throw error;
    }
  }

  function hostMethod(name: string, input: unknown): unknown {
    if (name === 'backup.status')
      return {
        mode: recovery ? 'recovery' : 'normal',
        problem: recovery,
        latestVersion: LATEST_VERSION,
      } satisfies BackupStatusView;
    if (name === 'backup.list') return backupItems(dataDir);
    if (name === 'backup.restore') return restore(input as { name: string; confirm: string });
    // backup.create
    if (!db) throw recoveryRefusal(recovery!);
    return manualBackup(db, dataDir, now);
  }

  function invoke(name: string, input: unknown): Envelope<unknown> {
    if (closed) return { ok: false, error: internal().toInfo() };
    if (isHostMethod(name)) {
      const parsed = contract[name].input.safeParse(input === undefined ? {} : input);
      if (!parsed.success)
        return {
          ok: false,
          error: toValidationError(parsed.error, input === undefined ? {} : input).toInfo(),
        };
      try {
        return { ok: true, value: hostMethod(name, parsed.data) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toInfo() };
        console.error(`[hearing-desk] ${name} failed:`, error);
        return { ok: false, error: internal().toInfo() };
      }
    }
    if (!dispatcher) return { ok: false, error: recoveryRefusal(recovery!).toInfo() };
    return dispatcher.invoke(name, input);
  }

  async function invokeAsync(name: string, input: unknown): Promise<Envelope<unknown>> {
    if (closed || isHostMethod(name) || !dispatcher) return invoke(name, input);
    return dispatcher.invokeAsync(name, input);
  }

  async function backup(): Promise<BackupInfo> {
    if (!db) throw recoveryRefusal(recovery!);
    backupsInFlight += 1;
    try {
      return await backupDatabase(db, path.join(dataDir, BACKUP_DIR_NAME), now);
    } finally {
      backupsInFlight -= 1;
    }
  }

  return {
    invoke,
    invokeAsync,
    subscribe,
    publish,
    backup,
    get recovery() {
      return recovery;
    },
    close: () => {
      closed = true;
      listeners.clear();
      if (db?.open) db.close();
    },
    dataDir,
    dbFile,
  };
}

/** Typed calls for code that names the method statically (CLI, tests, the demo seeding). */
export function call<M extends MethodName>(
  services: Services,
  name: M,
  input: InputOf<M>,
): Envelope<OutputOf<M>> {
  return services.invoke(name, input) as Envelope<OutputOf<M>>;
}

/** Typed calls through the hosts' path: export jobs are laid out in a worker thread. */
export function callAsync<M extends MethodName>(
  services: Services,
  name: M,
  input: InputOf<M>,
): Promise<Envelope<OutputOf<M>>> {
  return services.invokeAsync(name, input) as Promise<Envelope<OutputOf<M>>>;
}

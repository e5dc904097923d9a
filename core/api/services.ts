import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BACKUP_DIR_NAME, backupDatabase, type BackupInfo } from '../db/backup';
import { openDatabase } from '../db/open';
import type { InputOf, MethodName, OutputOf, TopicName, Topics } from './contract';
import { createDispatcher, type Dispatcher } from './dispatch';
import type { Host } from './handler';
import { handlers, READ_METHODS } from './handlers/registry';
import type { Envelope } from './types';

export const DB_FILE_NAME = 'hearing-desk.sqlite';
export { BACKUP_DIR_NAME };

export type ServicesOptions = {
  dataDir: string;
  host: Host;
  /** Recorded in every audit row; defaults to the operating-system login. */
  actor?: string;
  /** ISO 8601 UTC timestamps; tests pass a fixed clock. */
  now?: () => string;
};

export type Services = {
  invoke(name: string, input: unknown): Envelope<unknown>;
  subscribe<T extends TopicName>(topic: T, cb: (payload: Topics[T]) => void): () => void;
  publish<T extends TopicName>(topic: T, payload: Topics[T]): void;
  /** A consistent copy into <dataDir>/backups (SQLite online backup), keeping the newest ten. */
  backup(): Promise<BackupInfo>;
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

/**
 * The one entry point of both hosts (Electron IPC and the loopback web host). Throws an AppError
 * (DB_TOO_NEW, DB_CORRUPT) when the database cannot be opened; after that, invoke never throws.
 */
export function openServices(opts: ServicesOptions): Services {
  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const dbFile = path.join(dataDir, DB_FILE_NAME);
  const db = openDatabase(dbFile);
  const now = opts.now ?? (() => new Date().toISOString());
  const listeners = new Map<TopicName, Set<Listener>>();

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

  const dispatcher: Dispatcher = createDispatcher(handlers, {
    db,
    now,
    actor: opts.actor ?? defaultActor(),
    dataDir,
    host: opts.host,
    publish,
    readMethods: READ_METHODS,
  });

  return {
    invoke: (name, input) => dispatcher.invoke(name, input),
    subscribe,
    publish,
    backup: () => backupDatabase(db, path.join(dataDir, BACKUP_DIR_NAME), now),
    close: () => {
      listeners.clear();
      if (db.open) db.close();
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

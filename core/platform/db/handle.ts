import type Database from 'better-sqlite3';

declare const readable: unique symbol;
declare const writable: unique symbol;

/**
 * Handles are branded so a function that only reads says so in its signature, and a read-only
 * handle can never reach a function that writes. A WriteDb is also a ReadDb; not the reverse.
 */
export type ReadDb = Database.Database & { readonly [readable]: true };
export type WriteDb = ReadDb & { readonly [writable]: true };

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepared statements are compiled once per connection and reused. */
export function stmt(db: ReadDb, sql: string): Database.Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let prepared = byText.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byText.set(sql, prepared);
  }
  return prepared;
}

/**
 * One synchronous write transaction (BEGIN IMMEDIATE, so the write lock is taken up front instead of
 * failing on upgrade). Nested calls become savepoints. better-sqlite3 rejects a function returning a
 * promise, which keeps `await` out of transactions.
 */
export function transaction<T>(db: WriteDb, fn: () => T): T {
  const hooks = db.inTransaction ? undefined : commitHooks.get(db);
  if (!hooks) return db.transaction(fn).immediate();
  let sealed = false;
  const value = db
    .transaction(() => {
      const since = hooks.begin();
      const result = fn();
      sealed = hooks.beforeCommit(since);
      return result;
    })
    .immediate();
  if (sealed) hooks.afterCommit();
  return value;
}

/**
 * What the outermost write transaction of a connection does around the caller's work (journal.ts,
 * seal.ts): note where the journal stood, seal what the transaction journaled just before it commits
 * (true: something was sealed), and write the head file once it has committed.
 */
export type CommitHooks = {
  begin(): number;
  beforeCommit(since: number): boolean;
  afterCommit(): void;
};

const commitHooks = new WeakMap<Database.Database, CommitHooks>();

export function setCommitHooks(db: WriteDb, hooks: CommitHooks): void {
  commitHooks.set(db, hooks);
}

/** Several reads seen as one snapshot, with writes refused for the duration. */
export function readTransaction<T>(db: ReadDb, fn: () => T): T {
  if (db.inTransaction) return fn();
  db.pragma('query_only = ON');
  try {
    return db.transaction(fn).deferred();
  } finally {
    db.pragma('query_only = OFF');
  }
}

import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { layoutInWorker, layoutRequestFor, sealLaidOut } from '../documents/export-worker';
import { readTransaction, transaction, type WriteDb } from '../db/handle';
import {
  contract,
  isMethodName,
  kindOf,
  type MethodName,
  type OutputOf,
  type TopicName,
  type Topics,
} from './contract';
import { AppError, internal, issueFor, unknownMethod, validationFailed } from './errors';
import { jobPrepare, LAYOUT_SLOTS } from './export-job';
import type { Handler, HandlerContext, Handlers, Host, Publish } from './handler';
import type { Envelope } from './model';
import { unzipAheadOf, unzipBefore, type UnzipAhead } from './unzip-ahead';

export type DispatchEnv = {
  db: WriteDb;
  now: () => string;
  actor: string;
  dataDir: string;
  host: Host;
  /** Delivers an event to subscribers; called only after the call's transaction has committed. */
  publish: Publish;
};

export type Dispatcher = {
  invoke<M extends MethodName>(name: M, rawInput: unknown): Envelope<OutputOf<M>>;
  invoke(name: string, rawInput: unknown): Envelope<unknown>;
  /**
   * What the hosts call. The same as invoke, except for export jobs (core/platform/api/export-job.ts): read in a
   * read transaction, laid out in a worker thread with 'export.progress' events, then signed,
   * registered and audited in one write transaction. Never rejects.
   */
  invokeAsync<M extends MethodName>(name: M, rawInput: unknown): Promise<Envelope<OutputOf<M>>>;
  invokeAsync(name: string, rawInput: unknown): Promise<Envelope<unknown>>;
};

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Zod issues carry catalogue keys as messages; two cases need a key of their own: a field that is
 * absent (the schema only knows "not a string") and a field the schema does not know.
 */
export function toValidationError(error: z.ZodError, raw: unknown): AppError {
  const issues = error.issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((k) => issueFor([...path, k], 'unknownField'));
    if (issue.code === 'invalid_type' && path.length > 0 && valueAt(raw, path) === undefined) {
      return [issueFor(path, 'required')];
    }
    return [issueFor(path, issue.message)];
  });
  return validationFailed(issues);
}

function databaseReplaced(): AppError {
  return new AppError('CONFLICT', 'platform.databaseReplaced');
}

function failure(error: unknown, name: string): Envelope<never> {
  if (error instanceof AppError) return { ok: false, error: error.toInfo() };
  // Unexpected: the transaction has rolled back; the details stay in the log, not in the UI.
  console.error(`[hearing-desk] ${name} failed:`, error);
  return { ok: false, error: internal().toInfo() };
}

/**
 * Validates, runs and wraps one call. Writes run in a single transaction with their audit rows;
 * their events go out only once it has committed. Nothing thrown inside ever leaves this function.
 */
export function createDispatcher(handlers: Handlers, env: DispatchEnv): Dispatcher {
  // The call has committed by now: a failing listener is logged and must not turn it into an error.
  function deliver(events: Iterable<[TopicName, Topics[TopicName]]>): void {
    for (const [topic, payload] of events) {
      try {
        env.publish(topic, payload);
      } catch (error) {
        console.error(`[hearing-desk] listener of ${topic} failed:`, error);
      }
    }
  }

  function contextFor(events: Map<string, [TopicName, Topics[TopicName]]>): HandlerContext {
    const at = env.now();
    return {
      db: env.db,
      now: () => at,
      actor: env.actor,
      dataDir: env.dataDir,
      host: env.host,
      // Keyed so that forty rows written for one case make one 'case.changed', not forty.
      publish: (topic, payload) => void events.set(`${topic} ${JSON.stringify(payload)}`, [topic, payload]),
    };
  }

  function invoke(name: string, rawInput: unknown): Envelope<unknown> {
    try {
      if (!isMethodName(name)) return failure(unknownMethod(name), name);
      const raw = rawInput === undefined ? {} : rawInput;
      const parsed = contract[name].input.safeParse(raw);
      if (!parsed.success) return failure(toValidationError(parsed.error, raw), name);
      return runParsed(name, parsed.data);
    } catch (error) {
      return failure(error, name);
    }
  }

  function runParsed(name: MethodName, data: unknown): Envelope<unknown> {
    try {
      const events = new Map<string, [TopicName, Topics[TopicName]]>();
      const ctx = contextFor(events);
      const handler = handlers[name] as Handler<MethodName>;
      const run = () => handler(ctx, data as never);
      // Host methods reach the dispatcher only from tests and the fuzzer: they read at most.
      const kind = kindOf(name);
      const value =
        kind === 'read' || kind === 'host' ? readTransaction(env.db, run) : transaction(env.db, run);
      deliver(events.values());
      return { ok: true, value };
    } catch (error) {
      return failure(error, name);
    }
  }

  // A method that reads a zip: unzipped in a worker first (core/platform/api/unzip-ahead.ts), then run.
  async function invokeAhead(
    name: MethodName,
    rawInput: unknown,
    ahead: UnzipAhead,
  ): Promise<Envelope<unknown>> {
    try {
      const raw = rawInput === undefined ? {} : rawInput;
      const parsed = contract[name].input.safeParse(raw);
      if (!parsed.success) return failure(toValidationError(parsed.error, raw), name);
      await unzipBefore(ahead, parsed.data as object);
      if (!env.db.open) throw databaseReplaced();
      return runParsed(name, parsed.data);
    } catch (error) {
      return failure(error, name);
    }
  }

  async function invokeAsync(name: string, rawInput: unknown): Promise<Envelope<unknown>> {
    if (!isMethodName(name)) return invoke(name, rawInput);
    const prepare = kindOf(name) === 'job' ? jobPrepare(handlers[name]) : undefined;
    const ahead = prepare ? undefined : unzipAheadOf(handlers[name]);
    if (ahead) return invokeAhead(name, rawInput, ahead);
    if (!prepare) return invoke(name, rawInput);
    try {
      const raw = rawInput === undefined ? {} : rawInput;
      const parsed = contract[name].input.safeParse(raw);
      if (!parsed.success) return failure(toValidationError(parsed.error, raw), name);
      const events = new Map<string, [TopicName, Topics[TopicName]]>();
      const ctx = contextFor(events);
      const db = env.db;
      // (1) Everything the document says, as one snapshot.
      const plan = readTransaction(db, () => prepare(ctx, parsed.data as never));
      const options = { identity: plan.identity, now: new Date(ctx.now()), auditHead: plan.auditHead };
      const progress = {
        jobId: randomUUID(),
        method: name,
        input: parsed.data as Record<string, unknown>,
      };
      const report = (done: number, total: number | null) =>
        deliver([['export.progress', { ...progress, done, total }]]);
      report(0, null);
      // (2) The layout, off this thread; other calls are answered meanwhile. A job waiting for a slot
      // stays at page 0.
      const laidOut = await LAYOUT_SLOTS.run(() =>
        layoutInWorker(layoutRequestFor(plan.model, options), (pages) => report(pages, null)),
      );
      report(laidOut.pages, laidOut.pages);
      // (3) Sign, register and audit in one write transaction.
      if (!db.open) throw databaseReplaced();
      const value = transaction(db, () =>
        plan.finish(ctx, sealLaidOut(plan.model, laidOut, options, plan.suffix ?? '')),
      );
      deliver(events.values());
      return { ok: true, value };
    } catch (error) {
      return failure(error, name);
    }
  }
  return { invoke, invokeAsync } as Dispatcher;
}

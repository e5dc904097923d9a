import { signedDocument, type SignedDocument } from '../documents/export';
import type { Identity } from '../documents/identity';
import type { DocumentModel } from '../documents/model';
import type { MethodName, OutputOf, ParsedInputOf } from './contract';
import type { Handler, HandlerContext } from './handler';

/**
 * Export jobs: a document export split in three so that a long document (a 388-page statement, a
 * 100-page 对账笔录) never blocks the host while it is laid out.
 *
 *  1. prepare — synchronous, in a read transaction: everything the document says (the DocumentModel,
 *     hence its record hash), the signing identity and the audit head printed on the last page;
 *  2. layout  — asynchronous, in a worker thread (core/documents/export-worker.ts), page by page, each
 *     page published as 'export.progress';
 *  3. finish  — synchronous, in one write transaction: sign (the private key never enters the worker),
 *     register the export, audit it, answer.
 *
 * A job method stays an ordinary handler too: called synchronously (services.invoke: the CLI, the
 * fuzzer, tests) it runs the three steps in one write transaction in the calling thread, as before.
 * Hosts call services.invokeAsync, which runs the split path. Converting an export handler:
 *
 *   'documents.x': exportJob<'documents.x'>((ctx, input) => ({ model, identity, auditHead, finish }))
 *
 * where `finish(ctx, doc)` holds what used to follow signedDocument(...) (insertExport, appendAudit,
 * the DocumentExport answer). prepare must not write to the database.
 */
export type ExportPlan<O> = {
  model: DocumentModel;
  identity: Identity;
  /** Head of the audit chain when the record was read: printed on the last page. */
  auditHead: string;
  /** File-name suffix (documentFileName). */
  suffix?: string;
  /** The write step, in one write transaction after the layout: register, audit, answer. */
  finish: (ctx: HandlerContext, doc: SignedDocument) => O;
};

export type ExportPrepare<M extends MethodName> = (
  ctx: HandlerContext,
  input: ParsedInputOf<M>,
) => ExportPlan<OutputOf<M>>;

const PREPARE = Symbol('export job');

export type JobHandler<M extends MethodName> = Handler<M> & { readonly [PREPARE]: ExportPrepare<M> };

/** An export handler declared as a job: still callable synchronously, recognised by the dispatcher. */
export function exportJob<M extends MethodName>(prepare: ExportPrepare<M>): JobHandler<M> {
  const inThread: Handler<M> = (ctx, input) => {
    const plan = prepare(ctx, input);
    const doc = signedDocument(
      plan.model,
      { identity: plan.identity, now: new Date(ctx.now()), auditHead: plan.auditHead },
      plan.suffix ?? '',
    );
    return plan.finish(ctx, doc);
  };
  return Object.assign(inThread, { [PREPARE]: prepare });
}

/** The prepare step of a job handler, or undefined for an ordinary handler. */
export function jobPrepare(handler: unknown): ExportPrepare<MethodName> | undefined {
  if (typeof handler !== 'function') return undefined;
  return (handler as Partial<JobHandler<MethodName>>)[PREPARE];
}

/**
 * At most `limit` layouts at once (each worker loads the fonts and holds a whole PDF): the others wait
 * their turn, first come first served. A finished job hands its slot straight to the next in line.
 */
export function layoutSlots(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(fn: () => Promise<T>): Promise<T> {
      if (running < limit) running += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await fn();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

/** Shared by every dispatcher of the process: two cores' worth of layout at a time. */
export const LAYOUT_SLOTS = layoutSlots(2);

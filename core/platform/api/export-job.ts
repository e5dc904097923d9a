import { appendAudit, auditHead } from '../db/audit';
import { caseExists, insertExport } from '../db/exports';
import { signedDocument, type SignedDocument } from '../documents/export';
import { ensureIdentity, IdentityError, type Identity } from '../documents/identity';
import type { DocumentModel } from '../documents/model';
import type { MethodName, OutputOf, ParsedInputOf } from './contract';
import { AppError, notFound } from './errors';
import type { Handler, HandlerContext } from './handler';
import type { DocumentExport } from './model';

/**
 * Export jobs: a document export split in three so that a long document (a 388-page statement, a
 * 100-page 对账笔录) never blocks the host while it is laid out.
 *
 *  1. prepare — synchronous, in a read transaction: everything the document says (the DocumentModel,
 *     hence its record hash), the signing identity and the audit head printed on the last page;
 *  2. layout  — asynchronous, in a worker thread (core/platform/documents/export-worker.ts), page by page, each
 *     page published as 'export.progress';
 *  3. finish  — synchronous, in one write transaction: sign (the private key never enters the worker),
 *     register the export, audit it, answer.
 *
 * A job method stays an ordinary handler too: called synchronously (services.invoke: the CLI, the
 * fuzzer, tests) it runs the three steps in one write transaction in the calling thread, as before.
 * Hosts call services.invokeAsync, which runs the split path. Converting an export handler:
 *
 *   'documents.x': exportJob<'documents.x'>((ctx, input) => {
 *     … read, build the model …
 *     return registeredExport(ctx, { model, kind: 'x', caseId, court, audit: { xId } });
 *   }),
 *
 * (or a plan of its own whose `finish(ctx, doc)` holds what used to follow signedDocument(...)).
 * prepare must not write to the database.
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
  const inThread: Handler<M> = (ctx, input) => runPlan(ctx, prepare(ctx, input));
  return Object.assign(inThread, { [PREPARE]: prepare });
}

/**
 * The three steps of a plan in the calling thread and transaction: for a job called synchronously, and
 * for a document laid out as part of a larger export (the transfer package's minutes and 执行情况说明).
 */
export function runPlan<O>(ctx: HandlerContext, plan: ExportPlan<O>): O {
  const doc = signedDocument(
    plan.model,
    { identity: plan.identity, now: new Date(ctx.now()), auditHead: plan.auditHead },
    plan.suffix ?? '',
  );
  return plan.finish(ctx, doc);
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

/** The workstation's signing identity for a court, its errors as CONFLICT. */
export function signingIdentity(ctx: HandlerContext, court: string | null): Identity {
  try {
    return ensureIdentity(ctx.dataDir, { ...(court ? { court } : {}), now: new Date(ctx.now()) });
  } catch (error) {
    if (error instanceof IdentityError) throw AppError.fromText('CONFLICT', error.text);
    throw error;
  }
}

/**
 * The usual export plan: signed by the workstation identity of the court, with the audit head as read;
 * `finish` checks the case is still there (it may have been deleted during the layout), registers the
 * file in export_register with its audit row ({ ...record, pages, recordHash, ...audit }) and answers.
 * A document of no one case (the monthly 执行款台账) passes caseId null and has no case to check.
 */
export function registeredExport(
  ctx: HandlerContext,
  o: {
    model: DocumentModel;
    kind: string;
    caseId: number | null;
    court: string | null;
    suffix?: string;
    audit?: Record<string, unknown>;
  },
): ExportPlan<DocumentExport> {
  return {
    model: o.model,
    identity: signingIdentity(ctx, o.court),
    auditHead: auditHead(ctx.db),
    ...(o.suffix ? { suffix: o.suffix } : {}),
    finish: (tx, doc) => {
      if (o.caseId !== null && !caseExists(tx.db, o.caseId)) throw notFound('case', o.caseId);
      const at = tx.now();
      const record = insertExport(tx.db, {
        kind: o.kind,
        caseId: o.caseId,
        sha256: doc.sha256,
        signer: doc.signer,
        at,
        fileName: doc.fileName,
      });
      appendAudit(tx.db, {
        actor: tx.actor,
        at,
        entity: 'export',
        entityId: record.id,
        action: 'create',
        before: null,
        after: { ...record, pages: doc.pages, recordHash: doc.recordHash, ...o.audit },
      });
      return {
        fileName: doc.fileName,
        base64: doc.pdf.toString('base64'),
        sha256: doc.sha256,
        pages: doc.pages,
      };
    },
  };
}

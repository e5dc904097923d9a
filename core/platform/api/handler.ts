import type { WriteDb } from '../db/handle';
import type { KindOf, MethodName, OutputOf, ParsedInputOf, TopicName, Topics } from './contract';
import type { JobHandler } from './export-job';

export type Host = 'electron' | 'web';

export type Publish = <T extends TopicName>(topic: T, payload: Topics[T]) => void;

/**
 * What a handler may use. `publish` is deferred by the dispatcher until the call's transaction has
 * committed, so listeners never hear about a change that was rolled back.
 */
export type HandlerContext = {
  db: WriteDb;
  now: () => string;
  actor: string;
  dataDir: string;
  host: Host;
  publish: Publish;
};

export type Handler<M extends MethodName> = (ctx: HandlerContext, input: ParsedInputOf<M>) => OutputOf<M>;

/**
 * Exactly one handler per contract method: a missing or misspelt one is a type error, and so is a
 * method of kind 'job' whose handler was not made with exportJob.
 */
export type Handlers = { [M in MethodName]: KindOf<M> extends 'job' ? JobHandler<M> : Handler<M> };

/** One area's share of the handlers (cases, payments, …); checked key by key against the contract. */
export type HandlerGroup = Partial<Handlers>;

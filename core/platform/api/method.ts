import type { z } from 'zod';

/**
 * How a method runs, declared where the method is defined (each feature's api.ts):
 * - read:  in a snapshot with writes refused (PRAGMA query_only); publishes nothing
 * - write: in one write transaction with its audit rows; events go out once it has committed
 * - job:   an export with progress: read transaction → layout in a worker → one write transaction
 *          (its handler must be made with exportJob)
 * - host:  answered by the host layer (core/platform/api/services.ts), which owns the database file
 */
export type MethodKind = 'read' | 'write' | 'job' | 'host';

export type Spec<I extends z.ZodType, O, K extends MethodKind> = { kind: K; input: I; output?: O };

const declare =
  <K extends MethodKind>(kind: K) =>
  <O>() =>
  <I extends z.ZodType>(input: I): Spec<I, O, K> => ({ kind, input });

export const read = declare('read');
export const write = declare('write');
export const job = declare('job');
export const host = declare('host');

/** A subscription topic and its payload type; the run-time object lists the names for the hosts. */
export const topic = <P>(): { payload?: P } => ({});

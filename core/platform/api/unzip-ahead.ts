import { unzipHere, unzipInWorker, type UnzipLimits, type UnzipResult } from '../../lib/tables/zip';

/**
 * Methods that read a zip (a transfer package) unzip it before their transaction, in a worker thread,
 * when a host calls them (dispatcher.invokeAsync): a package — or a zip bomb — never stops the thread
 * that answers calls. The handler then finds the entries ready; called synchronously (the CLI, tests)
 * it unzips in its own thread with the same limits.
 */
export type UnzipAhead = { bytesOf: (input: never) => Uint8Array; limits: UnzipLimits };

const AHEAD = Symbol('unzip ahead');
const ready = new WeakMap<object, { bytes: Uint8Array; result: UnzipResult }>();

export function unzipsAhead<H extends object>(handler: H, spec: UnzipAhead): H {
  return Object.assign(handler, { [AHEAD]: spec });
}

export function unzipAheadOf(handler: unknown): UnzipAhead | undefined {
  return typeof handler === 'function' ? (handler as { [AHEAD]?: UnzipAhead })[AHEAD] : undefined;
}

/** The dispatcher's step before the transaction. */
export async function unzipBefore(spec: UnzipAhead, input: object): Promise<void> {
  const bytes = (spec.bytesOf as (input: object) => Uint8Array)(input);
  ready.set(input, { bytes, result: await unzipInWorker(bytes, spec.limits) });
}

/** In the handler: the bytes and their entries, unzipped ahead or here. */
export function unzippedInput(
  input: object,
  bytesOf: () => Uint8Array,
  limits: UnzipLimits,
): { bytes: Uint8Array; result: UnzipResult } {
  const hit = ready.get(input);
  if (hit) {
    ready.delete(input);
    return hit;
  }
  const bytes = bytesOf();
  return { bytes, result: unzipHere(bytes, limits) };
}

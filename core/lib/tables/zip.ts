import { Worker } from 'node:worker_threads';
import { inflateRawSync } from 'node:zlib';
import { render } from '../text';
import { messages } from './messages';
import { fileError } from './problems';

/**
 * Just enough ZIP to read an .xlsx synchronously: the API handlers run inside one synchronous SQLite
 * transaction, and exceljs (like jszip) only loads asynchronously. Stored and deflated entries, no
 * ZIP64 (an import is at most 20 MB), and a cap on inflated size so a zip bomb cannot exhaust memory.
 */
const MAX_INFLATED = 200 * 1024 * 1024;

const broken = (why: string) => fileError('xlsxBroken', render(messages.zipBroken, { why }));

export function readZip(bytes: Uint8Array): Map<string, () => Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken('no zip directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  let budget = MAX_INFLATED;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw broken('bad directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    entries.set(name, () => {
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw broken('bad local header');
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      if (method === 0) return data;
      if (method !== 8) throw broken(`compression ${method}`);
      if (budget <= 0) throw broken('too large when unpacked');
      try {
        const out = inflateRawSync(data, { maxOutputLength: budget });
        budget -= out.length;
        return out;
      } catch {
        throw broken(`cannot inflate ${name}`);
      }
    });
  }
  return entries;
}

/**
 * Writing and reading the transfer package (a zip of our own making): fflate stays behind this module,
 * the one place for zip code.
 */
export { strToU8 as utf8Bytes, unzipSync, zipSync, type Zippable } from 'fflate';

/** Limits on a package: entries, and bytes actually produced by inflation (all entries together). */
export type UnzipLimits = { maxEntries: number; maxTotal: number };

export type UnzipProblem =
  'zipUnreadable' | 'tooManyFiles' | 'tooLarge' | 'entryTwice' | 'entryDamaged' | 'entryUnreadable';

export type UnzipResult =
  { ok: true; entries: [string, Uint8Array][] } | { ok: false; problem: UnzipProblem; entry: string | null };

type InflateRaw = (data: Uint8Array, options: { maxOutputLength: number }) => Uint8Array;

/**
 * Unzips a whole package with a cap on the bytes inflation actually produces: an entry may yield no
 * more than the size its directory entry claims, and all entries together no more than maxTotal, so a
 * bomb (small claims, a gigabyte of output) stops at the first byte past its claim. Self-contained on
 * purpose — it uses no import, only its arguments and globals — so that unzipInWorker can run the very
 * same function in a worker thread from its source text.
 */
export function unzipBounded(bytes: Uint8Array, limits: UnzipLimits, inflateRaw: InflateRaw): UnzipResult {
  const buf = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => buf.getUint16(at, true);
  const u32 = (at: number) => buf.getUint32(at, true);
  const bad = (problem: UnzipProblem, entry: string | null = null): UnzipResult => ({
    ok: false,
    problem,
    entry,
  });
  const len = bytes.byteLength;
  let eocd = -1;
  for (let i = len - 22; i >= Math.max(0, len - 22 - 0xffff); i--)
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return bad('zipUnreadable');
  const count = u16(eocd + 10);
  if (count === 0xffff || u32(eocd + 16) === 0xffffffff) return bad('zipUnreadable');
  if (count > limits.maxEntries) return bad('tooManyFiles');
  const decoder = new TextDecoder('utf-8');
  const entries: [string, Uint8Array][] = [];
  const seen = new Set<string>();
  let at = u32(eocd + 16);
  let produced = 0;
  let claimed = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > len || u32(at) !== 0x02014b50) return bad('zipUnreadable');
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const local = u32(at + 42);
    if (at + 46 + nameLength > len) return bad('zipUnreadable');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (name.endsWith('/')) continue;
    if (seen.has(name)) return bad('entryTwice', name);
    seen.add(name);
    claimed += size;
    if (claimed > limits.maxTotal) return bad('tooLarge');
    if (local + 30 > len || u32(local) !== 0x04034b50) return bad('entryUnreadable', name);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + compressed > len) return bad('entryDamaged', name);
    const data = bytes.subarray(start, start + compressed);
    let out: Uint8Array;
    if (method === 0) out = data;
    else if (method === 8) {
      try {
        // One byte more than claimed: output past the claim is the proof of a lie, and inflation stops there.
        out = inflateRaw(data, { maxOutputLength: Math.min(size, limits.maxTotal - produced) + 1 });
      } catch (error) {
        const code = (error as { code?: string }).code;
        return code === 'ERR_BUFFER_TOO_LARGE' ? bad('tooLarge', name) : bad('entryDamaged', name);
      }
    } else return bad('entryUnreadable', name);
    if (out.byteLength !== size) return bad(out.byteLength > size ? 'tooLarge' : 'entryDamaged', name);
    produced += out.byteLength;
    entries.push([name, out]);
  }
  return { ok: true, entries };
}

/**
 * unzipBounded off the calling thread: the thread that answers API calls keeps answering while a large
 * package (or a bomb) is inflated. The worker runs the function's own source with node:zlib, so it needs
 * no loader (tsx) and no bundled file; the entries come back transferred, not copied.
 */
export function unzipInWorker(bytes: Uint8Array, limits: UnzipLimits): Promise<UnzipResult> {
  // __name: the helper esbuild (tsx) adds to keep function names, absent from a bare worker.
  const source = `
    const __name = (f) => f;
    const { parentPort, workerData } = require('node:worker_threads');
    const { inflateRawSync } = require('node:zlib');
    const unzipBounded = (${unzipBounded.toString()});
    const result = unzipBounded(workerData.bytes, workerData.limits, inflateRawSync);
    if (result.ok) {
      const entries = result.entries.map(([n, b]) => [n, new Uint8Array(b)]);
      parentPort.postMessage({ ok: true, entries }, entries.map(([, b]) => b.buffer));
    } else parentPort.postMessage(result);
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { bytes, limits } });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (m: UnzipResult) => finish(() => resolve(m)));
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`unzip worker exited with code ${code}`))));
  });
}

/** unzipBounded in the calling thread (the CLI, tests, a synchronous call). */
export const unzipHere = (bytes: Uint8Array, limits: UnzipLimits): UnzipResult =>
  unzipBounded(bytes, limits, inflateRawSync);

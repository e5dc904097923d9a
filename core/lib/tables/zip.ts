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

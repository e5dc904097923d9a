import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, callAsync } from '../../core/platform/api/services';
import { unzipHere, unzipInWorker } from '../../core/lib/tables/zip';
import { failed, ok, start } from '../support/harness';

/**
 * Issue 14, attack 4: a zip bomb — about a megabyte whose entry claims a few hundred bytes but inflates
 * to 1 GB. Inflation stops one byte past the claim, and runs in a worker when a host calls, so the
 * thread that answers calls keeps answering (app.info) while the bomb is refused.
 */

/** A gigabyte of zeros, raw-deflated as a stream (never a gigabyte in memory): about 1 MB. */
async function gigabyteOfZeros(): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < 1024; i++)
    if (!deflate.write(mb)) await new Promise((resolve) => deflate.once('drain', resolve));
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/** A zip by hand: each entry deflated, with the uncompressed size it claims. */
function zipOf(entries: { name: string; data: Buffer; claims: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.claims, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.claims, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

let bomb: Buffer;

beforeAll(async () => {
  const zeros = await gigabyteOfZeros();
  bomb = zipOf([
    { name: 'case.json', data: zeros, claims: 400 },
    { name: 'manifest.json', data: zeros, claims: 900 },
  ]);
}, 60_000);

describe('zip bomb', () => {
  it('is about a megabyte that would inflate to a gigabyte per entry', () => {
    expect(bomb.length).toBeGreaterThan(500_000);
    expect(bomb.length).toBeLessThan(3_000_000);
  });

  it('stops at the claimed size: refused as too large, naming the entry, in the calling thread too', () => {
    const t = performance.now();
    expect(unzipHere(bomb, { maxEntries: 10, maxTotal: 300 * 1024 * 1024 })).toEqual({
      ok: false,
      problem: 'tooLarge',
      entry: 'case.json',
    });
    expect(performance.now() - t).toBeLessThan(1000);
    const s = start();
    const e = failed(call(s, 'transfer.verify', { base64: bomb.toString('base64') }));
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message_zh).toBe('移送案卷包未通过核验：案卷包解压后过大');
  });

  it('honest claims past the total cap are refused before anything is inflated', async () => {
    const small = zipOf([{ name: 'a.json', data: Buffer.from([3, 0]), claims: 400 * 1024 * 1024 }]);
    expect(await unzipInWorker(small, { maxEntries: 10, maxTotal: 300 * 1024 * 1024 })).toMatchObject({
      ok: false,
      problem: 'tooLarge',
    });
  });

  it('the worker runs under tsx too (the web host), not only as vitest transpiles it', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'unzip-under-tsx.ts')], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([['a.json', 7]]);
  });

  it('through the host path it is refused in under 1 s while app.info answers in under 100 ms meanwhile', async () => {
    const s = start();
    const base64 = bomb.toString('base64');
    const t0 = performance.now();
    let settled = false;
    const refused = callAsync(s, 'transfer.import', { base64, caseNumber: '(2026)示01执1号' }).then((r) => {
      settled = true;
      return r;
    });
    const latencies: number[] = [];
    let pendingWhileAnswered = false;
    while (!settled) {
      const t = performance.now();
      expect(ok(call(s, 'app.info', {})).version).toBeTruthy();
      latencies.push(performance.now() - t);
      if (!settled) pendingWhileAnswered = true;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const envelope = await refused;
    const elapsed = performance.now() - t0;
    expect(envelope.ok).toBe(false);
    expect(failed(envelope).message_zh).toBe('移送案卷包未通过核验：案卷包解压后过大');
    expect(elapsed).toBeLessThan(1000);
    expect(pendingWhileAnswered).toBe(true);
    expect(Math.max(...latencies)).toBeLessThan(100);
    expect(ok(call(s, 'cases.list', {}))).toEqual([]);
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, openServices } from '../../../core/platform/api/services';
import { RESTORE_WORD } from '../../../core/features/backups/model';
import { LATEST_VERSION } from '../../../core/platform/db/migrations';
import { callHost, spawnHost, type Envelope, type HostProcess } from '../../support/host-process';

/**
 * Slice 2 of issue 8 with the real host process: a damaged or newer-version database is refused at
 * start with a clear message, left byte for byte, and the host serves the recovery screen (backups
 * only) until one is restored.
 */

const dirs: string[] = [];
const hosts: HostProcess[] = [];
// The host serves the built renderer; a fresh clone runs these tests before the e2e step builds it.
beforeAll(() => {
  execFileSync(process.execPath, ['build/ensure-renderer.mjs'], { stdio: 'ignore' });
}, 120_000);
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.stop().catch(() => h.child.kill('SIGKILL'));
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const value = <T>(e: Envelope): T => {
  if (!e.ok) throw new Error(JSON.stringify(e.error));
  return e.value as T;
};

/** Two cases, a manual backup after the first. */
function dataFolder(): { dir: string; file: string; backup: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-recovery-'));
  dirs.push(dir);
  const s = openServices({ dataDir: dir, host: 'web', actor: '测试员' });
  value(call(s, 'cases.create', { caseNumber: '(2026)救1号' }) as Envelope);
  const backup = value<{ name: string }>(call(s, 'backup.create', {}) as Envelope).name;
  value(call(s, 'cases.create', { caseNumber: '(2026)救2号' }) as Envelope);
  s.close();
  return { dir, file: path.join(dir, 'hearing-desk.sqlite'), backup };
}

function corrupt(file: string): void {
  const raw = new Database(file, { readonly: true });
  const root = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'cases'").pluck().get() as number;
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(64, 0xab), 0, 64, (root - 1) * pageSize + 8);
  fs.closeSync(fd);
}

async function get(host: HostProcess, pathname: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`http://127.0.0.1:${host.port}${pathname}`);
  return { status: res.status, text: await res.text() };
}

describe('web host started on a refused database', () => {
  it('a damaged file: refused with a Chinese message, untouched, recovery mode, then restored', async () => {
    const { dir, file, backup } = dataFolder();
    corrupt(file);
    const damaged = sha(file);
    const host = await spawnHost(dir, ['--backup-minutes', '0']);
    hosts.push(host);
    // stderr and stdout are two pipes: the warning may arrive just after the ready line.
    await expect.poll(() => host.stderr()).toContain('数据库被拒绝打开，已进入恢复模式');
    expect(host.stderr()).toContain('数据库文件已损坏');
    // The page is served (the renderer shows the recovery screen from backup.status).
    expect((await get(host, '/')).status).toBe(200);
    const status = value<{ mode: string; problem: { code: string } }>(
      await callHost(host, 'backup.status', {}),
    );
    expect(status).toMatchObject({ mode: 'recovery', problem: { code: 'DB_CORRUPT' } });
    const refused = await callHost(host, 'cases.list', {});
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe('DB_UNAVAILABLE');
    const listed = value<{ name: string; cases: number }[]>(await callHost(host, 'backup.list', {}));
    expect(listed).toEqual([expect.objectContaining({ name: backup, cases: 1, usable: true })]);
    // Nothing written: no automatic backup of the damaged file either.
    expect(sha(file)).toBe(damaged);
    expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual([backup, `${backup}.manifest.json`]);

    const restored = value<{ cases: number; refusedCopy: string }>(
      await callHost(host, 'backup.restore', { name: backup, confirm: RESTORE_WORD }),
    );
    expect(restored.cases).toBe(1);
    expect(sha(path.join(dir, restored.refusedCopy, 'hearing-desk.sqlite'))).toBe(damaged);
    const cases = value<{ caseNumber: string }[]>(await callHost(host, 'cases.list', {}));
    expect(cases.map((c) => c.caseNumber)).toEqual(['(2026)救1号']);
    await host.stop();
    hosts.length = 0;

    // The next start is an ordinary one, with an intact chain that records the restore.
    const next = await spawnHost(dir, ['--backup-minutes', '0']);
    hosts.push(next);
    expect(next.stderr()).not.toContain('!!!');
    expect(value<{ mode: string }>(await callHost(next, 'backup.status', {})).mode).toBe('normal');
    expect(value<{ ok: boolean }>(await callHost(next, 'audit.verify', {})).ok).toBe(true);
  }, 60_000);

  it('a database of a newer version: refused, never migrated, file byte-identical after the host stops', async () => {
    const { dir, file } = dataFolder();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const newer = sha(file);
    const host = await spawnHost(dir, ['--backup-minutes', '0']);
    hosts.push(host);
    expect(host.stderr()).toContain(
      `数据库版本（${LATEST_VERSION + 5}）高于本程序支持的版本（${LATEST_VERSION}）`,
    );
    expect(value<{ problem: { code: string } }>(await callHost(host, 'backup.status', {})).problem.code).toBe(
      'DB_TOO_NEW',
    );
    await host.stop();
    hosts.length = 0;
    expect(sha(file)).toBe(newer);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    check.close();
  }, 60_000);
});

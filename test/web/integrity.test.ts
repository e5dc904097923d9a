import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KEEP_BACKUPS, listBackups, PIN_SUFFIX } from '../../core/platform/db/backup';
import { createWebHost, type WebHost } from '../../web/server';
import { tempDir } from '../support/temp';

/** Issue 15 on the loopback host: a broken chain found at start, the banner, the pinned backup. */

function post(host: WebHost, pathName: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: pathName,
        headers: { 'content-type': 'application/json', 'x-hearing-desk-token': host.token },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

type Envelope = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
const api = (host: WebHost, name: string, input: unknown) =>
  post(host, `/api/${name}`, JSON.stringify(input)).then((r) => JSON.parse(r.body) as Envelope);

let tick = 0;
function start(dataDir: string, warnings: string[] = []): Promise<WebHost> {
  const rendererDir = path.join(dataDir, '..', 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  // A clock that moves a minute per call, so each start's backup has its own name.
  const now = () => new Date(Date.UTC(2026, 0, 1) + 60_000 * tick++).toISOString();
  return createWebHost({
    dataDir,
    port: 0,
    rendererDir,
    backupMinutes: 0,
    warn: (l) => warnings.push(l),
    now,
  });
}

describe('web host: request path', () => {
  it('POST /api/%E0%A4%A (a broken escape) is a 400 with a Chinese message, not a 500', async () => {
    const host = await start(path.join(tempDir(), 'data'));
    try {
      const r = await post(host, '/api/%E0%A4%A', '{}');
      expect(r.status).toBe(400);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      expect(r.body).toContain('百分号编码');
    } finally {
      await host.close();
    }
  });
});

describe('web host: data changed outside the app, found at start', () => {
  it('banner until a named person acknowledges (audited); the last good backup survives ten restarts', async () => {
    const dataDir = path.join(tempDir(), 'data');
    let host = await start(dataDir);
    const c = await api(host, 'cases.create', { caseNumber: '(2026)横1号' });
    await api(host, 'payments.add', { caseId: c.value!.id, date: '2024-01-05', amount: '500.00' });
    expect((await api(host, 'audit.banner', {})).value).toMatchObject({ show: false });
    await host.close();
    // a second start takes a backup of the good state
    host = await start(dataDir);
    await host.close();
    const good = listBackups(path.join(dataDir, 'backups'))[0]!;

    const db = new Database(path.join(dataDir, 'hearing-desk.sqlite'));
    db.exec('UPDATE payments SET amount_fen = 1 WHERE id = 1');
    db.close();

    const warnings: string[] = [];
    host = await start(dataDir, warnings);
    const banner = (await api(host, 'audit.banner', {})).value!;
    expect(banner.show).toBe(true);
    expect(banner.message_zh).toContain('付款 1 的“金额（分）”：日志记为 50000，库中为 1');
    expect(warnings.join('\n')).toContain(`kept the last intact backup: ${good.name}`);
    expect(fs.existsSync(`${good.file}${PIN_SUFFIX}`)).toBe(true);
    await host.close();

    for (let i = 0; i < KEEP_BACKUPS; i += 1) {
      host = await start(dataDir);
      expect((await api(host, 'audit.banner', {})).value!.show).toBe(true);
      await host.close();
    }
    const names = listBackups(path.join(dataDir, 'backups')).map((b) => b.name);
    expect(names).toContain(good.name);

    host = await start(dataDir);
    try {
      const refused = await api(host, 'audit.acknowledge', { name: '' });
      expect(refused.ok).toBe(false);
      const acked = await api(host, 'audit.acknowledge', { name: '张法官', note: '已知悉，另行调查' });
      expect(acked.value).toMatchObject({ show: false, acknowledged: { name: '张法官' } });
      expect((await api(host, 'audit.banner', {})).value!.show).toBe(false);
      const verify = (await api(host, 'audit.verify', {})).value!;
      expect(verify.ok).toBe(true);
    } finally {
      await host.close();
    }
    const after = new Database(path.join(dataDir, 'hearing-desk.sqlite'), { readonly: true });
    const row = after
      .prepare("SELECT after_json FROM audit_log WHERE entity = 'database' AND entity_id = 'acknowledge'")
      .pluck()
      .get() as string;
    after.close();
    expect(JSON.parse(row)).toMatchObject({
      name: '张法官',
      findingCount: 2,
      findings: [
        expect.stringContaining('付款 1 的“金额（分）”：日志记为 50000，库中为 1'),
        expect.stringContaining('没有本软件的封记'),
      ],
    });
    // and a later restart no longer shows it
    host = await start(dataDir);
    expect((await api(host, 'audit.banner', {})).value!.show).toBe(false);
    await host.close();
  }, 120_000);
});

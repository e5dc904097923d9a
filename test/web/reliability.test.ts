import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { TimerHandle, Timers } from '../../core/features/backups/schedule';
import { createWebHost, type WebHost } from '../../web/server';
import { tempDir } from '../support/temp';

/** Issue 8 on the loopback host: attack surface, the audit chain at start, periodic backups. */

type Reply = { status: number; body: string };

function post(
  host: WebHost,
  pathName: string,
  headers: Record<string, string>,
  body: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method: 'POST', path: pathName, headers },
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

const api = (host: WebHost, name: string, input: unknown) =>
  post(
    host,
    `/api/${name}`,
    { 'content-type': 'application/json', 'x-hearing-desk-token': host.token },
    JSON.stringify(input),
  ).then((r) => JSON.parse(r.body) as { ok: boolean; value?: unknown; error?: { code: string } });

function start(dataDir: string, extra: Partial<Parameters<typeof createWebHost>[0]> = {}): Promise<WebHost> {
  const rendererDir = path.join(dataDir, '..', 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  return createWebHost({ dataDir, port: 0, rendererDir, backupMinutes: 0, warn: () => {}, ...extra });
}

describe('web host attack surface', () => {
  it('listens on 127.0.0.1 only', async () => {
    const host = await start(path.join(tempDir(), 'data'));
    try {
      expect(host.address.address).toBe('127.0.0.1');
      expect(host.address.family).toBe('IPv4');
    } finally {
      await host.close();
    }
  });

  it('refuses cross-site form posts (urlencoded, text/plain, multipart) without token, and writes nothing', async () => {
    const host = await start(path.join(tempDir(), 'data'));
    try {
      const forms: [string, string][] = [
        ['application/x-www-form-urlencoded', 'caseNumber=%282026%29%E8%B7%A81%E5%8F%B7'],
        ['text/plain', '{"caseNumber":"(2026)跨1号","x":"="}'],
        [
          'multipart/form-data; boundary=x',
          '--x\r\nContent-Disposition: form-data; name="caseNumber"\r\n\r\n(2026)跨1号\r\n--x--\r\n',
        ],
      ];
      for (const [type, body] of forms) {
        // What a foreign page's <form method=post> sends: its own Origin, our Host, no token header.
        const foreign = await post(
          host,
          '/api/cases.create',
          { 'content-type': type, origin: 'http://evil.example', host: `127.0.0.1:${host.port}` },
          body,
        );
        expect(foreign.status).toBe(403);
        expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ORIGIN' } });
        const opaque = await post(host, '/api/cases.create', { 'content-type': type, origin: 'null' }, body);
        expect(opaque.status).toBe(403);
        // Even from our own origin (or none), a request without the token is refused.
        const noToken = await post(
          host,
          '/api/cases.create',
          { 'content-type': type, origin: `http://127.0.0.1:${host.port}` },
          body,
        );
        expect(noToken.status).toBe(401);
        const bare = await post(host, '/api/cases.create', { 'content-type': type }, body);
        expect(bare.status).toBe(401);
        // A token in the query string is honoured only for the event stream, never for a write.
        const queryToken = await post(
          host,
          `/api/cases.create?token=${host.token}`,
          { 'content-type': type },
          body,
        );
        expect(queryToken.status).toBe(401);
      }
      expect(await api(host, 'cases.list', {})).toEqual({ ok: true, value: [] });
    } finally {
      await host.close();
    }
  });
});

describe('web host: audit chain at start', () => {
  it('reports a broken chain loudly on start, keeps running, and answers audit.verify with the first bad row', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const first = await start(dataDir);
    expect(first.audit).toMatchObject({ ok: true, rows: 0 });
    const created = await api(first, 'cases.create', { caseNumber: '(2026)审1号' });
    expect(created.ok).toBe(true);
    const caseId = (created.value as { id: number }).id;
    await api(first, 'parties.add', { caseId, role: 'applicant', name: '甲' });
    await api(first, 'parties.add', { caseId, role: 'respondent', name: '乙' });
    await first.close();

    const db = new Database(path.join(dataDir, 'hearing-desk.sqlite'));
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET after_json = replace(after_json, '乙', '丙') WHERE seq = 3`).run();
    db.close();

    const warnings: string[] = [];
    const second = await start(dataDir, { warn: (line) => warnings.push(line) });
    try {
      expect(second.audit).toMatchObject({ ok: false, rows: 3, firstBadSeq: 3 });
      expect(warnings.join('\n')).toMatch(/!!! 警告 WARNING !!! 审计链已断开：第 3 行（当事人 \d+，新增，/);
      expect(warnings.join('\n')).toContain('audit chain broken at row 3 (party');
      const verified = await api(second, 'audit.verify', {});
      expect(verified).toMatchObject({
        ok: true,
        value: {
          ok: false,
          rows: 3,
          firstBadSeq: 3,
          firstBad: { seq: 3, entity: 'party', action: 'create' },
        },
      });
      // The app still works: the judge can look at the data (and restore a backup).
      expect((await api(second, 'cases.list', {})).ok).toBe(true);
    } finally {
      await second.close();
    }
  });
});

describe('web host: periodic backups', () => {
  it('takes one at start and one every backupMinutes, and finishes a running one before closing', async () => {
    const ticks: (() => void)[] = [];
    const timers: Timers = {
      setInterval: (fn: () => void): TimerHandle => {
        ticks.push(fn);
        return { unref: () => undefined };
      },
      clearInterval: () => ticks.splice(0),
    };
    const host = await start(path.join(tempDir(), 'data'), { backupMinutes: 5, timers });
    try {
      const list = async () => ((await api(host, 'backup.list', {})).value as { name: string }[]).length;
      expect(await list()).toBe(1);
      expect(ticks).toHaveLength(1);
      await api(host, 'cases.create', { caseNumber: '(2026)备9号' });
      ticks[0]!();
      ticks[0]!(); // a second tick while the first copy runs is skipped
      await host.close();
      const names = fs
        .readdirSync(path.join(host.dataDir, 'backups'))
        .filter((n) => !n.endsWith('.manifest.json'));
      expect(names).toHaveLength(2);
      expect(names.every((n) => /^hearing-desk-\d{8}T\d{9}Z(-\d+)?\.sqlite$/.test(n))).toBe(true);
    } finally {
      await host.close();
    }
  });
});

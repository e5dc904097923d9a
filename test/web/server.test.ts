import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebHost, MAX_BODY_BYTES, type WebHost } from '../../web/server';

/** The loopback host over a real SQLite file in a temp folder (no mocks). */

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(
  host: WebHost,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: opts.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('web host', () => {
  let dir: string;
  let rendererDir: string;
  let host: WebHost;
  const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
    request(host, {
      method: 'POST',
      path: `/api/${name}`,
      headers: { 'content-type': 'application/json', 'x-hearing-desk-token': host.token, ...headers },
      body: JSON.stringify(input),
    });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hd-web-'));
    rendererDir = path.join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    host = await createWebHost({
      dataDir: path.join(dir, 'data'),
      port: 0,
      rendererDir,
      now: () => '2026-01-21T08:00:00.000Z',
    });
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a loopback URL with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('serves pages with the security headers', async () => {
    const r = await request(host, { path: '/presenter' });
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect((await request(host, { path: '/nope.js' })).status).toBe(404);
  });

  it('answers API calls with envelopes', async () => {
    const created = await api('cases.create', { caseNumber: '(2026)黑1084执恢12号' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({
      ok: true,
      value: { caseNumber: '(2026)黑1084执恢12号' },
    });
    const unknown = await api('cases.explode', {});
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses a missing token with 401 and a foreign Host or Origin with 403', async () => {
    const noToken = await request(host, { method: 'POST', path: '/api/cases.list', body: '{}' });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await api('cases.list', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await api('cases.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('cases.list', {}, { origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses bad bodies: 400 for non-JSON, 413 over MAX_BODY_BYTES, 405 for GET', async () => {
    const bad = await request(host, {
      method: 'POST',
      path: '/api/cases.list',
      headers: { 'x-hearing-desk-token': host.token },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_JSON' } });
    const big = await request(host, {
      method: 'POST',
      path: '/api/cases.list',
      headers: { 'x-hearing-desk-token': host.token },
      body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20),
    });
    expect(big.status).toBe(413);
    const get = await request(host, {
      path: '/api/cases.list',
      headers: { 'x-hearing-desk-token': host.token },
    });
    expect(get.status).toBe(405);
  });

  it('relays subscriptions as server-sent events', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}&topics=case.changed` },
        (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            if (text.includes('event: case.changed')) {
              req.destroy();
              resolve(text);
            } else if (text.includes(': connected')) {
              void api('cases.create', { caseNumber: '(2026)黑1084执恢13号' });
            }
          });
        },
      );
      req.on('error', (e) =>
        e.message.includes('aborted') || e.message.includes('socket hang up') ? undefined : reject(e),
      );
    });
    const text = await received;
    expect(text).toMatch(/event: case\.changed\ndata: \{"caseId":\d+\}/);
  });

  it('refuses the event stream without the token or with unknown topics', async () => {
    expect((await request(host, { path: '/api/events?topics=case.changed' })).status).toBe(401);
    expect((await request(host, { path: `/api/events?token=${host.token}&topics=secrets` })).status).toBe(
      400,
    );
  });
});

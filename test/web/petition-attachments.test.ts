import { afterEach, describe, expect, it } from 'vitest';
import { createWebHost, type WebHost } from '../../web/server';
import { makePng } from '../support/petition-media';
import { tempDir } from '../support/temp';

/** GET /attachments/<sha256> on the loopback host: token, registration, Range for <video>. */

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function api(host: WebHost, name: string, input: unknown): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hearing-desk-token': host.token },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: unknown; error?: unknown };
  if (!body.ok) throw new Error(JSON.stringify(body.error));
  return body.value;
}

describe('hearing attachments on the web host', () => {
  it('serves a registered digest with the token, in ranges, and nothing else', async () => {
    const host = await createWebHost({ dataDir: tempDir(), backupMinutes: 0, warn: () => {} });
    hosts.push(host);
    const c = (await api(host, 'cases.create', { caseNumber: '(2024)黑1084执12号' })) as { id: number };
    const h = (await api(host, 'hearings.create', { caseId: c.id, type: '执行听证' })) as { id: number };
    const v1 = (await api(host, 'hearings.addItem', {
      hearingId: h.id,
      name: '冰箱',
      quantity: '1',
      measure: '扣押',
    })) as {
      items: { id: number }[];
    };
    const png = makePng(20, 20, [200, 100, 0]);
    const v2 = (await api(host, 'hearings.addAttachment', {
      itemId: v1.items[0]!.id,
      fileName: '冰箱.png',
      base64: png.toString('base64'),
    })) as { items: { attachments: { sha256: string }[] }[] };
    const sha = v2.items[0]!.attachments[0]!.sha256;
    const base = `http://127.0.0.1:${host.port}/attachments/${sha}`;

    const noToken = await fetch(base);
    expect(noToken.status).toBe(401);
    const whole = await fetch(`${base}?token=${host.token}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('image/png');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(png)).toBe(true);

    const part = await fetch(`${base}?token=${host.token}`, { headers: { range: 'bytes=8-15' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 8-15/${png.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(png.subarray(8, 16))).toBe(true);

    const unknown = await fetch(
      `http://127.0.0.1:${host.port}/attachments/${'0'.repeat(64)}?token=${host.token}`,
    );
    expect(unknown.status).toBe(404);
    const traversal = await fetch(
      `http://127.0.0.1:${host.port}/attachments/..%2F..%2Fhearing-desk.sqlite?token=${host.token}`,
    );
    expect(traversal.status).toBe(404);
  });
});

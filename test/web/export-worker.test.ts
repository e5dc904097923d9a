import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { twentyYearLedger } from '../../bench/ledgers';
import type { ExportProgress } from '../../core/platform/api/model';
import { pdfsig, pdfPages } from '../support/pdf-tools';
import { spawnHost, type HostProcess } from '../support/host-process';
import { tempDir } from '../support/temp';

/**
 * Issue #5 item 7 through the real web host process: a 1,000-payment statement (some 388 pages) is laid
 * out in a worker thread, so other calls are answered while it runs, and its pages arrive as
 * 'export.progress' events. Every request has a connection of its own (no shared keep-alive agent), so
 * nothing here queues behind the export except on the host itself.
 */

type Reply = { ok: boolean; value?: unknown; error?: { code: string; message_zh: string } };

function api(host: HostProcess, name: string, input: unknown): Promise<Reply> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/api/${name}`,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'x-hearing-desk-token': host.token,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function value<T>(reply: Reply): T {
  if (!reply.ok) throw new Error(`call failed: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/** The SSE stream of one topic; resolves once the host has accepted the subscription. */
function listen(host: HostProcess, topic: string, onEvent: (payload: unknown) => void): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/api/events?topics=${topic}&token=${host.token}`,
        agent: false,
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`events: HTTP ${res.statusCode}`));
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.+)$/m.exec(frame)?.[1];
            const data = /^data: (.+)$/m.exec(frame)?.[1];
            if (event === topic && data) onEvent(JSON.parse(data));
          }
        });
        res.on('error', () => {});
        resolve(() => req.destroy());
      },
    );
    req.on('error', reject);
  });
}

describe('exports off the main thread, through the web host process', () => {
  it('answers cases.list while a 1,000-payment statement is laid out; pages arrive in order; the PDF is signed and registered', async () => {
    const host = await spawnHost(path.join(tempDir(), 'data'));
    try {
      const created = value<{ id: number }>(
        await api(host, 'cases.create', { caseNumber: '(2026)示1084执7号' }),
      );
      value(
        await api(host, 'ledger.import', {
          caseId: created.id,
          text: JSON.stringify(twentyYearLedger(1000)),
        }),
      );

      // A first, short export, as on any working day: the workstation's signing identity is created
      // then (an RSA key pair), not during the export measured below.
      const sample = value<{ id: number }>(await api(host, 'cases.createSample', {}));
      value(await api(host, 'documents.statement', { caseId: sample.id }));

      const events: ExportProgress[] = [];
      const seenAt: number[] = [];
      let layingOut: () => void = () => {};
      const started = new Promise<void>((resolve) => (layingOut = resolve));
      let laidOut: () => void = () => {};
      const counted = new Promise<void>((resolve) => (laidOut = resolve));
      const stop = await listen(host, 'export.progress', (p) => {
        const progress = p as ExportProgress;
        events.push(progress);
        seenAt.push(performance.now());
        if (progress.done >= 1) layingOut();
        if (progress.total !== null) laidOut();
      });

      const t0 = performance.now();
      let exportDoneAt = 0;
      const exporting = api(host, 'documents.statement', { caseId: created.id }).then((r) => {
        exportDoneAt = performance.now();
        return r;
      });
      // Sent just after the export: it may wait for the export's read step (computing the case), which
      // stays on the host's thread by design; a figure, not an assertion.
      const early = performance.now();
      const earlyList = api(host, 'cases.list', {}).then(() => performance.now() - early);

      // Once the worker has laid out its first page, the host must still answer other calls.
      await started;
      const latencies: number[] = [];
      let listsDoneAt = 0;
      for (let i = 0; i < 5; i++) {
        const a = performance.now();
        const list = value<{ id: number }[]>(await api(host, 'cases.list', {}));
        latencies.push(performance.now() - a);
        expect(list.map((c) => c.id)).toEqual(expect.arrayContaining([created.id, sample.id]));
      }
      listsDoneAt = performance.now();
      const earlyLatency = await earlyList;
      const doc = value<{ fileName: string; base64: string; sha256: string; pages: number }>(await exporting);
      // The last progress event was sent before the answer, on another connection.
      await counted;
      stop();

      const progressSeenBefore = events.filter((e) => e.done > 0 && e.total === null).length;
      const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
      console.log(
        `statement ${doc.pages} pages: export ${ms(t0, exportDoneAt)} ` +
          `(read step until the job started ${ms(t0, seenAt[0]!)}, first page ${ms(t0, seenAt[1]!)}, ` +
          `last progress event ${ms(t0, seenAt.at(-1)!)}); ` +
          `cases.list sent with it: ${earlyLatency.toFixed(0)} ms; ` +
          `5 × cases.list during the layout: ${latencies.map((l) => l.toFixed(0)).join(', ')} ms ` +
          `(all answered ${(exportDoneAt - listsDoneAt).toFixed(0)} ms before the export); ` +
          `${events.length} progress events (${progressSeenBefore} page events)`,
      );

      // The other calls were answered while the export was still running.
      expect(listsDoneAt).toBeLessThan(exportDoneAt);

      // One job; 0, 1, 2, … pages in order, then the total once the last page is laid out.
      expect(new Set(events.map((e) => e.jobId)).size).toBe(1);
      expect(events.every((e) => e.method === 'documents.statement')).toBe(true);
      expect(events[0]).toMatchObject({ input: { caseId: created.id }, done: 0, total: null });
      const pages = events.slice(0, -1).map((e) => e.done);
      expect(pages).toEqual(Array.from({ length: doc.pages + 1 }, (_, i) => i));
      expect(events.slice(0, -1).every((e) => e.total === null)).toBe(true);
      expect(events.at(-1)).toMatchObject({ done: doc.pages, total: doc.pages });
      expect(doc.pages).toBeGreaterThan(300);

      // The file: a valid signature over the whole file, the page count it claims, registered.
      const bytes = Buffer.from(doc.base64, 'base64');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
      const file = path.join(tempDir(), doc.fileName);
      fs.writeFileSync(file, bytes);
      const sig = pdfsig(file);
      expect(sig.out).toContain('Signature is Valid');
      expect(sig.out).toContain('Total document signed');
      expect(pdfPages(file)).toBe(doc.pages);
      const verified = value<{ intact: boolean; registered: boolean; caseId?: number; kind?: string }>(
        await api(host, 'documents.verify', { base64: doc.base64 }),
      );
      expect(verified).toMatchObject({ intact: true, registered: true, caseId: created.id });
      // The audit chain still holds with the export's row in it.
      expect(value<{ ok: boolean }>(await api(host, 'audit.verify', {})).ok).toBe(true);
    } finally {
      await host.stop();
    }
  }, 180_000);
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call, callAsync, type Services } from '../../../core/platform/api/services';
import type { ExportProgress } from '../../../core/platform/api/model';
import { pdfsig } from '../../support/pdf-tools';
import { finishedHearing } from '../../support/hearing-helpers';
import { closedSession } from '../../support/signing-helpers';
import { tempDir } from '../../support/temp';
import { failed, ok, start } from '../../support/harness';

/**
 * Export jobs (core/platform/api/export-job.ts) in process, on real SQLite and a real worker thread: the same
 * document and register rows as the synchronous path, progress in order, and what happens when the record
 * or the database goes away while the pages are being laid out.
 */

function registerRows(s: Services): { kind: string; case_id: number | null; sha256: string }[] {
  const db = new Database(s.dbFile, { readonly: true });
  try {
    return db.prepare('SELECT kind, case_id, sha256 FROM export_register ORDER BY id').all() as never;
  } finally {
    db.close();
  }
}

function exportAudits(s: Services): { recordHash: string; pages: number; fileName: string }[] {
  const db = new Database(s.dbFile, { readonly: true });
  try {
    const rows = db
      .prepare("SELECT after_json FROM audit_log WHERE entity = 'export' ORDER BY seq")
      .all() as { after_json: string }[];
    return rows.map((r) => JSON.parse(r.after_json) as never);
  } finally {
    db.close();
  }
}

function progressOf(s: Services): ExportProgress[] {
  const seen: ExportProgress[] = [];
  s.subscribe('export.progress', (p) => seen.push(p));
  return seen;
}

describe('export jobs through services.invokeAsync', () => {
  it('documents.reconMinutes: read, laid out in a worker with progress, then signed, registered and audited', async () => {
    const s = start();
    const { caseId, sessionId } = closedSession(s);
    const seen = progressOf(s);

    const viaWorker = ok(await callAsync(s, 'documents.reconMinutes', { sessionId }));
    const inThread = ok(call(s, 'documents.reconMinutes', { sessionId }));

    // The same document either way: same content hash, pages and name; each signed over the whole file.
    const [a, b] = exportAudits(s);
    expect(a!.recordHash).toBe(b!.recordHash);
    expect([a!.pages, a!.fileName]).toEqual([b!.pages, b!.fileName]);
    expect(viaWorker.pages).toBe(inThread.pages);
    expect(viaWorker.fileName).toBe('(2020)E2执2号 对账笔录（草稿）.pdf');
    const file = path.join(tempDir(), 'minutes.pdf');
    fs.writeFileSync(file, Buffer.from(viaWorker.base64, 'base64'));
    expect(pdfsig(file).out).toContain('Signature is Valid');
    expect(registerRows(s)).toEqual([
      { kind: 'reconMinutes', case_id: caseId, sha256: viaWorker.sha256 },
      { kind: 'reconMinutes', case_id: caseId, sha256: inThread.sha256 },
    ]);

    // Progress only from the worker path: 0, each page, then the total.
    const n = viaWorker.pages;
    expect(seen.map((p) => [p.done, p.total])).toEqual([
      ...Array.from({ length: n + 1 }, (_, i) => [i, null]),
      [n, n],
    ]);
    expect(new Set(seen.map((p) => p.jobId)).size).toBe(1);
    expect(seen[0]).toMatchObject({ method: 'documents.reconMinutes', input: { sessionId } });
    expect(ok(call(s, 'audit.verify', {})).ok).toBe(true);
  }, 60_000);

  it('documents.statement: registered once, with the audit row the synchronous path writes', async () => {
    const s = start();
    const { caseId } = closedSession(s);
    const viaWorker = ok(await callAsync(s, 'documents.statement', { caseId }));
    const inThread = ok(call(s, 'documents.statement', { caseId }));
    const [a, b] = exportAudits(s);
    expect(a!.recordHash).toBe(b!.recordHash);
    expect(viaWorker.fileName).toBe(inThread.fileName);
    expect(viaWorker.pages).toBe(inThread.pages);
    expect(registerRows(s).map((r) => r.sha256)).toEqual([viaWorker.sha256, inThread.sha256]);
    const verified = ok(call(s, 'documents.verify', { base64: viaWorker.base64 }));
    expect(verified).toMatchObject({ intact: true, registered: true, caseId, kind: 'statement' });
  }, 60_000);

  it('hearings.minutes and documents.statusAccount: jobs with progress, the same file either way, their audit fields kept', async () => {
    const s = start();
    const { caseId } = closedSession(s);
    const { hearingId } = finishedHearing(s, undefined, caseId);
    const seen = progressOf(s);
    const account = {
      caseId,
      transferDate: '2026-01-21',
      decisionDate: '2026-01-19',
      receivingCourt: '示例市中级人民法院',
      pendingMatters: '无',
    };

    const minutes = ok(await callAsync(s, 'hearings.minutes', { hearingId, final: false }));
    const minutesInThread = ok(call(s, 'hearings.minutes', { hearingId, final: false }));
    const status = ok(await callAsync(s, 'documents.statusAccount', { ...account, reveal: true }));
    const statusInThread = ok(call(s, 'documents.statusAccount', { ...account, reveal: true }));

    expect([minutes.fileName, minutes.pages]).toEqual([minutesInThread.fileName, minutesInThread.pages]);
    expect(minutes.fileName).toBe('(2020)E2执2号 听证笔录（草稿）.pdf');
    expect([status.fileName, status.pages]).toEqual([statusInThread.fileName, statusInThread.pages]);
    expect(status.fileName).toBe('(2020)E2执2号 执行情况说明 截至2026-01-21.pdf');
    expect(registerRows(s)).toEqual([
      { kind: 'hearingMinutesDraft', case_id: caseId, sha256: minutes.sha256 },
      { kind: 'hearingMinutesDraft', case_id: caseId, sha256: minutesInThread.sha256 },
      { kind: 'statusAccount', case_id: caseId, sha256: status.sha256 },
      { kind: 'statusAccount', case_id: caseId, sha256: statusInThread.sha256 },
    ]);
    const audits = exportAudits(s) as unknown as Record<string, unknown>[];
    expect(audits.map((a) => a.recordHash)).toEqual([
      audits[0]!.recordHash,
      audits[0]!.recordHash,
      audits[2]!.recordHash,
      audits[2]!.recordHash,
    ]);
    for (const a of audits.slice(0, 2)) expect(a).toMatchObject({ hearingId, masked: true });
    const unrealised = ok(call(s, 'ledger.compute', { caseId, asOf: '2026-01-21', trace: false })).balances
      .total;
    for (const a of audits.slice(2))
      expect(a).toMatchObject({ transferDate: '2026-01-21', unrealised, masked: false });

    // One job each on the worker path, every page reported, each with its own method and input.
    const jobs = new Map<string, ExportProgress[]>();
    for (const p of seen) jobs.set(p.jobId, [...(jobs.get(p.jobId) ?? []), p]);
    expect([...jobs.values()].map((ps) => [ps[0]!.method, ps.at(-1)!.done, ps.at(-1)!.total])).toEqual([
      ['hearings.minutes', minutes.pages, minutes.pages],
      ['documents.statusAccount', status.pages, status.pages],
    ]);
    expect(seen[0]!.input).toMatchObject({ hearingId, final: false });
    for (const doc of [minutes, status]) {
      const file = path.join(tempDir(), 'job.pdf');
      fs.writeFileSync(file, Buffer.from(doc.base64, 'base64'));
      expect(pdfsig(file).out).toContain('Signature is Valid');
    }
    expect(ok(call(s, 'audit.verify', {})).ok).toBe(true);
  }, 90_000);

  it('a case deleted while its statement is laid out: NOT_FOUND, nothing registered, the deletion stands', async () => {
    const s = start();
    const { caseId } = closedSession(s);
    let deleted = false;
    s.subscribe('export.progress', (p) => {
      // A listener runs on this thread between worker messages: the layout is under way, not finished.
      if (p.done === 1 && !deleted) {
        deleted = true;
        ok(call(s, 'cases.delete', { id: caseId }));
      }
    });
    const error = failed(await callAsync(s, 'documents.statement', { caseId }));
    expect(deleted).toBe(true);
    expect(error.code).toBe('NOT_FOUND');
    expect(registerRows(s)).toEqual([]);
    expect(exportAudits(s)).toEqual([]);
    expect(ok(call(s, 'cases.list', {})).map((c) => c.id)).not.toContain(caseId);
  }, 60_000);

  it('the database closed while the pages are laid out: CONFLICT with a clear message, never a crash', async () => {
    const s = start();
    const { sessionId } = closedSession(s);
    s.subscribe('export.progress', (p) => {
      if (p.done === 1) s.close();
    });
    const error = failed(await callAsync(s, 'documents.reconMinutes', { sessionId }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message_zh).toContain('请重新导出');
  }, 60_000);

  it('invokeAsync answers every other method as invoke does, validation and unknown names included', async () => {
    const s = start();
    const { caseId } = closedSession(s);
    expect(await callAsync(s, 'cases.get', { id: caseId })).toEqual(call(s, 'cases.get', { id: caseId }));
    expect(failed(await s.invokeAsync('documents.statement', { caseId: 'x' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(failed(await s.invokeAsync('documents.statement', { caseId: 999 })).code).toBe('NOT_FOUND');
    expect(failed(await s.invokeAsync('documents.nope', {})).code).toBe('UNKNOWN_METHOD');
    expect(registerRows(s)).toEqual([]);
  }, 60_000);

  it('never throws and commits nothing when it fails, whatever the payload (the async path of the fuzzer)', async () => {
    const s = start();
    const { caseId, sessionId } = closedSession(s);
    const id = fc.oneof(
      fc.constantFrom<unknown>(caseId, sessionId, 0, -1, 999, 1.5, '1', null, NaN, 2 ** 53),
      fc.anything(),
    );
    const payload = fc.oneof(
      fc.record({ caseId: id }, { requiredKeys: [] }),
      fc.record({
        caseId: id,
        asOf: fc.oneof(fc.string(), fc.constant('2024-02-30')),
        reveal: fc.anything(),
      }),
      fc.record({ sessionId: id, extra: fc.anything() }, { requiredKeys: [] }),
      fc.anything(),
    );
    const rows = () => [registerRows(s).length, exportAudits(s).length];
    const tally = { ok: 0, failed: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          {
            weight: 1,
            arbitrary: fc.constantFrom<[string, unknown]>(
              ['documents.statement', { caseId }],
              ['documents.reconMinutes', { sessionId }],
            ),
          },
          {
            weight: 2,
            arbitrary: fc.tuple(fc.constantFrom('documents.statement', 'documents.reconMinutes'), payload),
          },
        ),
        async ([name, input]) => {
          const before = rows();
          const answer = await s.invokeAsync(name, input);
          tally[answer.ok ? 'ok' : 'failed'] += 1;
          if (answer.ok) expect(rows()).toEqual([before[0]! + 1, before[1]! + 1]);
          else {
            expect(answer.error.code).not.toBe('INTERNAL');
            expect(rows()).toEqual(before);
          }
        },
      ),
      { numRuns: 24 },
    );
    console.info(`[export jobs] 24 payloads through invokeAsync: ${tally.ok} ok, ${tally.failed} refused`);
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.failed).toBeGreaterThan(0);
    expect(ok(call(s, 'audit.verify', {})).ok).toBe(true);
  }, 120_000);
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../core/platform/db/audit';
import type { ReadDb } from '../../../core/platform/db/handle';
import { tempDir } from '../../support/temp';
import { callHost, spawnHost, type HostProcess } from '../../support/host-process';

/**
 * Crash safety (issue 8): the real web host is SIGKILLed at a seeded point while a write is on the
 * wire, restarted on the same folder, and the database checked: integrity, every acknowledged write
 * there exactly once, the one unacknowledged write either wholly there (row and audit row) or wholly
 * absent, nothing else, and the audit chain intact. HD_CRASH_RUNS (default 5) kill points;
 * HD_CRASH_WRITES (default 270) writes at most per run, killed after a seeded
 * number between half that and all of it (about 1,000 writes over the default five runs); HD_CRASH_SEED changes the kill points.
 */

const RUNS = Number(process.env.HD_CRASH_RUNS ?? 5);
const WRITES = Number(process.env.HD_CRASH_WRITES ?? 270);
const SEED = Number(process.env.HD_CRASH_SEED ?? 20261123);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Write = { kind: 'payment'; code: string; amount: string; fen: number } | { kind: 'party'; name: string };

type RunFigures = {
  run: number;
  killAfterSent: number;
  delayUs: number;
  sent: number;
  acknowledged: number;
  inFlight: 'none' | 'committed' | 'absent';
  foundPayments: number;
  foundParties: number;
  auditRows: number;
};

function writeFor(run: number, i: number, rnd: () => number): Write {
  if (rnd() < 0.75) {
    const fen = run * 1_000_000 + i * 101 + 1; // distinct across the whole test
    return { kind: 'payment', code: `r${run}w${i}`, amount: (fen / 100).toFixed(2), fen };
  }
  return { kind: 'party', name: `当事人-${run}-${i}` };
}

function send(host: HostProcess, caseId: number, w: Write, onFlushed?: () => void) {
  return w.kind === 'payment'
    ? callHost(
        host,
        'payments.add',
        { caseId, code: w.code, date: '2024-03-01', amount: w.amount, note: `写入 ${w.code}` },
        onFlushed,
      )
    : callHost(host, 'parties.add', { caseId, role: 'third', name: w.name }, onFlushed);
}

type Stored = {
  integrity: string;
  payments: Map<string, { id: number; fen: number; n: number }>;
  parties: Map<string, { id: number; n: number }>;
  audit: { entity: string; entity_id: string; action: string; after_json: string | null }[];
  chain: ReturnType<typeof verifyAuditChain>;
};

/** Read what is on disk through a separate read-only connection (the host is running again). */
function readStored(dbFile: string, caseId: number): Stored {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const payments = new Map<string, { id: number; fen: number; n: number }>();
    for (const r of db.prepare('SELECT id, code, amount_fen FROM payments WHERE case_id = ?').all(caseId) as {
      id: number;
      code: string;
      amount_fen: number;
    }[]) {
      const seen = payments.get(r.code);
      payments.set(r.code, { id: r.id, fen: r.amount_fen, n: (seen?.n ?? 0) + 1 });
    }
    const parties = new Map<string, { id: number; n: number }>();
    for (const r of db.prepare('SELECT id, name FROM parties WHERE case_id = ?').all(caseId) as {
      id: number;
      name: string;
    }[]) {
      parties.set(r.name, { id: r.id, n: (parties.get(r.name)?.n ?? 0) + 1 });
    }
    const audit = db
      .prepare(
        "SELECT entity, entity_id, action, after_json FROM audit_log WHERE entity IN ('payment', 'party') ORDER BY seq",
      )
      .all() as Stored['audit'];
    return { integrity, payments, parties, audit, chain: verifyAuditChain(db as unknown as ReadDb) };
  } finally {
    db.close();
  }
}

describe('crash safety: SIGKILL during writes, restart, check', () => {
  const figures: RunFigures[] = [];
  afterAll(() => {
    if (figures.length === 0) return;
    const lines = figures.map(
      (f) =>
        `run ${f.run}: kill ${f.delayUs} µs after sending write ${f.killAfterSent}; sent ${f.sent}, acknowledged ${f.acknowledged}, ` +
        `in flight ${f.inFlight}; found payments ${f.foundPayments}, parties ${f.foundParties}, audit rows ${f.auditRows}`,
    );
    console.info(`[crash] ${RUNS} runs × ≤${WRITES} writes, seed ${SEED}\n${lines.join('\n')}`);
    if (process.env.HD_CRASH_REPORT)
      fs.writeFileSync(process.env.HD_CRASH_REPORT, JSON.stringify(figures, null, 2));
  });

  it(`keeps every acknowledged write and no half-written one across ${RUNS} kills`, async () => {
    const rnd = mulberry32(SEED);
    const dataDir = tempDir();
    const dbFile = path.join(dataDir, 'hearing-desk.sqlite');
    let host = await spawnHost(dataDir, ['--backup-minutes', '0']);
    const created = await callHost(host, 'cases.create', { caseNumber: '(2026)崩1号', title: '崩溃测试' });
    expect(created.ok).toBe(true);
    const caseId = (created as { value: { id: number } }).value.id;

    // Everything acknowledged over all runs, and the writes whose fate is unknown (sent, no reply).
    const acked: Write[] = [];
    const uncertain: Write[] = [];

    for (let run = 1; run <= RUNS; run += 1) {
      const killAfterSent = Math.ceil(WRITES / 2) + Math.floor(rnd() * Math.floor(WRITES / 2 + 1));
      // A fraction of the recent round trip, drawn now, so the kill mostly lands while the host is
      // working on the write: before it reads it, inside the transaction, or after the commit.
      const fraction = 0.2 + rnd() * 0.9;
      const latenciesUs: number[] = [];
      let delayUs = 0;
      let sent = 0;
      let ackedThisRun = 0;
      const victim = host;
      for (let i = 1; i <= WRITES + 50; i += 1) {
        const w = writeFor(run, i, rnd);
        sent += 1;
        // Once the request is on the wire, the kill lands `delayUs` later (a spin, finer than a timer).
        if (sent === killAfterSent) {
          const recent = latenciesUs.slice(-20).sort((x, y) => x - y);
          delayUs = Math.floor((recent[Math.floor(recent.length / 2)] ?? 1000) * fraction);
        }
        const kill =
          sent === killAfterSent
            ? () => {
                const until = process.hrtime.bigint() + BigInt(delayUs) * 1000n;
                while (process.hrtime.bigint() < until);
                victim.child.kill('SIGKILL');
              }
            : undefined;
        const t0 = process.hrtime.bigint();
        const reply = send(victim, caseId, w, kill);
        try {
          const envelope = await reply;
          latenciesUs.push(Number((process.hrtime.bigint() - t0) / 1000n));
          expect(envelope, JSON.stringify(envelope)).toMatchObject({ ok: true });
          acked.push(w);
          ackedThisRun += 1;
        } catch {
          uncertain.push(w);
          break;
        }
      }
      victim.child.kill('SIGKILL');
      const exit = await victim.exited;
      expect(exit.signal).toBe('SIGKILL');

      // Restart on the same folder: the host itself runs integrity_check and walks the audit chain.
      host = await spawnHost(dataDir, ['--backup-minutes', '0']);
      expect(host.stderr()).not.toContain('!!!');
      const verified = await callHost(host, 'audit.verify', {});
      expect(verified).toMatchObject({ ok: true, value: { ok: true } });

      const stored = readStored(dbFile, caseId);
      expect(stored.integrity).toBe('ok');
      expect(stored.chain.ok).toBe(true);

      // Every acknowledged write is there exactly once, with what was sent.
      for (const w of acked) {
        if (w.kind === 'payment')
          expect(stored.payments.get(w.code), w.code).toMatchObject({ n: 1, fen: w.fen });
        else expect(stored.parties.get(w.name)?.n, w.name).toBe(1);
      }
      // An unacknowledged write is wholly there or wholly absent.
      const last = uncertain[uncertain.length - 1];
      const lastFound =
        last === undefined || uncertain.length < run
          ? undefined
          : last.kind === 'payment'
            ? stored.payments.get(last.code)
            : stored.parties.get(last.name);
      const committedUncertain = uncertain.filter((w) =>
        w.kind === 'payment' ? stored.payments.has(w.code) : stored.parties.has(w.name),
      ).length;
      // Nothing else: the rows are exactly the acknowledged writes plus the committed uncertain ones.
      const ackPayments = acked.filter((w) => w.kind === 'payment').length;
      const ackParties = acked.length - ackPayments;
      const uncertainPayments = uncertain.filter(
        (w) => w.kind === 'payment' && stored.payments.has(w.code),
      ).length;
      expect(stored.payments.size).toBe(ackPayments + uncertainPayments);
      expect([...stored.payments.values()].every((p) => p.n === 1)).toBe(true);
      expect(stored.parties.size).toBe(ackParties + committedUncertain - uncertainPayments);

      // Audit rows and rows correspond one to one: no row without its audit row, nor the reverse.
      const auditPayments = stored.audit.filter((a) => a.entity === 'payment');
      const auditParties = stored.audit.filter((a) => a.entity === 'party');
      expect(auditPayments.every((a) => a.action === 'create')).toBe(true);
      expect(auditPayments.map((a) => Number(a.entity_id)).sort((x, y) => x - y)).toEqual(
        [...stored.payments.values()].map((p) => p.id).sort((x, y) => x - y),
      );
      for (const a of auditPayments) {
        const after = JSON.parse(a.after_json ?? '{}') as { code: string };
        expect(stored.payments.get(after.code)?.id).toBe(Number(a.entity_id));
      }
      expect(auditParties.map((a) => Number(a.entity_id)).sort((x, y) => x - y)).toEqual(
        [...stored.parties.values()].map((p) => p.id).sort((x, y) => x - y),
      );

      figures.push({
        run,
        killAfterSent,
        delayUs,
        sent,
        acknowledged: ackedThisRun,
        inFlight: uncertain.length < run ? 'none' : lastFound ? 'committed' : 'absent',
        foundPayments: stored.payments.size,
        foundParties: stored.parties.size,
        auditRows: stored.audit.length,
      });
    }
    await host.stop();
  }, 180_000);
});

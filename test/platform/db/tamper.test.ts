import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, openServices, type Services } from '../../../core/platform/api/services';
import { rowHash, type AuditRow } from '../../../core/platform/db/audit';
import { macOf } from '../../../core/platform/db/journal';
import { fixedClock, tempDir } from '../../support/temp';

/**
 * Issue 15's attacks, each made on the real database file with better-sqlite3 while the app is closed
 * (or by copying an older backup over it), then caught by `hearing-desk audit verify` (a real process,
 * exit 1) and by the audit.verify method of a freshly opened app, with the row named.
 */

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const bin = path.join(root, 'bin/hearing-desk.mjs');

function cli(dataDir: string) {
  const r = spawnSync(process.execPath, [bin, 'audit', 'verify', '--data', dataDir], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const open = (dataDir: string) => openServices({ dataDir, host: 'web', actor: '书记员', now: fixedClock() });

function must<T>(e: { ok: true; value: T } | { ok: false; error: { message_en: string } }): T {
  if (!e.ok) throw new Error(e.error.message_en);
  return e.value;
}

/** A case with twelve payments of 100.00, 200.00, … 1200.00 (ids 1–12). */
function seeded(): { dataDir: string; dbFile: string } {
  const dataDir = tempDir();
  const s = open(dataDir);
  try {
    const c = must(call(s, 'cases.create', { caseNumber: '(2026)审1号' }));
    for (let i = 1; i <= 12; i += 1)
      must(
        call(s, 'payments.add', {
          caseId: c.id,
          date: `2024-${String(i).padStart(2, '0')}-05`,
          amount: `${i * 100}.00`,
        }),
      );
  } finally {
    s.close();
  }
  return { dataDir, dbFile: path.join(dataDir, 'hearing-desk.sqlite') };
}

function edit(dbFile: string, fn: (db: Database.Database) => void): void {
  const db = new Database(dbFile);
  try {
    fn(db);
  } finally {
    db.close();
  }
}

function viaApi(dataDir: string) {
  const s: Services = open(dataDir);
  try {
    return must(call(s, 'audit.verify', {}));
  } finally {
    s.close();
  }
}

describe('tampering with the file while the app is closed is found, row named', () => {
  it('an untouched database verifies: chain intact and data matching the log (exit 0)', () => {
    const { dataDir } = seeded();
    const r = cli(dataDir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('数据与日志一致');
    expect(r.stdout).toContain('26 行逐字段核对无误');
    const v = viaApi(dataDir);
    expect(v.ok).toBe(true);
    expect(v.data).toMatchObject({ checked: true, ok: true, sealsChecked: true, findingCount: 0 });
    // the case, 12 payments and 13 audit rows
    expect(v.data!.rowsCompared).toBe(26);
  });

  it('UPDATE payments SET amount_fen = 1 WHERE id = 1: payment 1, amount, logged 10000, found 1', () => {
    const { dataDir, dbFile } = seeded();
    edit(dbFile, (db) => db.exec('UPDATE payments SET amount_fen = 1 WHERE id = 1'));
    const r = cli(dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('数据与日志不符 DATA DOES NOT MATCH THE LOG');
    expect(r.stderr).toContain('付款 1 的“金额（分）”：日志记为 10000，库中为 1（在本软件之外改动）');
    expect(r.stderr).toContain('payment 1, amount (fen): logged 10000, found 1');
    const v = viaApi(dataDir);
    expect(v.ok).toBe(false);
    expect(v.data!.findings[0]).toMatchObject({
      kind: 'changed',
      table: 'payments',
      key: '1',
      field: 'amount_fen',
      logged: 10000,
      found: 1,
    });
  });

  it('DELETE FROM payments WHERE id = 2: payment 2 removed outside the app', () => {
    const { dataDir, dbFile } = seeded();
    edit(dbFile, (db) => db.exec('DELETE FROM payments WHERE id = 2'));
    const r = cli(dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('付款 2：日志中有此行，库中已没有（在本软件之外删除）');
    const v = viaApi(dataDir);
    expect(v.data!.findings).toContainEqual(
      expect.objectContaining({ kind: 'removed', table: 'payments', key: '2' }),
    );
  });

  it('every trigger dropped, the last ten audit rows deleted with their payments: each row named, and the file is behind its head', () => {
    const { dataDir, dbFile } = seeded();
    edit(dbFile, (db) => {
      for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {
        name: string;
      }[])
        db.exec(`DROP TRIGGER "${name}"`);
      db.exec('DELETE FROM audit_log WHERE seq > 3');
      db.exec('DELETE FROM payments WHERE id > 2');
    });
    const r = cli(dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('付款 3：日志中有此行，库中已没有');
    const v = viaApi(dataDir);
    expect(v.ok).toBe(false);
    const removed = v.data!.findings.filter((f) => f.kind === 'removed');
    expect(removed.filter((f) => f.table === 'payments').map((f) => f.key)).toEqual([
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    expect(removed.filter((f) => f.table === 'audit_log')).toHaveLength(10);
    expect(v.data!.findings).toContainEqual(
      expect.objectContaining({ kind: 'behindHead', found: expect.objectContaining({ auditSeq: 3 }) }),
    );
  });

  it('the same, with the journal cut back to match: the head file outside the database names what is missing', () => {
    const { dataDir, dbFile } = seeded();
    edit(dbFile, (db) => {
      for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {
        name: string;
      }[])
        db.exec(`DROP TRIGGER "${name}"`);
      // Everything journaled from payment 3 on goes, and the data is put back to what the rest says.
      const cut = db
        .prepare("SELECT seq FROM row_journal WHERE tbl = 'payments' AND row_key = '3' AND op = 'insert'")
        .pluck()
        .get() as number;
      db.prepare('DELETE FROM row_journal WHERE seq >= ?').run(cut);
      db.exec(`UPDATE cases SET updated_at = (SELECT json_extract(row_json, '$.updated_at') FROM row_journal
        WHERE tbl = 'cases' AND json_extract(row_json, '$.updated_at') IS NOT NULL ORDER BY seq DESC LIMIT 1)`);
      db.exec('DELETE FROM audit_log WHERE seq > 3');
      db.exec('DELETE FROM payments WHERE id > 2');
    });
    const r = cli(dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('数据库落后于链头文件：链头记到审计第 13 行（付款 12，');
    expect(r.stderr).toContain('库中只到第 3 行');
    const v = viaApi(dataDir);
    expect(v.data!.findings).toEqual([
      expect.objectContaining({
        kind: 'behindHead',
        head: expect.objectContaining({
          auditSeq: 13,
          auditLast: expect.objectContaining({ entityId: '12' }),
        }),
      }),
    ]);
  });

  it("a payment changed and every hash recomputed with the app's own rowHash (journal too, without the key): found", () => {
    const { dataDir, dbFile } = seeded();
    edit(dbFile, (db) => {
      for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {
        name: string;
      }[])
        db.exec(`DROP TRIGGER "${name}"`);
      db.exec('UPDATE payments SET amount_fen = 1 WHERE id = 5');
      db.exec(
        `UPDATE audit_log SET after_json = replace(after_json, '"500.00"', '"0.01"') WHERE entity = 'payment' AND entity_id = '5'`,
      );
      let prev = '0'.repeat(64);
      for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[]) {
        const { hash: _old, ...rest } = row;
        const hash = rowHash({ ...rest, prev_hash: prev });
        db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
        prev = hash;
      }
      // The journal's images rewritten to match, sealed with a key the attacker had to guess.
      const guess = createHash('sha256').update('guess').digest();
      let mac = '0'.repeat(64);
      const journal = db.prepare('SELECT * FROM row_journal ORDER BY seq').all() as {
        seq: number;
        tbl: string;
        row_key: string;
        op: string;
        row_json: string | null;
      }[];
      for (const j of journal) {
        let json = j.row_json;
        if (j.tbl === 'payments' && j.row_key === '5' && json) json = json.replace('50000', '1');
        if (j.tbl === 'audit_log' && j.op !== 'shape' && json) {
          const seq = (JSON.parse(json) as { seq: number }).seq;
          const hash = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq) as string;
          json = JSON.stringify({ seq, hash });
        }
        // the app's own seal function, with the only thing the attacker lacks: the key
        mac = macOf(guess, mac, {
          seq: j.seq,
          tbl: j.tbl,
          row_key: j.row_key,
          op: j.op as 'insert',
          row_json: json,
        });
        db.prepare('UPDATE row_journal SET row_json = ?, mac = ? WHERE seq = ?').run(json, mac, j.seq);
      }
    });
    const r = cli(dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('的封记不符：日志在写入后被改动、删除或调换');
    const v = viaApi(dataDir);
    expect(v.ok).toBe(false);
    expect(v.data!.findings).toContainEqual(expect.objectContaining({ kind: 'forged', seq: 1 }));
    expect(v.data!.findings).toContainEqual(expect.objectContaining({ kind: 'behindHead' }));
  });

  it('the whole file replaced by an older backup: behind its head, the last audit row it lacks named', async () => {
    const { dataDir, dbFile } = seeded();
    const s = open(dataDir);
    const backup = await s.backup();
    must(call(s, 'payments.add', { caseId: 1, date: '2025-01-05', amount: '77.00' }));
    s.close();
    for (const extra of ['-wal', '-shm']) fs.rmSync(`${dbFile}${extra}`, { force: true });
    fs.copyFileSync(backup.file, dbFile);
    const r = cli(dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('数据库落后于链头文件：链头记到审计第 14 行（付款 13，');
    expect(r.stderr).toContain('库中只到第 13 行');
    const v = viaApi(dataDir);
    expect(v.ok).toBe(false);
    expect(v.data!.findings).toEqual([
      expect.objectContaining({
        kind: 'behindHead',
        head: expect.objectContaining({ auditSeq: 14 }),
        found: expect.objectContaining({ auditSeq: 13 }),
      }),
    ]);
  });
  it('an identity number written into a party outside the app: named, with the number masked on the terminal and the banner', () => {
    const { dataDir, dbFile } = seeded();
    const s = open(dataDir);
    must(call(s, 'parties.add', { caseId: 1, role: 'respondent', name: '乙' }));
    s.close();
    edit(dbFile, (db) => db.exec("UPDATE parties SET id_number = '110101 19900307 1234' WHERE id = 1"));
    const r = cli(dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('当事人 1 的“证件号码”：日志记为 ，库中为 110*** ******** 1234');
    expect(r.stderr).not.toContain('19900307');
    const s2 = open(dataDir);
    try {
      const banner = must(call(s2, 'audit.banner', {}));
      expect(banner.show).toBe(true);
      expect(banner.message_zh).toContain('110*** ******** 1234');
      expect(JSON.stringify(banner)).not.toContain('19900307');
      // the report itself keeps what was found, whole
      const v = must(call(s2, 'audit.verify', {}));
      expect(v.data!.findings[0]).toMatchObject({
        table: 'parties',
        field: 'id_number',
        found: '110101 19900307 1234',
      });
    } finally {
      s2.close();
    }
  });
});

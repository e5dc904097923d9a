import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, openServices } from '../../core/platform/api/services';
import { fixedClock, tempDir } from '../support/temp';

/** `hearing-desk audit verify` as a real process over a real data folder. */

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin/hearing-desk.mjs');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function seeded(): string {
  const dataDir = tempDir();
  const s = openServices({ dataDir, host: 'web', actor: '书记员', now: fixedClock() });
  try {
    const c = call(s, 'cases.create', { caseNumber: '(2026)审1号' });
    if (!c.ok) throw new Error(c.error.message_en);
    call(s, 'payments.add', { caseId: c.value.id, date: '2024-01-05', amount: '500.00' });
    call(s, 'payments.add', { caseId: c.value.id, date: '2024-02-05', amount: '600.00' });
    call(s, 'parties.add', { caseId: c.value.id, role: 'applicant', name: '甲' });
  } finally {
    s.close();
  }
  return dataDir;
}

describe('hearing-desk audit verify (real process)', () => {
  it('exits 0 with the number of rows and the head hash when the chain is intact, without writing', () => {
    const dataDir = seeded();
    const dbFile = path.join(dataDir, 'hearing-desk.sqlite');
    const before = fs.readFileSync(dbFile);
    const r = cli('audit', 'verify', '--data', dataDir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('审计链完好 audit chain intact');
    expect(r.stdout).toContain('行数 rows: 4');
    const db = new Database(dbFile, { readonly: true });
    const head = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string;
    db.close();
    expect(r.stdout).toContain(`链头 head: ${head}`);
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('exits 1 naming the first bad row (seq, entity, action, time) in Chinese and English when a row was edited', () => {
    const dataDir = seeded();
    const db = new Database(path.join(dataDir, 'hearing-desk.sqlite'));
    db.exec('DROP TRIGGER audit_log_no_update');
    const row = db.prepare('SELECT at FROM audit_log WHERE seq = 3').get() as { at: string };
    db.prepare(`UPDATE audit_log SET after_json = replace(after_json, '600.00', '6.00') WHERE seq = 3`).run();
    db.close();
    const r = cli('audit', 'verify', `--data=${dataDir}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('审计链已断开 AUDIT CHAIN BROKEN');
    expect(r.stderr).toContain(`审计链已断开：第 3 行（付款 2，新增，${row.at}）`);
    expect(r.stderr).toContain(`audit chain broken at row 3 (payment 2, create, ${row.at})`);
    expect(r.stderr).toContain('序号 seq: 3');
    expect(r.stderr).toContain('操作 action: create');
    expect(r.stderr).toContain(`时间 time: ${row.at}`);
  });

  it('exits 1 when a row was deleted (the next row no longer links)', () => {
    const dataDir = seeded();
    const db = new Database(path.join(dataDir, 'hearing-desk.sqlite'));
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    db.close();
    const r = cli('audit', 'verify', '--data', dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('第 3 行');
  });

  it('exits 2 without a database or with bad arguments', () => {
    expect(cli('audit', 'verify', '--data', path.join(tempDir(), 'none')).code).toBe(2);
    expect(cli('audit').code).toBe(2);
    expect(cli('audit', 'verify', '--bogus').code).toBe(2);
  });
});

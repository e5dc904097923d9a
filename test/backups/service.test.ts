import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BACKUP_DIR_NAME, call } from '../../core/platform/api/services';
import { listBackups } from '../../core/platform/db/backup';
import { LATEST_VERSION } from '../../core/platform/db/migrations';
import { ok, start } from '../support/harness';

describe('services.backup', () => {
  it('writes consistent copies into <data>/backups that open with the data they had', async () => {
    const s = start();
    ok(call(s, 'cases.create', { caseNumber: '(2026)备1号' }));
    const first = await s.backup();
    ok(call(s, 'cases.create', { caseNumber: '(2026)备2号' }));
    const second = await s.backup();
    const listed = listBackups(path.join(s.dataDir, BACKUP_DIR_NAME));
    expect(listed.map((b) => b.name)).toEqual([second.name, first.name]);
    const read = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare('SELECT case_number FROM cases ORDER BY id').pluck().all();
      } finally {
        db.close();
      }
    };
    expect(read(first.file)).toEqual(['(2026)备1号']);
    expect(read(second.file)).toEqual(['(2026)备1号', '(2026)备2号']);
  });

  it("lists the backups through 'backup.list' (name, size, time, kind, cases; newest first; no paths)", async () => {
    const s = start();
    expect(ok(call(s, 'backup.list', {}))).toEqual([]);
    const first = await s.backup();
    const second = await s.backup();
    const listed = ok(call(s, 'backup.list', {}));
    expect(listed.map((b) => b.name)).toEqual([second.name, first.name]);
    expect(listed[0]).toEqual({
      name: second.name,
      size: second.size,
      at: second.at,
      kind: 'auto',
      cases: 0,
      schemaVersion: LATEST_VERSION,
      usable: true,
    });
    expect(listed[0]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(listed[0]!.at)).toBeGreaterThan(Date.parse(listed[1]!.at));
    expect(JSON.stringify(listed)).not.toContain(s.dataDir);
  });

  it('leaves no half-written backup behind: the copy is renamed into place when complete', async () => {
    const s = start();
    const dir = path.join(s.dataDir, BACKUP_DIR_NAME);
    fs.mkdirSync(dir, { recursive: true });
    // What a crash in the middle of a copy used to leave: a file under a backup's name.
    fs.writeFileSync(path.join(dir, 'hearing-desk-20260101T000000000Z.sqlite.partial'), 'half');
    const taken = await s.backup();
    expect(fs.readdirSync(dir).sort()).toEqual([taken.name, `${taken.name}.manifest.json`]);
  });
});

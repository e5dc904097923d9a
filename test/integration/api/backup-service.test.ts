import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BACKUP_DIR_NAME, call } from '../../../core/api/services';
import { listBackups } from '../../../core/db/backup';
import { ok, start } from './harness';

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
});

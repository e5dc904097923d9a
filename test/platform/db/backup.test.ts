import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, KEEP_BACKUPS, listBackups, restoreBackup } from '../../../core/platform/db/backup';
import { insertCase, listCases } from '../../../core/features/cases/store/cases';
import { openDatabase } from '../../../core/platform/db/open';
import { fixedClock, tempDir } from '../../support/temp';

const fields = (caseNumber: string) => ({
  caseNumber,
  title: '',
  court: '',
  judge: '',
  clerk: '',
  asOf: null,
});
const AT = '2026-01-21T08:00:00.000Z';

describe('backup and restore', () => {
  it('restores exactly what was there when the backup was taken', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hearing-desk.sqlite');
    const backups = path.join(dir, 'backups');
    const db = openDatabase(file);
    insertCase(db, fields('(2026)示1号'), AT);
    const backup = await backupDatabase(db, backups, () => '2026-01-21T09:30:00.000Z');
    expect(backup.name).toBe('hearing-desk-20260121T093000000Z.sqlite');
    insertCase(db, fields('(2026)示2号 — after the backup'), AT);
    db.close();

    restoreBackup(backup.file, file);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const restored = openDatabase(file);
    expect(listCases(restored, '').map((c) => c.caseNumber)).toEqual(['(2026)示1号']);
    restored.close();
  });

  it('keeps the newest ten, newest first, and never overwrites a backup of the same second', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'hearing-desk.sqlite'));
    const clock = fixedClock('2026-01-21T08:00:00.000Z');
    for (let i = 0; i < KEEP_BACKUPS + 2; i += 1) await backupDatabase(db, path.join(dir, 'b'), clock);
    await backupDatabase(db, path.join(dir, 'b'), () => '2026-01-21T08:00:11.000Z');
    db.close();
    const names = listBackups(path.join(dir, 'b')).map((b) => b.name);
    expect(names).toHaveLength(KEEP_BACKUPS);
    expect(names[0]).toBe('hearing-desk-20260121T080011000Z-2.sqlite');
    expect(names[1]).toBe('hearing-desk-20260121T080011000Z.sqlite');
    expect(names[KEEP_BACKUPS - 1]).toBe('hearing-desk-20260121T080003000Z.sqlite');
  });

  it('refuses a damaged backup and leaves the current database as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hearing-desk.sqlite');
    const db = openDatabase(file);
    insertCase(db, fields('(2026)示1号'), AT);
    db.close();
    const bad = path.join(dir, 'bad.sqlite');
    fs.writeFileSync(bad, 'not a database'.repeat(100));
    expect(() => restoreBackup(bad, file)).toThrow(expect.objectContaining({ code: 'DB_CORRUPT' }));
    const again = openDatabase(file);
    expect(listCases(again, '')).toHaveLength(1);
    again.close();
  });

  it('lists nothing for a folder that does not exist yet', () => {
    expect(listBackups(path.join(tempDir(), 'none'))).toEqual([]);
  });
});

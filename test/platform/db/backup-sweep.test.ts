import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupDatabase,
  backupDatabaseNow,
  KEEP_PRE_RESTORE,
  listBackups,
  MANIFEST_SUFFIX,
} from '../../../core/platform/db/backup';
import { readHead } from '../../../core/platform/db/head-file';
import { openDatabase } from '../../../core/platform/db/open';
import { sealKeyFor } from '../../../core/platform/db/seal-key';
import { fixedClock, tempDir } from '../../support/temp';

describe('backup folder housekeeping (issue 15)', () => {
  it('a killed VACUUM INTO leaves *.partial-journal: swept by the next backup', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    const stale = [
      'hearing-desk-20260101T000000000Z-manual.sqlite.partial',
      'hearing-desk-20260101T000000000Z-manual.sqlite.partial-journal',
    ];
    for (const f of stale) fs.writeFileSync(path.join(backups, f), 'half');
    const taken = await backupDatabase(db, backups, fixedClock());
    expect(fs.readdirSync(backups).sort()).toEqual([taken.name, `${taken.name}${MANIFEST_SUFFIX}`]);
    db.close();
  });

  it(`keeps the newest ${KEEP_PRE_RESTORE} pre-restore copies, with their manifests`, () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    const backups = path.join(dir, 'backups');
    const clock = fixedClock();
    const made = Array.from({ length: KEEP_PRE_RESTORE + 3 }, () =>
      backupDatabaseNow(db, backups, clock, 'pre-restore'),
    );
    const kept = listBackups(backups).map((b) => b.name);
    expect(kept).toEqual(
      made
        .slice(-KEEP_PRE_RESTORE)
        .map((b) => b.name)
        .reverse(),
    );
    expect(fs.readdirSync(backups).filter((f) => f.endsWith(MANIFEST_SUFFIX))).toHaveLength(KEEP_PRE_RESTORE);
    db.close();
  });

  it('a manifest holds the heads of its copy, sealed for its purpose: it cannot stand in as a head file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    const db = openDatabase(file);
    const b = backupDatabaseNow(db, path.join(dir, 'backups'), fixedClock(), 'manual');
    const key = sealKeyFor(file, false);
    expect(readHead(`${b.file}${MANIFEST_SUFFIX}`, key, 'manifest').state).toBe('ok');
    expect(readHead(`${b.file}${MANIFEST_SUFFIX}`, key, 'head').state).toBe('forged');
    if (process.platform !== 'win32') {
      expect(fs.statSync(b.file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(dir, 'backups')).mode & 0o777).toBe(0o700);
    }
    db.close();
  });
});

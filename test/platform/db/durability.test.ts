import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../core/platform/api/services';
import { openDatabase } from '../../../core/platform/db/open';
import { fixedClock, tempDir } from '../../support/temp';

/** SQLite's synchronous levels: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
const FULL = 2;

describe('every writable connection syncs at each commit (power cut)', () => {
  it('openDatabase: WAL with synchronous = FULL', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    db.close();
  });
});

describe('file modes: owner only', () => {
  it.runIf(process.platform !== 'win32')(
    'the data folder is 0700; database, WAL, key and head file 0600',
    () => {
      const dataDir = path.join(tempDir(), 'data');
      const s = openServices({ dataDir, host: 'web', actor: '测', now: fixedClock() });
      s.invoke('cases.create', { caseNumber: '(2026)模1号' });
      const mode = (f: string) => fs.statSync(f).mode & 0o777;
      expect(mode(dataDir)).toBe(0o700);
      for (const f of ['', '-wal', '-shm', '.key', '.head']) expect(mode(`${s.dbFile}${f}`), f).toBe(0o600);
      s.close();
    },
  );
});

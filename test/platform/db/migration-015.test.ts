import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

describe('migration 015 (轮候 queue; a case with a renewed measure can be deleted)', () => {
  it('before it, deleting the case hit the RESTRICT of renews_id; after it, the case goes with its measures', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 14 });
    const seed = () => {
      db.prepare(
        "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)措1号', 't', 't')",
      ).run();
      const m = db.prepare(
        `INSERT INTO measures (id, case_id, kind, object, start_date, term_months, renews_id, created_at, updated_at)
         VALUES (?, 1, 'depositFreeze', '账户', ?, 12, ?, 't', 't')`,
      );
      m.run(1, '2025-01-01', null);
      m.run(2, '2026-01-01', 1);
    };
    seed();
    expect(() => db.prepare('DELETE FROM cases WHERE id = 1').run()).toThrow(/FOREIGN KEY/);

    expect(migrate(db)).toBeGreaterThanOrEqual(15);
    db.prepare(
      `INSERT INTO measures (id, case_id, kind, object, start_date, term_months, waits_for, created_at, updated_at)
       VALUES (3, 1, 'depositFreeze', '账户（轮候）', '2025-02-01', 12, 2, 't', 't')`,
    ).run();
    expect(() => db.prepare("UPDATE measures SET promoted_on = '2025-01-15' WHERE id = 3").run()).toThrow(
      /CHECK/,
    );
    db.prepare('DELETE FROM cases WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM measures').pluck().get()).toBe(0);
    // a single measure with a renewal is still protected
    seed();
    expect(() => db.prepare('DELETE FROM measures WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

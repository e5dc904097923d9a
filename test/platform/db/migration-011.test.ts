import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { getHearing } from '../../../core/features/hearings/store';
import { tempDir } from '../../support/temp';

describe('migration 011 (hearing transfer: origin, signatures gone with the hearing)', () => {
  it('adds the origin columns (NULL for existing hearings) and clears signatures when a hearing goes', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 10 });
    db.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)听1号', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO petition_hearings (id, case_id, type, created_at, updated_at) VALUES (4, 1, '执行听证', 't', 't')",
    ).run();
    const sign = (kind: string, id: number) =>
      db
        .prepare(
          `INSERT INTO signatures (record_kind, record_id, signer_key, role, name, outcome, reason, at, actor)
           VALUES (?, ?, 'attendee:1', 'petitioner', '王某', 'refused', '不签', 't', 'a')`,
        )
        .run(kind, id);
    sign('hearing', 4);
    sign('recon', 4);
    db.prepare("INSERT INTO record_locks VALUES ('hearing', 4, 't', 'a')").run();

    expect(migrate(db)).toBeGreaterThanOrEqual(11);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(11);
    expect(getHearing(db as never, 4)?.origin).toBeNull();
    db.prepare(
      "UPDATE petition_hearings SET origin_court = '甲县人民法院', origin_case_number = '(2025)甲执1号' WHERE id = 4",
    ).run();
    expect(getHearing(db as never, 4)?.origin).toEqual({
      court: '甲县人民法院',
      caseNumber: '(2025)甲执1号',
    });
    expect(() =>
      db.prepare('UPDATE petition_hearings SET origin_case_number = ? WHERE id = 4').run('号'.repeat(101)),
    ).toThrow(/CHECK/);

    db.prepare('DELETE FROM cases WHERE id = 1').run();
    // the hearing's signature and lock went with it; another kind's row with the same id stays
    expect(db.prepare('SELECT record_kind FROM signatures').pluck().all()).toEqual(['recon']);
    expect(db.prepare('SELECT count(*) FROM record_locks').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

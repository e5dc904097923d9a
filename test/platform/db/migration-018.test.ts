import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

describe('migration 018 (petition hearings with every voice)', () => {
  it('admits the parties of an enforcement hearing, keeps attendee ids, and keeps opinions append-only', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 17 });
    db.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)听1号', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO petition_hearings (id, case_id, type, created_at, updated_at) VALUES (4, 1, '执行听证', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO petition_attendees (id, hearing_id, kind, name, position) VALUES (7, 4, 'petitioner', '王某', 1)",
    ).run();
    db.prepare(
      "INSERT INTO petition_items (id, hearing_id, position, name, quantity, measure) VALUES (2, 4, 1, '轿车', '1', '查封')",
    ).run();
    db.prepare(
      "INSERT INTO petition_statements (id, item_id, kind, stance, text, at, actor) VALUES (3, 2, 'response', 'objects', '不同意', 't', 'a')",
    ).run();
    const addApplicant = () =>
      db
        .prepare(
          "INSERT INTO petition_attendees (id, hearing_id, kind, name, position) VALUES (8, 4, 'applicant', '某银行', 2)",
        )
        .run();
    expect(addApplicant).toThrow(/CHECK/);

    expect(migrate(db)).toBeGreaterThanOrEqual(18);
    addApplicant();
    expect(db.prepare('SELECT id, kind, name FROM petition_attendees ORDER BY id').all()).toEqual([
      { id: 7, kind: 'petitioner', name: '王某' },
      { id: 8, kind: 'applicant', name: '某银行' },
    ]);
    // a response recorded before the migration was the petitioner's: no attendee named
    expect(db.prepare('SELECT attendee_id FROM petition_statements WHERE id = 3').get()).toEqual({
      attendee_id: null,
    });

    db.prepare(
      "INSERT INTO petition_opinions (id, hearing_id, attendee_id, text, at, actor) VALUES (1, 4, 7, '建议继续执行', 't', 'a')",
    ).run();
    expect(() => db.prepare("UPDATE petition_opinions SET text = '改' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO petition_attendees (hearing_id, kind, name, position) VALUES (4, 'bystander', '某', 3)",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

const plan = (db: ReturnType<typeof openDatabase>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 007 (petition hearings)', () => {
  const open = () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 7 });
    db.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)听1号', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO petition_hearings (id, case_id, type, created_at, updated_at) VALUES (1, 1, '执行听证', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO petition_items (id, hearing_id, position, name, quantity, measure) VALUES (1, 1, 1, '冰箱', '1', '扣押')",
    ).run();
    return db;
  };

  it('creates STRICT tables that refuse impossible rows', () => {
    const db = open();
    const strict = db
      .prepare("SELECT name FROM pragma_table_list WHERE name LIKE 'petition_%' AND strict = 1 ORDER BY name")
      .pluck()
      .all();
    expect(strict).toEqual([
      'petition_attachments',
      'petition_attendees',
      'petition_hearings',
      'petition_item_attachments',
      'petition_items',
      'petition_questions',
      'petition_statements',
    ]);
    const run = (sql: string) => () => db.prepare(sql).run();
    expect(
      run(
        "INSERT INTO petition_hearings (case_id, type, created_at, updated_at) VALUES (1, '听证', 't', 't')",
      ),
    ).toThrow(/CHECK/);
    // a panel member needs a panel role, and only a panel member has one
    expect(
      run("INSERT INTO petition_attendees (hearing_id, kind, name, position) VALUES (1, 'panel', '张', 1)"),
    ).toThrow(/CHECK/);
    expect(
      run(
        "INSERT INTO petition_attendees (hearing_id, kind, name, panel_role, position) VALUES (1, 'clerk', '赵', '律师', 1)",
      ),
    ).toThrow(/CHECK/);
    expect(
      run(
        "INSERT INTO petition_items (hearing_id, position, name, quantity, measure, value_fen) VALUES (1, 2, 'x', '1', '扣押', -1)",
      ),
    ).toThrow(/CHECK/);
    expect(
      run(
        "INSERT INTO petition_attachments (sha256, kind, mime, size, created_at) VALUES ('../../etc/passwd', 'photo', 'image/png', 1, 't')",
      ),
    ).toThrow(/CHECK/);
    expect(
      run(
        `INSERT INTO petition_attachments (sha256, kind, mime, size, created_at) VALUES ('${'A'.repeat(64)}', 'photo', 'image/png', 1, 't')`,
      ),
    ).toThrow(/CHECK/);
    // statements are history
    db.prepare(
      "INSERT INTO petition_statements (item_id, kind, stance, text, at, actor) VALUES (1, 'response', 'objects', '不认可', 't', 'a')",
    ).run();
    expect(run("UPDATE petition_statements SET text = '认可'")).toThrow(/append-only/);
    expect(
      run(
        "INSERT INTO petition_statements (item_id, kind, stance, text, at, actor) VALUES (1, 'explanation', 'accepts', '', 't', 'a')",
      ),
    ).toThrow(/CHECK/);
  });

  it('uses its indexes for the hot reads', () => {
    const db = open();
    expect(plan(db, 'SELECT * FROM petition_items WHERE hearing_id = 1 ORDER BY position')).toContain(
      'idx_petition_items_hearing',
    );
    expect(plan(db, 'SELECT * FROM petition_attendees WHERE hearing_id = 1 ORDER BY position')).toContain(
      'idx_petition_attendees_hearing',
    );
    expect(plan(db, 'SELECT * FROM petition_statements WHERE item_id = 1 ORDER BY id')).toContain(
      'idx_petition_statements_item',
    );
    expect(plan(db, 'SELECT * FROM petition_hearings WHERE case_id = 1')).toContain(
      'idx_petition_hearings_case',
    );
  });
});

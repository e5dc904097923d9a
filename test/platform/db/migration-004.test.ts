import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

const plan = (db: ReturnType<typeof openDatabase>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 004 (reconciliation sessions)', () => {
  const open = () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 4 });
    db.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)对1号', 't', 't')",
    ).run();
    return db;
  };

  it('creates STRICT tables that refuse impossible states', () => {
    const db = open();
    const strict = db
      .prepare("SELECT name FROM pragma_table_list WHERE name LIKE 'recon_%' AND strict = 1 ORDER BY name")
      .pluck()
      .all();
    expect(strict).toEqual(['recon_entries', 'recon_participants', 'recon_positions', 'recon_sessions']);
    expect(() =>
      db
        .prepare(
          "INSERT INTO recon_sessions (case_id, state, created_at, updated_at) VALUES (1, 'OPEN', 't', 't')",
        )
        .run(),
    ).toThrow(/CHECK/);
    // a started session must carry its frozen ledger
    expect(() =>
      db
        .prepare(
          "INSERT INTO recon_sessions (case_id, state, created_at, updated_at) VALUES (1, 'IN_SESSION', 't', 't')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO recon_sessions (id, case_id, state, created_at, updated_at) VALUES (1, 1, 'DRAFT', 't', 't')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO recon_participants (session_id, role, name, position) VALUES (1, 'spectator', 'x', 1)",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO recon_positions (session_id, entry_key, side, stance, at, actor) VALUES (1, 'k', 'court', 'agree', 't', 'a')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('keeps positions as history: no row is rewritten; deleting the case removes its sessions', () => {
    const db = open();
    db.prepare(
      "INSERT INTO recon_sessions (id, case_id, state, created_at, updated_at) VALUES (1, 1, 'DRAFT', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO recon_positions (session_id, entry_key, side, stance, at, actor) VALUES (1, 'payment:p1', 'debtor', 'agree', 't', 'a')",
    ).run();
    expect(() => db.prepare("UPDATE recon_positions SET stance = 'dispute'").run()).toThrow(/append-only/);
    db.prepare('DELETE FROM cases WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM recon_positions').pluck().get()).toBe(0);
    db.close();
  });

  it('finds a session’s positions and a case’s sessions by index', () => {
    const db = open();
    expect(plan(db, 'SELECT * FROM recon_positions WHERE session_id = 1 ORDER BY id')).toMatch(
      /idx_recon_positions_entry|USING INDEX/,
    );
    expect(plan(db, 'SELECT * FROM recon_sessions WHERE case_id = 1 ORDER BY id DESC')).toMatch(
      /idx_recon_sessions_case/,
    );
    expect(plan(db, "SELECT * FROM recon_entries WHERE session_id = 1 AND entry_key = 'balance'")).toMatch(
      /sqlite_autoindex_recon_entries_1/,
    );
    db.close();
  });
});

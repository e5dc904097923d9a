import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { loadRecords } from '../../../core/features/recon/store';
import { tempDir } from '../../support/temp';

describe('migration 016 (reconciliation positions per person)', () => {
  it('keeps every participant (with its id) and position, adds 利害关系人 and the person of a position', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 11 });
    db.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)执1号', 't', 't')",
    ).run();
    db.prepare(
      `INSERT INTO recon_sessions (id, case_id, state, ledger_json, entries_json, created_at, updated_at)
       VALUES (3, 1, 'IN_SESSION', '{}', '[]', 't', 't')`,
    ).run();
    db.prepare(
      "INSERT INTO recon_participants (id, session_id, role, name, position) VALUES (7, 3, 'debtor', '张某某', 1)",
    ).run();
    db.prepare(
      `INSERT INTO recon_positions (session_id, entry_key, side, stance, claim_json, statement, at, actor)
       VALUES (3, 'payment:p1', 'debtor', 'dispute', '{"date":"2020-04-01"}', '', 't', 'a')`,
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO recon_participants (session_id, role, name, position) VALUES (3, 'interested', '陈某', 2)",
        )
        .run(),
    ).toThrow(/CHECK/);

    expect(migrate(db)).toBeGreaterThanOrEqual(16);
    expect(db.prepare('SELECT id, role, name FROM recon_participants').all()).toEqual([
      { id: 7, role: 'debtor', name: '张某某' },
    ]);
    db.prepare(
      "INSERT INTO recon_participants (session_id, role, name, position) VALUES (3, 'interested', '陈某', 2)",
    ).run();
    // the old whole-side position stands for the side
    const before = loadRecords(db as never, 3).get('payment:p1')!;
    expect(before.positions.debtor).toMatchObject({ participantId: null, claim: { date: '2020-04-01' } });
    // a 利害关系人's position needs the person; positions stay append-only
    expect(() =>
      db
        .prepare(
          "INSERT INTO recon_positions (session_id, entry_key, side, stance, at, actor) VALUES (3, 'balance', 'interested', 'agree', 't', 'a')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE recon_positions SET stance = 'agree'").run()).toThrow(/append-only/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO recon_positions (session_id, entry_key, side, participant_id, stance, rest, at, actor) VALUES (3, 'balance', 'debtor', 99, 'agree', 1, 't', 'a')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

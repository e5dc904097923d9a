import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

type Db = ReturnType<typeof openDatabase>;

const plan = (db: Db, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');

/** Tables that hold data at version 7, and whose rows must come through the upgrade unchanged. */
const OLD_TABLES = ['cases', 'recon_sessions', 'petition_hearings', 'settlements', 'measures'];

const rows = (db: Db) =>
  Object.fromEntries(OLD_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

const SIGNED = {
  record_kind: 'recon',
  record_id: 1,
  signer_key: 'debtor:1',
  outcome: 'signed',
  reason: null as string | null,
  strokes_json: '[[[0,0],[1,1]]]' as string | null,
  png: PNG as Buffer | string | null,
};
const REFUSED = {
  ...SIGNED,
  signer_key: 'creditor:1',
  outcome: 'refused',
  reason: '拒绝签字',
  strokes_json: null,
  png: null,
};

const sign = (db: Db, row: Partial<typeof SIGNED> = {}) =>
  db
    .prepare(
      `INSERT INTO signatures (record_kind, record_id, signer_key, role, name, outcome, reason, strokes_json, png, at, actor)
       VALUES (@record_kind, @record_id, @signer_key, 'debtor', '李某', @outcome, @reason, @strokes_json, @png, 't', 'a')`,
    )
    .run({ ...SIGNED, ...row });

const lock = (db: Db, kind: string, id: number) =>
  db
    .prepare("INSERT INTO record_locks (record_kind, record_id, locked_at, actor) VALUES (?, ?, 't', 'a')")
    .run(kind, id);

const triggers = (db: Db) =>
  db.prepare("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as {
    name: string;
    tbl_name: string;
  }[];

const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('migration 008 (signatures and record locks)', () => {
  /**
   * A version-7 file with a case, two reconciliation sessions (1, 2), a hearing (1) and a settlement (1),
   * closed and reopened at version 8: the real upgrade path.
   */
  const upgraded = () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const v7 = openDatabase(file, { migrateTo: 7 });
    v7.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)签1号', 't', 't')",
    ).run();
    v7.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (2, '(2026)签2号', 't', 't')",
    ).run();
    const session = v7.prepare(
      "INSERT INTO recon_sessions (id, case_id, state, created_at, updated_at) VALUES (?, ?, 'DRAFT', 't', 't')",
    );
    session.run(1, 1);
    session.run(2, 2);
    v7.prepare(
      "INSERT INTO petition_hearings (id, case_id, type, created_at, updated_at) VALUES (1, 1, '执行听证', 't', 't')",
    ).run();
    v7.prepare(
      `INSERT INTO settlements (id, case_id, status, ack_as_of, principal_fen, fee_fen, interest_fen, delay_fen, waived_fen,
         clauses_json, created_at, updated_at) VALUES (1, 1, 'draft', '2026-01-05', 100, 0, 0, 0, 0, '{}', 't', 't')`,
    ).run();
    v7.prepare(
      "INSERT INTO measures (case_id, kind, object, start_date, term_months, created_at, updated_at) VALUES (1, 'depositFreeze', '账户', '2026-01-05', 12, 't', 't')",
    ).run();
    expect(v7.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'signatures'").pluck().get()).toBe(0);
    const before = rows(v7);
    const triggersBefore = triggers(v7).map((t) => t.name);
    v7.close();
    return { db: openDatabase(file, { migrateTo: 8 }), before, triggersBefore };
  };

  it('upgrades a version-7 file in place: two STRICT tables, three triggers, every existing row unchanged', () => {
    const { db, before, triggersBefore } = upgraded();
    expect(schemaVersion(db)).toBe(8);
    expect(
      db
        .prepare(
          "SELECT name FROM pragma_table_list WHERE name IN ('signatures', 'record_locks') AND strict = 1 ORDER BY name",
        )
        .pluck()
        .all(),
    ).toEqual(['record_locks', 'signatures']);
    expect(triggers(db).filter((t) => !triggersBefore.includes(t.name))).toEqual([
      { name: 'recon_sessions_signatures_gone', tbl_name: 'recon_sessions' },
      { name: 'record_locks_no_update', tbl_name: 'record_locks' },
      { name: 'signatures_no_update', tbl_name: 'signatures' },
    ]);
    expect(rows(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('signatures: a signature has a picture and strokes, a refusal a reason, and each record kind is known', () => {
    const { db } = upgraded();
    sign(db);
    sign(db, REFUSED);
    const refused = (row: Partial<typeof SIGNED>) => () => sign(db, { signer_key: 'judge:1', ...row });
    const EITHER_OR = /CHECK constraint failed: \(outcome = 'signed' AND png IS NOT NULL/;
    expect(refused({ png: null })).toThrow(EITHER_OR);
    expect(refused({ strokes_json: null })).toThrow(EITHER_OR);
    expect(refused({ reason: '补签' })).toThrow(EITHER_OR);
    expect(refused({ ...REFUSED, signer_key: 'judge:1', reason: null })).toThrow(EITHER_OR);
    expect(refused({ ...REFUSED, signer_key: 'judge:1', png: PNG })).toThrow(EITHER_OR);
    expect(refused({ record_kind: 'contract' })).toThrow(/CHECK constraint failed: record_kind IN/);
    expect(refused({ outcome: 'absent' })).toThrow(/CHECK constraint failed: outcome IN/);
    expect(refused({ signer_key: '' })).toThrow(/CHECK constraint failed: length\(signer_key\)/);
    expect(refused({ signer_key: 'k'.repeat(101) })).toThrow(/CHECK constraint failed: length\(signer_key\)/);
    expect(refused({ strokes_json: '[[0,0]' })).toThrow(
      /CHECK constraint failed: strokes_json IS NULL OR json_valid/,
    );
    expect(refused({ png: 'data:image/png;base64,' })).toThrow(
      /cannot store TEXT value in BLOB column signatures.png/,
    );
    // one row per signer of a record; the same signer may sign another record
    expect(() => sign(db)).toThrow(
      /UNIQUE constraint failed: signatures.record_kind, signatures.record_id, signatures.signer_key/,
    );
    sign(db, { record_id: 2 });
    sign(db, { record_kind: 'hearing' });
    expect(count(db, 'signatures')).toBe(4);
    db.close();
  });

  it('record_locks: one lock per record, of a known kind', () => {
    const { db } = upgraded();
    lock(db, 'recon', 1);
    lock(db, 'hearing', 1);
    expect(() => lock(db, 'recon', 1)).toThrow(
      /UNIQUE constraint failed: record_locks.record_kind, record_locks.record_id/,
    );
    expect(() => lock(db, 'contract', 1)).toThrow(/CHECK constraint failed: record_kind IN/);
    expect(count(db, 'record_locks')).toBe(2);
    db.close();
  });

  it('a signature and a lock are never rewritten', () => {
    const { db } = upgraded();
    sign(db);
    lock(db, 'recon', 1);
    const before = [
      db.prepare('SELECT * FROM signatures').all(),
      db.prepare('SELECT * FROM record_locks').all(),
    ];
    expect(() => db.prepare("UPDATE signatures SET name = '王某'").run()).toThrow(
      /signatures are append-only/,
    );
    expect(() => db.prepare("UPDATE record_locks SET actor = 'b'").run()).toThrow(/a lock is never changed/);
    expect([
      db.prepare('SELECT * FROM signatures').all(),
      db.prepare('SELECT * FROM record_locks').all(),
    ]).toEqual(before);
    db.close();
  });

  it("a reconciliation session takes its own signatures and lock with it, directly or with its case, and no one else's", () => {
    const { db } = upgraded();
    for (const [kind, id] of [
      ['recon', 1],
      ['recon', 2],
      ['hearing', 1],
      ['settlement', 1],
    ] as const) {
      sign(db, { record_kind: kind, record_id: id });
      lock(db, kind, id);
    }
    const left = () => db.prepare('SELECT record_kind, record_id FROM signatures ORDER BY id').raw().all();
    const locks = () =>
      db.prepare('SELECT record_kind, record_id FROM record_locks ORDER BY rowid').raw().all();

    db.prepare('DELETE FROM recon_sessions WHERE id = 1').run();
    expect(left()).toEqual([
      ['recon', 2],
      ['hearing', 1],
      ['settlement', 1],
    ]);
    expect(locks()).toEqual(left());

    // the trigger also fires when the session goes by ON DELETE CASCADE from its case
    db.prepare('DELETE FROM cases WHERE id = 2').run();
    // at version 8 the hearing's and settlement's rows stay (migrations 010 and 011 add their clean-up)
    expect(left()).toEqual([
      ['hearing', 1],
      ['settlement', 1],
    ]);
    expect(locks()).toEqual(left());
    db.close();
  });

  it('the UNIQUE and PRIMARY KEY indexes serve the per-record reads and the clean-up', () => {
    const { db } = upgraded();
    const BY_RECORD = "record_kind = 'recon' AND record_id = 1";
    const USES = (index: string) => `${index} (record_kind=? AND record_id=?)`;
    // signatures/store.ts listSignatures and countSignatures
    expect(plan(db, `SELECT * FROM signatures WHERE ${BY_RECORD} ORDER BY id`)).toContain(
      `SEARCH signatures USING INDEX ${USES('sqlite_autoindex_signatures_1')}`,
    );
    expect(plan(db, `SELECT count(*) FROM signatures WHERE ${BY_RECORD}`)).toContain(
      `USING COVERING INDEX ${USES('sqlite_autoindex_signatures_1')}`,
    );
    // signatures/store.ts getLock
    expect(plan(db, `SELECT * FROM record_locks WHERE ${BY_RECORD}`)).toContain(
      `SEARCH record_locks USING INDEX ${USES('sqlite_autoindex_record_locks_1')}`,
    );
    // the statements of recon_sessions_signatures_gone
    expect(plan(db, `DELETE FROM signatures WHERE ${BY_RECORD}`)).toContain(
      `SEARCH signatures USING INDEX ${USES('sqlite_autoindex_signatures_1')}`,
    );
    expect(plan(db, `DELETE FROM record_locks WHERE ${BY_RECORD}`)).toContain(
      `SEARCH record_locks USING INDEX ${USES('sqlite_autoindex_record_locks_1')}`,
    );
    db.close();
  });
});

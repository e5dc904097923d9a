import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../core/platform/db/migrations';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

/**
 * The whole schema a fresh database gets from every migration, compared with the committed
 * test/platform/db/schema/schema.sql. A migration that changes the schema changes that file too, so the
 * review of the migration shows, as a plain diff, what it does to every database.
 */
const SNAPSHOT = path.join(import.meta.dirname, 'schema', 'schema.sql');
const UPDATE = 'UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/platform/db/schema.test.ts';

type Entry = { type: string; name: string; tbl_name: string; sql: string | null };

/**
 * Each line trimmed, runs of blanks made one space, empty lines dropped; the lines after the first indented
 * by two, except a closing parenthesis.
 */
function normaliseSql(sql: string): string {
  return sql
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '')
    .map((line, i) => (i === 0 || line.startsWith(')') ? line : `  ${line}`))
    .join('\n');
}

/** user_version and sqlite_master as text, one block per table: the table, then its indexes, then its triggers. */
function dumpSchema(db: ReturnType<typeof openDatabase>): string {
  const entries = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
       ORDER BY tbl_name, CASE type WHEN 'table' THEN 0 WHEN 'view' THEN 1 WHEN 'index' THEN 2 ELSE 3 END, name`,
    )
    .all() as Entry[];
  const lines = [
    '-- The schema after every migration (sqlite_master, whitespace normalised), checked by',
    '-- test/platform/db/schema.test.ts. Do not edit by hand; after adding a migration, regenerate with',
    `--   ${UPDATE}`,
    '-- and commit the diff together with the migration.',
    '',
    `PRAGMA user_version = ${String(db.pragma('user_version', { simple: true }))};`,
  ];
  let table = '';
  for (const e of entries) {
    if (e.tbl_name !== table) {
      table = e.tbl_name;
      lines.push('');
    }
    const on = e.type === 'table' ? '' : ` ON ${e.tbl_name}`;
    if (e.sql === null) lines.push(`-- ${e.type} ${e.name}${on}: automatic (from a UNIQUE or PRIMARY KEY)`);
    else lines.push(`-- ${e.type} ${e.name}${on}`, `${normaliseSql(e.sql)};`);
  }
  return `${lines.join('\n')}\n`;
}

const fresh = () => openDatabase(path.join(tempDir(), 'db.sqlite'));

describe('schema snapshot', () => {
  it('every migration applied to a fresh database gives exactly the committed schema.sql', () => {
    const db = fresh();
    const actual = dumpSchema(db);
    db.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) {
      fs.mkdirSync(path.dirname(SNAPSHOT), { recursive: true });
      fs.writeFileSync(SNAPSHOT, actual);
    }
    expect(fs.existsSync(SNAPSHOT), `${SNAPSHOT} is missing. Create it with:\n  ${UPDATE}`).toBe(true);
    const committed = fs.readFileSync(SNAPSHOT, 'utf8').replace(/\r\n?/g, '\n');
    expect(
      actual,
      `The schema differs from test/platform/db/schema/schema.sql (diff below: - committed, + now).\n` +
        `If a new migration meant this change, regenerate the file with\n  ${UPDATE}\n` +
        `and commit it with the migration. If not, something changed the schema by accident.`,
    ).toBe(committed);
  });

  it('records the latest version', () => {
    const db = fresh();
    expect(dumpSchema(db)).toContain(`\nPRAGMA user_version = ${LATEST_VERSION};\n`);
    db.close();
  });

  it('a database upgraded from any earlier version ends with the same schema as a fresh one', () => {
    const db = fresh();
    const expected = dumpSchema(db);
    db.close();
    for (let from = 1; from < LATEST_VERSION; from += 1) {
      const file = path.join(tempDir(), `from-${from}.sqlite`);
      openDatabase(file, { migrateTo: from }).close();
      const upgraded = openDatabase(file);
      expect(dumpSchema(upgraded), `upgraded from version ${from}`).toBe(expected);
      upgraded.close();
    }
  });

  it('normalises whitespace only', () => {
    expect(normaliseSql('CREATE TABLE t (\r\n\t a  INTEGER,\n\n    b TEXT   NOT NULL\n) STRICT')).toBe(
      'CREATE TABLE t (\n  a INTEGER,\n  b TEXT NOT NULL\n) STRICT',
    );
  });
});

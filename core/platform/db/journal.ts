import { createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { stmt, type ReadDb, type WriteDb } from './handle';
import { JOURNALED } from './journal-tables';

/**
 * The row journal: SQLite triggers on every journaled table (journal-tables.ts) write each insert (the
 * whole row), update (the columns that changed) and delete into `row_journal`, whoever makes the
 * change. When one of the app's write transactions commits, the rows it produced are sealed: each gets
 * an HMAC over the previous seal and its own content, keyed with the workstation's secret (seal-key.ts).
 * A change made outside the app (a database browser) is therefore either journaled without a seal, or,
 * with the triggers dropped, not journaled at all; both are found by replaying the sealed journal and
 * comparing it with the rows (journal-verify.ts).
 */

export const JOURNAL_TABLE = 'row_journal';
const PREFIX = 'hdj_';

export type Column = { name: string; type: string };
export type TableShape = { table: string; columns: Column[]; pk: string[] };

export type JournalRow = {
  seq: number;
  tbl: string;
  row_key: string;
  op: 'insert' | 'update' | 'delete' | 'shape';
  row_json: string | null;
  mac: string | null;
};

/** What a `shape` row holds: the journaled columns from then on; reset: the rows that follow replace the table's. */
export type ShapeImage = { columns: string[]; reset: boolean };

const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string) => `'${text.replaceAll("'", "''")}'`;

export function hasJournal(db: ReadDb): boolean {
  return (
    stmt(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(JOURNAL_TABLE) !== undefined
  );
}

export function tableShape(db: ReadDb, table: string): TableShape | null {
  const info = db.prepare(`PRAGMA table_info(${quoteId(table)})`).all() as {
    name: string;
    type: string;
    pk: number;
  }[];
  if (info.length === 0) return null;
  const only = JOURNALED[table]?.columns;
  const columns = info
    .filter((c) => !only || only.includes(c.name))
    .map((c) => ({ name: c.name, type: c.type.toUpperCase() }));
  const pk = info
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name);
  return { table, columns, pk };
}

/** The key a row is named by: its primary key (rowid only for a table without one). */
export function keyExpr(shape: TableShape, prefix: string): string {
  if (shape.pk.length === 0) return `CAST(${prefix}rowid AS TEXT)`;
  if (shape.pk.length === 1) return `CAST(${prefix}${quoteId(shape.pk[0]!)} AS TEXT)`;
  return `json_array(${shape.pk.map((c) => `${prefix}${quoteId(c)}`).join(', ')})`;
}

/** JSON holds no BLOB: bytes are journaled (and compared) as hex. */
function valueExpr(col: Column, prefix: string): string {
  const ref = `${prefix}${quoteId(col.name)}`;
  if (['INTEGER', 'INT', 'TEXT', 'REAL'].includes(col.type)) return ref;
  if (col.type === 'BLOB') return `hex(${ref})`;
  return `CASE WHEN typeof(${ref}) = 'blob' THEN hex(${ref}) ELSE ${ref} END`;
}

/** The whole row as a JSON object, the same expression in the triggers and in the verification. */
export function imageExpr(shape: TableShape, prefix: string): string {
  return `json_object(${shape.columns.map((c) => `${quoteText(c.name)}, ${valueExpr(c, prefix)}`).join(', ')})`;
}

function deltaExpr(shape: TableShape): string {
  const parts = shape.columns.map(
    (c) =>
      `SELECT ${quoteText(c.name)} AS k, json_quote(${valueExpr(c, 'NEW.')}) AS v WHERE NEW.${quoteId(c.name)} IS NOT OLD.${quoteId(c.name)}`,
  );
  return `(SELECT json_group_object(k, json(v)) FROM (${parts.join(' UNION ALL ')}))`;
}

function insertInto(values: string): string {
  return `INSERT INTO ${JOURNAL_TABLE} (tbl, row_key, op, row_json) ${values};`;
}

export function triggerSql(shape: TableShape): Record<string, string> {
  const t = quoteId(shape.table);
  const name = quoteText(shape.table);
  const oldKey = keyExpr(shape, 'OLD.');
  const newKey = keyExpr(shape, 'NEW.');
  const changed = shape.columns
    .map((c) => `NEW.${quoteId(c.name)} IS NOT OLD.${quoteId(c.name)}`)
    .join(' OR ');
  return {
    [`${PREFIX}${shape.table}_ins`]:
      `CREATE TRIGGER ${quoteId(`${PREFIX}${shape.table}_ins`)} AFTER INSERT ON ${t} BEGIN ` +
      insertInto(`VALUES (${name}, ${newKey}, 'insert', ${imageExpr(shape, 'NEW.')})`) +
      ' END',
    [`${PREFIX}${shape.table}_upd`]:
      `CREATE TRIGGER ${quoteId(`${PREFIX}${shape.table}_upd`)} AFTER UPDATE ON ${t} WHEN ${changed} BEGIN ` +
      insertInto(`SELECT ${name}, ${oldKey}, 'update', ${deltaExpr(shape)} WHERE ${oldKey} IS ${newKey}`) +
      ' ' +
      insertInto(`SELECT ${name}, ${oldKey}, 'delete', NULL WHERE ${oldKey} IS NOT ${newKey}`) +
      ' ' +
      insertInto(
        `SELECT ${name}, ${newKey}, 'insert', ${imageExpr(shape, 'NEW.')} WHERE ${oldKey} IS NOT ${newKey}`,
      ) +
      ' END',
    [`${PREFIX}${shape.table}_del`]:
      `CREATE TRIGGER ${quoteId(`${PREFIX}${shape.table}_del`)} AFTER DELETE ON ${t} BEGIN ` +
      insertInto(`VALUES (${name}, ${oldKey}, 'delete', NULL)`) +
      ' END',
  };
}

/** The latest shape journaled for each table. */
export function latestShapes(db: ReadDb): Map<string, ShapeImage> {
  const out = new Map<string, ShapeImage>();
  for (const row of stmt(
    db,
    `SELECT tbl, row_json FROM ${JOURNAL_TABLE} WHERE op = 'shape' AND mac IS NOT NULL ORDER BY seq`,
  ).all() as { tbl: string; row_json: string }[])
    out.set(row.tbl, JSON.parse(row.row_json) as ShapeImage);
  return out;
}

/**
 * Run by openDatabase after the migrations, inside a write transaction. Puts missing or outdated
 * triggers in place. A table seen for the first time (or rebuilt by a migration of this same start) is
 * taken in whole: a `shape` row with reset, then every row it holds. A table that gained columns gets
 * them journaled for every row. Triggers merely missing, with no migration run, are put back without
 * taking the rows in: whatever was changed meanwhile stays a difference.
 */
export function ensureJournal(db: WriteDb, migrated: boolean): void {
  const shapes = latestShapes(db);
  const triggers = new Map(
    (
      stmt(
        db,
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'hdj\\_%' ESCAPE '\\'",
      ).all() as {
        name: string;
        sql: string;
      }[]
    ).map((t) => [t.name, t.sql]),
  );
  const journal = (tbl: string, key: string, op: string, json: string) =>
    stmt(db, `INSERT INTO ${JOURNAL_TABLE} (tbl, row_key, op, row_json) VALUES (?, ?, ?, ?)`).run(
      tbl,
      key,
      op,
      json,
    );
  for (const table of Object.keys(JOURNALED).sort()) {
    const shape = tableShape(db, table);
    if (!shape) continue;
    const wanted = triggerSql(shape);
    const missing = Object.keys(wanted).some((n) => !triggers.has(n));
    const outdated = Object.entries(wanted).some(([n, sql]) => triggers.get(n) !== sql);
    if (!outdated) continue;
    const columns = shape.columns.map((c) => c.name);
    const known = shapes.get(table);
    const takeWhole = !known || (migrated && missing);
    for (const n of Object.keys(wanted)) db.exec(`DROP TRIGGER IF EXISTS ${quoteId(n)}`);
    if (takeWhole) {
      journal(table, '', 'shape', canonicalJson({ columns, reset: true }));
      db.exec(
        `INSERT INTO ${JOURNAL_TABLE} (tbl, row_key, op, row_json) SELECT ${quoteText(table)}, ${keyExpr(shape, '')}, 'insert', ${imageExpr(shape, '')} FROM ${quoteId(table)}`,
      );
    } else if (canonicalJson(known.columns) !== canonicalJson(columns)) {
      journal(table, '', 'shape', canonicalJson({ columns, reset: false }));
      const added = shape.columns.filter((c) => !known.columns.includes(c.name));
      if (added.length > 0)
        db.exec(
          `INSERT INTO ${JOURNAL_TABLE} (tbl, row_key, op, row_json) SELECT ${quoteText(table)}, ${keyExpr(shape, '')}, 'update', ${imageExpr({ ...shape, columns: added }, '')} FROM ${quoteId(table)}`,
        );
    }
    for (const sql of Object.values(wanted)) db.exec(sql);
  }
}

/** HMAC over the previous seal and the row's fields in a fixed order (a JSON array: unambiguous). */
export function macOf(key: Buffer, prev: string, row: Omit<JournalRow, 'mac'>): string {
  return createHmac('sha256', key)
    .update(prev)
    .update(JSON.stringify([row.seq, row.tbl, row.row_key, row.op, row.row_json]))
    .digest('hex');
}

export const NO_MAC = '0'.repeat(64);

export function journalTail(db: ReadDb): number {
  return (stmt(db, `SELECT coalesce(max(seq), 0) AS n FROM ${JOURNAL_TABLE}`).get() as { n: number }).n;
}

/** The last sealed row at or before seq (the chain continues from it). */
export function lastSeal(db: ReadDb, atOrBefore = Number.MAX_SAFE_INTEGER): { seq: number; mac: string } {
  const row = stmt(
    db,
    `SELECT seq, mac FROM ${JOURNAL_TABLE} WHERE seq <= ? AND mac IS NOT NULL ORDER BY seq DESC LIMIT 1`,
  ).get(atOrBefore) as { seq: number; mac: string } | undefined;
  return row ?? { seq: 0, mac: NO_MAC };
}

/**
 * Seals the rows journaled after `since` (those of the committing transaction). Rows journaled before
 * it without a seal were written outside the app and stay unsealed.
 */
export function sealSince(db: WriteDb, since: number, key: Buffer): number {
  const rows = stmt(
    db,
    `SELECT seq, tbl, row_key, op, row_json FROM ${JOURNAL_TABLE} WHERE seq > ? AND mac IS NULL ORDER BY seq`,
  ).all(since) as Omit<JournalRow, 'mac'>[];
  if (rows.length === 0) return 0;
  let prev = lastSeal(db, since).mac;
  const update = stmt(db, `UPDATE ${JOURNAL_TABLE} SET mac = ? WHERE seq = ?`);
  for (const row of rows) {
    prev = macOf(key, prev, row);
    update.run(prev, row.seq);
  }
  return rows.length;
}

/**
 * A named person has seen a broken chain or data that differs from the log (audit.acknowledge): the
 * journal takes every journaled table as it now is, after a marker, so the check compares from here
 * on. What was found stays in the audit row that records the acknowledgement, and in the journal rows
 * before the marker.
 */
export function rebaseJournal(db: WriteDb): void {
  stmt(db, `INSERT INTO ${JOURNAL_TABLE} (tbl, row_key, op, row_json) VALUES ('', 'ack', 'shape', ?)`).run(
    canonicalJson({ columns: [], reset: true, ack: true }),
  );
  for (const table of Object.keys(JOURNALED).sort()) {
    const shape = tableShape(db, table);
    if (!shape) continue;
    const columns = shape.columns.map((c) => c.name);
    stmt(db, `INSERT INTO ${JOURNAL_TABLE} (tbl, row_key, op, row_json) VALUES (?, '', 'shape', ?)`).run(
      table,
      canonicalJson({ columns, reset: true }),
    );
    db.exec(
      `INSERT INTO ${JOURNAL_TABLE} (tbl, row_key, op, row_json) SELECT ${quoteText(table)}, ${keyExpr(shape, '')}, 'insert', ${imageExpr(shape, '')} FROM ${quoteId(table)}`,
    );
  }
}

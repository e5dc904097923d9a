import fs from 'node:fs';
import { auditTail, getAuditRow } from './audit';
import { stmt, type ReadDb } from './handle';
import { headFileOf, lostHeadFileOf, readHead, type HeadPurpose, type SealedHead } from './head-file';
import {
  hasJournal,
  imageExpr,
  JOURNAL_TABLE,
  keyExpr,
  lastSeal,
  macOf,
  NO_MAC,
  tableShape,
  type JournalRow,
  type ShapeImage,
} from './journal';
import { JOURNALED } from './journal-tables';
import { sealKeyFor } from './seal-key';

/**
 * The data compared with the log. The sealed journal is replayed from its first row into what every
 * journaled table must hold; each table's rows are then read and compared field by field. Also: each
 * seal is recomputed with the workstation key (a row rewritten, removed or reordered breaks the chain),
 * rows journaled but never sealed are named (a change made outside the app while the triggers were in
 * place), and the head file must be reached (a file cut short, or an older copy put in its place).
 */

export type Finding =
  | { kind: 'changed'; table: string; key: string; field: string; logged: unknown; found: unknown }
  | { kind: 'added'; table: string; key: string; found: Record<string, unknown> }
  | { kind: 'removed'; table: string; key: string; logged: Record<string, unknown> }
  | { kind: 'unsealed'; seq: number; table: string; key: string; op: string; image: unknown }
  | { kind: 'forged'; seq: number; table: string; key: string }
  | { kind: 'tableGone'; table: string }
  | { kind: 'notJournaled'; table: string }
  | { kind: 'headMissing' }
  | { kind: 'headForged' }
  | {
      kind: 'behindHead';
      head: Pick<SealedHead, 'journalSeq' | 'auditSeq' | 'auditLast'>;
      found: { journalSeq: number; auditSeq: number };
    };

export type JournalReport = {
  /** false before migration 013: nothing to compare */
  present: boolean;
  ok: boolean;
  journalRows: number;
  tables: number;
  rowsCompared: number;
  /** false when the key is not readable here (CLI beside an Electron install): seals not recomputed */
  sealsChecked: boolean;
  findings: Finding[];
  /** all findings, when more were found than listed */
  findingCount: number;
};

const MAX_FINDINGS = 200;

/** A row as the journal says it is: the insert's JSON text as stored (compared as text first), or merged fields. */
type Image = string | Record<string, unknown>;
type State = { columns: string[]; rows: Map<string, Image> };

const fields = (image: Image): Record<string, unknown> =>
  typeof image === 'string' ? (JSON.parse(image) as Record<string, unknown>) : image;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export type VerifyOptions = {
  /** default: the workstation key of this database file, if readable here */
  key?: Buffer | null;
  /** default: the head file beside the database (and a lost one kept at start); null: none checked */
  heads?: { file: string; purpose: HeadPurpose }[] | null;
};

/** The head files a live database is checked against: its own, and one the app found unreached at start. */
export function liveHeads(dbFile: string): { file: string; purpose: HeadPurpose }[] {
  return [
    { file: headFileOf(dbFile), purpose: 'head' },
    { file: lostHeadFileOf(dbFile), purpose: 'head' },
  ];
}

export function verifyJournal(db: ReadDb, options: VerifyOptions = {}): JournalReport {
  const empty = { journalRows: 0, tables: 0, rowsCompared: 0, findings: [], findingCount: 0 };
  if (!hasJournal(db)) return { present: false, ok: true, sealsChecked: false, ...empty };
  const key = options.key !== undefined ? options.key : db.memory ? null : sealKeyFor(db.name, false);
  const findings: Finding[] = [];
  let count = 0;
  const note = (f: Finding) => {
    count += 1;
    if (findings.length < MAX_FINDINGS) findings.push(f);
  };
  const late: Finding[] = [];

  // 1. Replay the sealed rows, checking each seal.
  const state = new Map<string, State>();
  let prev = NO_MAC;
  let journalRows = 0;
  for (const row of stmt(
    db,
    `SELECT * FROM ${JOURNAL_TABLE} ORDER BY seq`,
  ).iterate() as IterableIterator<JournalRow>) {
    journalRows += 1;
    if (row.mac === null) {
      late.push({
        kind: 'unsealed',
        seq: row.seq,
        table: row.tbl,
        key: row.row_key,
        op: row.op,
        image: row.row_json === null ? null : JSON.parse(row.row_json),
      });
      continue;
    }
    if (key && macOf(key, prev, row) !== row.mac)
      late.push({ kind: 'forged', seq: row.seq, table: row.tbl, key: row.row_key });
    prev = row.mac;
    // An acknowledged break (rebaseJournal): what came before was seen and recorded by a named person.
    if (row.op === 'shape' && row.tbl === '' && row.row_key === 'ack') {
      late.length = 0;
      continue;
    }
    apply(state, row);
  }

  // 2. Compare every journaled table with its replayed state.
  let rowsCompared = 0;
  for (const table of Object.keys(JOURNALED).sort()) {
    const shape = tableShape(db, table);
    const expected = state.get(table);
    if (!shape) {
      if (expected) note({ kind: 'tableGone', table });
      continue;
    }
    if (!expected) {
      note({ kind: 'notJournaled', table });
      continue;
    }
    const seen = new Set<string>();
    const sql = `SELECT ${keyExpr(shape, '')} AS k, ${imageExpr(shape, '')} AS j FROM "${table}"`;
    for (const { k, j } of db.prepare(sql).iterate() as IterableIterator<{ k: string; j: string }>) {
      rowsCompared += 1;
      seen.add(k);
      const image = expected.rows.get(k);
      // The same expression made both texts: equal text is an equal row, with nothing parsed.
      if (image === j) continue;
      const found = JSON.parse(j) as Record<string, unknown>;
      if (image === undefined) {
        note({ kind: 'added', table, key: k, found });
        continue;
      }
      const logged = fields(image);
      for (const field of expected.columns)
        if (!same(logged[field], found[field]))
          note({
            kind: 'changed',
            table,
            key: k,
            field,
            logged: logged[field] ?? null,
            found: found[field] ?? null,
          });
    }
    for (const [k, logged] of expected.rows)
      if (!seen.has(k)) note({ kind: 'removed', table, key: k, logged: fields(logged) });
  }
  for (const f of late) note(f);

  // 3. The head outside the file.
  const heads = options.heads !== undefined ? options.heads : db.memory ? null : liveHeads(db.name);
  // The head file is required unless the app has already set it aside as lost (seal.ts) at an open.
  const present = (heads ?? []).filter((h, i) => i === 0 || fs.existsSync(h.file));
  for (const [i, head] of present.entries()) checkHead(db, key, head, i === 0 && present.length === 1, note);

  return {
    present: true,
    ok: count === 0,
    journalRows,
    tables: state.size,
    rowsCompared,
    sealsChecked: key !== null,
    findings,
    findingCount: count,
  };
}

function apply(state: Map<string, State>, row: JournalRow): void {
  if (row.op === 'shape') {
    const parsed = JSON.parse(row.row_json ?? '{}') as Partial<ShapeImage>;
    const shape = {
      columns: Array.isArray(parsed.columns) ? parsed.columns : [],
      reset: parsed.reset === true,
    };
    const current = state.get(row.tbl);
    if (!current || shape.reset) state.set(row.tbl, { columns: shape.columns, rows: new Map() });
    else {
      current.columns = shape.columns;
      for (const [k, image] of current.rows) {
        const f = { ...fields(image) };
        for (const field of Object.keys(f)) if (!shape.columns.includes(field)) delete f[field];
        current.rows.set(k, f);
      }
    }
    return;
  }
  let table = state.get(row.tbl);
  if (!table) {
    // Rows of a table whose shape was never sealed: kept, so they are compared all the same.
    table = { columns: [], rows: new Map() };
    state.set(row.tbl, table);
  }
  if (row.op === 'delete') table.rows.delete(row.row_key);
  else if (row.op === 'insert') table.rows.set(row.row_key, row.row_json ?? '{}');
  else {
    const before = table.rows.get(row.row_key);
    const delta = JSON.parse(row.row_json ?? '{}') as Record<string, unknown>;
    table.rows.set(row.row_key, { ...(before === undefined ? {} : fields(before)), ...delta });
  }
}

/** Whether the database still reaches a head written earlier (its rows at those numbers, unchanged). */
export function reachesHead(
  db: ReadDb,
  head: Pick<SealedHead, 'journalSeq' | 'journalMac' | 'auditSeq' | 'auditHash'>,
): boolean {
  const journalAt = stmt(db, `SELECT mac FROM ${JOURNAL_TABLE} WHERE seq = ?`).get(head.journalSeq) as
    { mac: string | null } | undefined;
  const auditAt = head.auditSeq === 0 ? undefined : getAuditRow(db, head.auditSeq);
  const journalOk = head.journalSeq === 0 || journalAt?.mac === head.journalMac;
  const auditOk = head.auditSeq === 0 || auditAt?.hash === head.auditHash;
  return journalOk && auditOk;
}

function checkHead(
  db: ReadDb,
  key: Buffer | null,
  where: { file: string; purpose: HeadPurpose },
  required: boolean,
  note: (f: Finding) => void,
): void {
  const read = readHead(where.file, key, where.purpose);
  const seal = lastSeal(db);
  const audit = auditTail(db);
  if (read.state === 'missing' || read.state === 'unreadable') {
    if (required && seal.seq > 0) note({ kind: 'headMissing' });
    return;
  }
  if (read.state === 'forged') {
    note({ kind: 'headForged' });
    return;
  }
  const head = read.head;
  if (!reachesHead(db, head))
    note({
      kind: 'behindHead',
      head: { journalSeq: head.journalSeq, auditSeq: head.auditSeq, auditLast: head.auditLast },
      found: { journalSeq: seal.seq, auditSeq: audit.seq },
    });
}

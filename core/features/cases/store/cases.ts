import type { CaseSummary } from '../model';
import { duplicate } from '../../../platform/api/errors';
import { stmt, type ReadDb, type WriteDb } from '../../../platform/db/handle';
import { likeContains } from '../../../platform/db/like';

export type CaseFields = {
  caseNumber: string;
  title: string;
  court: string;
  judge: string;
  clerk: string;
  asOf: string | null;
};

export type CaseRecord = CaseSummary & { settings: Record<string, unknown> };

type CaseRow = {
  id: number;
  case_number: string;
  title: string;
  court: string;
  judge: string;
  clerk: string;
  as_of: string | null;
  settings_json: string;
  created_at: string;
  updated_at: string;
  party_names_json: string;
};

const SELECT = `
SELECT c.*,
  (SELECT json_group_array(p.name ORDER BY p.position, p.id) FROM parties p WHERE p.case_id = c.id) AS party_names_json
FROM cases c`;

export const caseSql = {
  list: `${SELECT}
WHERE @query = '' OR c.case_number LIKE @pattern ESCAPE '\\'
   OR EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND p.name LIKE @pattern ESCAPE '\\')
ORDER BY c.updated_at DESC, c.id DESC`,
  get: `${SELECT} WHERE c.id = ?`,
  idByNumber: 'SELECT id FROM cases WHERE case_number = ?',
} as const;

function toRecord(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    caseNumber: row.case_number,
    title: row.title,
    court: row.court,
    judge: row.judge,
    clerk: row.clerk,
    asOf: row.as_of,
    partyNames: JSON.parse(row.party_names_json) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    settings: JSON.parse(row.settings_json) as Record<string, unknown>,
  };
}

function toSummary(row: CaseRow): CaseSummary {
  const { settings: _settings, ...summary } = toRecord(row);
  return summary;
}

/** Cases whose number or any party's name contains `query` (literally: % and _ match themselves). */
export function listCases(db: ReadDb, query: string): CaseSummary[] {
  const q = query.trim();
  return (stmt(db, caseSql.list).all({ query: q, pattern: likeContains(q) }) as CaseRow[]).map(toSummary);
}

export function getCase(db: ReadDb, id: number): CaseRecord | undefined {
  const row = stmt(db, caseSql.get).get(id) as CaseRow | undefined;
  return row && toRecord(row);
}

export function findCaseId(db: ReadDb, caseNumber: string): number | undefined {
  return (stmt(db, caseSql.idByNumber).get(caseNumber) as { id: number } | undefined)?.id;
}

function assertNumberFree(db: ReadDb, caseNumber: string, selfId?: number): void {
  const owner = findCaseId(db, caseNumber);
  if (owner !== undefined && owner !== selfId) {
    throw duplicate('cases.caseNumberTaken', { caseNumber }, { caseNumber, id: owner });
  }
}

export function insertCase(
  db: WriteDb,
  fields: CaseFields,
  at: string,
  settings: Record<string, unknown> = {},
): number {
  assertNumberFree(db, fields.caseNumber);
  const result = stmt(
    db,
    `INSERT INTO cases (case_number, title, court, judge, clerk, as_of, settings_json, created_at, updated_at)
     VALUES (@caseNumber, @title, @court, @judge, @clerk, @asOf, @settings, @at, @at)`,
  ).run({ ...fields, settings: JSON.stringify(settings), at });
  return Number(result.lastInsertRowid);
}

export function updateCase(db: WriteDb, id: number, fields: CaseFields, at: string): boolean {
  assertNumberFree(db, fields.caseNumber, id);
  const result = stmt(
    db,
    `UPDATE cases SET case_number = @caseNumber, title = @title, court = @court, judge = @judge,
       clerk = @clerk, as_of = @asOf, updated_at = @at
     WHERE id = @id`,
  ).run({ ...fields, id, at });
  return result.changes === 1;
}

/** A change to anything in the case moves it to the top of the recent list. */
export function touchCase(db: WriteDb, id: number, at: string): void {
  stmt(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(at, id);
}

/** Parties, obligations, payments and excluded intervals go with it (ON DELETE CASCADE). */
export function deleteCase(db: WriteDb, id: number): boolean {
  return stmt(db, 'DELETE FROM cases WHERE id = ?').run(id).changes === 1;
}

/** The engine settings of a case (INTEREST.md §5 keys; absent keys take their defaults). */
export function updateCaseSettings(
  db: WriteDb,
  id: number,
  settings: Record<string, unknown>,
  at: string,
): boolean {
  const result = stmt(db, 'UPDATE cases SET settings_json = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify(settings),
    at,
    id,
  );
  return result.changes === 1;
}

export function setCaseAsOf(db: WriteDb, id: number, asOf: string | null): boolean {
  return stmt(db, 'UPDATE cases SET as_of = ? WHERE id = ?').run(asOf, id).changes === 1;
}

import { duplicate } from '../api/errors';
import { stmt, type ReadDb } from './handle';

/**
 * Ledger codes ("P", "F", "p1") identify obligations and payments together within one case, as in
 * the ledger file; SQL UNIQUE cannot span the two tables, so every insert and update asks here.
 */
export type CodeOwner = { table: 'obligations' | 'payments'; id: number };

const CODES_SQL = `
SELECT 'obligations' AS owner, id, code FROM obligations WHERE case_id = @caseId
UNION ALL
SELECT 'payments' AS owner, id, code FROM payments WHERE case_id = @caseId`;

function caseCodes(db: ReadDb, caseId: number): { owner: string; id: number; code: string }[] {
  return stmt(db, CODES_SQL).all({ caseId }) as { owner: string; id: number; code: string }[];
}

export function assertCodeFree(db: ReadDb, caseId: number, code: string, self?: CodeOwner): void {
  const taken = stmt(
    db,
    `SELECT 1 FROM obligations WHERE case_id = @caseId AND code = @code AND NOT (@table = 'obligations' AND id = @id)
     UNION ALL
     SELECT 1 FROM payments WHERE case_id = @caseId AND code = @code AND NOT (@table = 'payments' AND id = @id)
     LIMIT 1`,
  ).get({ caseId, code, table: self?.table ?? '', id: self?.id ?? 0 });
  if (taken) throw duplicate('platform.codeTaken', { code }, { code });
}

/** The next `<prefix><n>` above every code of that form in the case: O1, O2 … or p1, p2 … */
export function nextFreeCode(db: ReadDb, caseId: number, prefix: string): string {
  const pattern = new RegExp(`^${prefix}([1-9][0-9]{0,8})$`);
  let highest = 0;
  for (const { code } of caseCodes(db, caseId)) {
    const m = pattern.exec(code);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `${prefix}${highest + 1}`;
}

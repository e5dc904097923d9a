import type { LprAddition } from '../../lib/rates/table';
import type { StoredLprAddition } from './model';
import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';

type Row = {
  id: number;
  effective_from: string;
  one_year: string;
  over_5y: string;
  source: string;
  entered_at: string;
  entered_by: string;
};

export function listLprAdditions(db: ReadDb): StoredLprAddition[] {
  return (
    stmt(db, "SELECT * FROM rate_additions WHERE table_name = 'lpr' ORDER BY effective_from").all() as Row[]
  ).map((r) => ({
    id: r.id,
    from: r.effective_from,
    oneYear: r.one_year,
    over5y: r.over_5y,
    source: r.source,
    enteredAt: r.entered_at,
    enteredBy: r.entered_by,
  }));
}

export function insertLprAddition(db: WriteDb, row: LprAddition & { enteredBy: string }): number {
  const result = stmt(
    db,
    `INSERT INTO rate_additions (table_name, effective_from, one_year, over_5y, source, entered_at, entered_by)
     VALUES ('lpr', @from, @oneYear, @over5y, @source, @enteredAt, @enteredBy)`,
  ).run(row);
  return Number(result.lastInsertRowid);
}

export function deleteLprAddition(db: WriteDb, id: number): boolean {
  return stmt(db, "DELETE FROM rate_additions WHERE id = ? AND table_name = 'lpr'").run(id).changes === 1;
}

export type { StoredLprAddition };

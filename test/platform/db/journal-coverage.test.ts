import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNALED, NOT_JOURNALED } from '../../../core/platform/db/journal-tables';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

/**
 * Every table of the schema is either journaled (its rows compared with the log by audit verify) or
 * left out on purpose with a reason. A table added by a new migration fails here until it is given one
 * line in core/platform/db/journal-tables.ts (see core/platform/db/README.md).
 */
describe('row journal coverage', () => {
  const db = openDatabase(path.join(tempDir(), 'db.sqlite'));
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const triggers = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map(
      (t) => t.name,
    ),
  );
  db.close();

  it('names every table of the schema, once', () => {
    const neither = tables.filter((t) => !(t in JOURNALED) && !(t in NOT_JOURNALED));
    expect(neither, `add each to JOURNALED (or NOT_JOURNALED with a reason) in journal-tables.ts`).toEqual(
      [],
    );
    expect(Object.keys(JOURNALED).filter((t) => t in NOT_JOURNALED)).toEqual([]);
  });

  it('journals only tables that exist, each with its insert, update and delete triggers', () => {
    expect(Object.keys(JOURNALED).filter((t) => !tables.includes(t))).toEqual([]);
    for (const t of Object.keys(JOURNALED))
      for (const op of ['ins', 'upd', 'del'])
        expect(triggers.has(`hdj_${t}_${op}`), `hdj_${t}_${op}`).toBe(true);
  });

  it('gives a reason for every table left out', () => {
    for (const [table, reason] of Object.entries(NOT_JOURNALED))
      expect(reason.length, table).toBeGreaterThan(20);
  });
});

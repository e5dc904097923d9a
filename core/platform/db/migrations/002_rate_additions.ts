import type { Migration } from './types';

/**
 * LPR fixings the user enters after the shipped table ends (the laptop is offline), each with its source.
 * Append-only in practice: a wrong row is superseded by entering the table again, never edited in place.
 */
const SQL = `
CREATE TABLE rate_additions (
  id INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL CHECK (table_name IN ('lpr')),
  effective_from TEXT NOT NULL,
  one_year TEXT NOT NULL,
  over_5y TEXT NOT NULL,
  source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
  entered_at TEXT NOT NULL,
  entered_by TEXT NOT NULL,
  UNIQUE (table_name, effective_from)
) STRICT;
`;

export const migration002: Migration = {
  version: 2,
  name: 'rate_additions',
  up: (db) => {
    db.exec(SQL);
  },
};

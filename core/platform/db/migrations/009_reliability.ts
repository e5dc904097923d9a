import type { Migration } from './types';

/**
 * Indexes for appending at scale (issue 8, item 4). Each insert numbers its row with
 * `max(position) + 1` over its parent; the existing indexes lead with (parent, date), so SQLite read
 * every row of the parent for each insert, and a 100,000-row statement import took quadratic time.
 * With (parent, position) the maximum is one index lookup. Indexes only: no data changes.
 */
const SQL = `
CREATE INDEX idx_payments_case_position ON payments (case_id, position);
CREATE INDEX idx_entry_set_payments_set_position ON entry_set_payments (set_id, position);
`;

export const migration009: Migration = {
  version: 9,
  name: 'reliability_position_indexes',
  up: (db) => db.exec(SQL),
};

import type { Migration } from './types';

/**
 * Settlements signed by hand and carried between courts (issues 5, 7, 9).
 *
 * - origin_court / origin_case_number: a settlement imported from a transfer package was made under the
 *   original court's case; both NULL for settlements made here.
 * - Signatures and locks are generic tables (migration 008) without a foreign key: when a settlement goes
 *   (only an unsigned one can be deleted, but a deleted case takes its settlements with it), its
 *   signatures and lock go too, so a later settlement that reuses the id does not inherit them.
 */
const SQL = `
ALTER TABLE settlements ADD COLUMN origin_court TEXT NULL
  CHECK (origin_court IS NULL OR length(origin_court) <= 200);
ALTER TABLE settlements ADD COLUMN origin_case_number TEXT NULL
  CHECK (origin_case_number IS NULL OR length(origin_case_number) <= 100);

CREATE TRIGGER settlements_signatures_gone AFTER DELETE ON settlements
BEGIN
  DELETE FROM signatures WHERE record_kind = 'settlement' AND record_id = OLD.id;
  DELETE FROM record_locks WHERE record_kind = 'settlement' AND record_id = OLD.id;
END;
`;

export const migration010: Migration = {
  version: 10,
  name: 'settlement signing',
  up: (db) => {
    db.exec(SQL);
  },
};

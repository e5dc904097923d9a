import type { Migration } from './types';

/**
 * Petition hearings signed by hand and carried between courts (issues 5, 6, 9).
 *
 * - origin_court / origin_case_number: a hearing imported from a transfer package was held by the
 *   original court in its case; it is kept as that court's record, read-only here. Both NULL for hearings
 *   held here.
 * - Signatures and locks are generic tables (migration 008) without a foreign key: when a hearing goes
 *   (with its case), its signatures and lock go too, so a later hearing reusing the id inherits nothing.
 */
const SQL = `
ALTER TABLE petition_hearings ADD COLUMN origin_court TEXT NULL
  CHECK (origin_court IS NULL OR length(origin_court) <= 200);
ALTER TABLE petition_hearings ADD COLUMN origin_case_number TEXT NULL
  CHECK (origin_case_number IS NULL OR length(origin_case_number) <= 100);

CREATE TRIGGER petition_hearings_signatures_gone AFTER DELETE ON petition_hearings
BEGIN
  DELETE FROM signatures WHERE record_kind = 'hearing' AND record_id = OLD.id;
  DELETE FROM record_locks WHERE record_kind = 'hearing' AND record_id = OLD.id;
END;
`;

export const migration011: Migration = {
  version: 11,
  name: 'hearing transfer',
  up: (db) => {
    db.exec(SQL);
  },
};

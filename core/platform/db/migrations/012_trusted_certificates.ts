import type { Migration } from './types';

/**
 * The court certificates this desk trusts (issue 14): a signed PDF or a transfer package from another
 * court is accepted only when its signer's certificate is here (or is this desk's own). A row holds the
 * certificate's DER, so what was trusted is kept exactly; the fingerprint is its sha256. How the trust
 * was confirmed (a file handed over, the fingerprint read back over the telephone, a package) and who
 * confirmed it are stored with it and in the audit row; removing trust deletes the row, audited too.
 */
const SQL = `
CREATE TABLE trusted_certificates (
  fingerprint TEXT PRIMARY KEY CHECK (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*'),
  common_name TEXT NOT NULL CHECK (length(common_name) <= 500),
  subject TEXT NOT NULL CHECK (length(subject) <= 2000),
  issuer TEXT NOT NULL CHECK (length(issuer) <= 2000),
  not_before TEXT NOT NULL,
  not_after TEXT NOT NULL,
  der BLOB NOT NULL CHECK (length(der) BETWEEN 100 AND 65536),
  confirmed_by TEXT NOT NULL CHECK (confirmed_by IN ('file', 'fingerprint', 'package')),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  added_at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
`;

export const migration012: Migration = {
  version: 12,
  name: 'trusted certificates',
  up: (db) => {
    db.exec(SQL);
  },
};

/**
 * Which tables the row journal covers (core/platform/db/journal.ts). Every table of the schema is in
 * exactly one of the two lists; test/platform/db/journal-coverage.test.ts fails on a table in neither.
 *
 * To cover a new table, add one line to JOURNALED: `my_table: {},`. Nothing else: the triggers are
 * made from the table's columns when the database opens, and the rows it already holds are taken into
 * the journal at that moment. `columns` narrows what is journaled (for a table whose rows are already
 * sealed by their own hash, such as the audit log).
 */
export type JournalSpec = { columns?: readonly string[] };

export const JOURNALED: Readonly<Record<string, JournalSpec>> = {
  // The audit log carries its own hash over every field: journaling (seq, hash) binds all of it to the
  // keyed chain, so a row rewritten with hashes recomputed is still found.
  audit_log: { columns: ['seq', 'hash'] },
  case_payouts: {},
  case_receipts: {},
  case_transfers: {},
  cases: {},
  distribution_claims: {},
  distribution_plans: {},
  entry_resolutions: {},
  entry_set_payments: {},
  entry_sets: {},
  excluded_intervals: {},
  export_register: {},
  import_batch_payments: {},
  import_batches: {},
  measures: {},
  obligations: {},
  parties: {},
  payments: {},
  petition_attachments: {},
  petition_attendees: {},
  petition_hearings: {},
  petition_item_attachments: {},
  petition_items: {},
  petition_questions: {},
  petition_statements: {},
  petition_opinions: {},
  rate_additions: {},
  recon_entries: {},
  recon_participants: {},
  recon_positions: {},
  recon_sessions: {},
  record_locks: {},
  settlement_items: {},
  settlements: {},
  signatures: {},
  trusted_certificates: {},
};

/** Tables deliberately left out, each with the reason. */
export const NOT_JOURNALED: Readonly<Record<string, string>> = {
  row_journal: 'the journal itself: each row is sealed into the keyed chain when its transaction commits',
  sqlite_sequence: "SQLite's own AUTOINCREMENT counters, not data",
  sqlite_stat1: "SQLite's own planner statistics (ANALYZE), not data",
};

import { migration001 } from './001_initial';
import { migration002 } from './002_rate_additions';
import { migration003 } from './003_imports';
import { migration004 } from './004_reconciliation';
import { migration005 } from './005_settlements';
import { migration006 } from './006_measures';
import { migration007 } from './007_petition_hearings';
import { migration008 } from './008_signatures';
import { migration009 } from './009_reliability';
import { migration010 } from './010_settlement_signing';
import { migration011 } from './011_hearing_transfer';
import { migration012 } from './012_trusted_certificates';
import { migration013 } from './013_row_journal';
import { migration014 } from './014_distribution_rules';
import { migration015 } from './015_measure_queue';
import { migration016 } from './016_recon_persons';
import { migration017 } from './017_import_layouts';
import { migration018 } from './018_hearing_voices';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in order. To add one: write NNN_name.ts exporting migrationNNN and append it here. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
  migration018,
];

// The last one's number, not the count: while a list is being merged a gap must not hide a migration.
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

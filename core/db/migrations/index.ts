import { migration001 } from './001_initial';
import { migration002 } from './002_rate_additions';
import { migration003 } from './003_imports';
import { migration004 } from './004_reconciliation';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in order. To add one: write NNN_name.ts exporting migrationNNN and append it here. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];

// The last one's number, not the count: while a list is being merged a gap must not hide a migration.
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

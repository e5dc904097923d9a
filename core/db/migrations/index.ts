import { migration001 } from './001_initial';
import { migration002 } from './002_rate_additions';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in order. To add one: write NNN_name.ts exporting migrationNNN and append it here. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002];

export const LATEST_VERSION = MIGRATIONS.length;

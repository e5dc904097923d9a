import type { WriteDb } from '../handle';

/** One schema step. `version` is the PRAGMA user_version the database has after `up`. */
export type Migration = {
  version: number;
  name: string;
  up: (db: WriteDb) => void;
};

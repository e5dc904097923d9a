import type { LprAddition } from '../../lib/rates/table';

export type RatesView = {
  version: string;
  benchmark: {
    from: string;
    upto6m: string;
    '6m1y': string;
    '1y3y': string;
    '3y5y': string;
    over5y: string;
  }[];
  lpr: { from: string; oneYear: string; over5y: string; source: string }[];
  additions: StoredLprAddition[];
  sources: { benchmark: string; lpr: string };
};

/** A user-entered LPR fixing as the store maps it: who entered it, when, from which source. */
export type StoredLprAddition = LprAddition & { id: number; enteredBy: string };

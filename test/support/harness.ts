import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openServices, type Services } from '../../core/platform/api/services';
import type { Envelope, ErrorInfo } from '../../core/platform/api/model';
import { fixedClock, tempDir } from './temp';

const opened: Services[] = [];

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

export function start(dataDir = tempDir()): Services {
  const services = openServices({ dataDir, host: 'web', actor: '测试员', now: fixedClock() });
  opened.push(services);
  return services;
}

export function ok<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

export function failed(envelope: Envelope<unknown>): ErrorInfo {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}

const TABLES = ['cases', 'parties', 'obligations', 'payments', 'excluded_intervals', 'audit_log'] as const;
export type RowCounts = Record<(typeof TABLES)[number], number>;

/** Row counts read through a second, independent connection: what is really on disk. */
export function counts(services: Services): RowCounts {
  const db = new Database(services.dbFile, { readonly: true });
  try {
    const out = {} as RowCounts;
    for (const t of TABLES) out[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return out;
  } finally {
    db.close();
  }
}

import { describe, expect, it } from 'vitest';
import { kindOf, METHOD_NAMES } from '../../../core/platform/api/contract';
import { jobPrepare } from '../../../core/platform/api/export-job';
import { handlers } from '../../../core/platform/api/registry';

describe('handler registry', () => {
  it('binds every contract method, and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('declares list/get/info and the ledger computations as reads', () => {
    // A write declared as a read cannot slip through: reads run with PRAGMA query_only, so its first
    // write fails (test/platform/api/transactions.test.ts). Here: the names that must be reads are.
    const reads = METHOD_NAMES.filter((n) => kindOf(n) === 'read');
    expect(reads.filter((n) => n.startsWith('ledger.')).sort()).toEqual([
      'ledger.compute',
      'ledger.export',
      'ledger.scenarios',
    ]);
    for (const name of METHOD_NAMES.filter((n) => /\.(list|get|info)$/.test(n)))
      expect(['read', 'host']).toContain(kindOf(name));
  });

  it('has a job handler exactly for the methods declared as jobs', () => {
    const jobs = METHOD_NAMES.filter((n) => kindOf(n) === 'job').sort();
    expect(jobs).toEqual([
      'documents.agreement',
      'documents.cashReceipt',
      'documents.distribution',
      'documents.receiptsLedger',
      'documents.reconMinutes',
      'documents.statement',
      'documents.statusAccount',
      'hearings.minutes',
    ]);
    for (const name of METHOD_NAMES)
      expect(jobPrepare(handlers[name]) !== undefined).toBe(jobs.includes(name));
  });

  it('leaves to the host layer only the backup methods', () => {
    expect(METHOD_NAMES.filter((n) => kindOf(n) === 'host').sort()).toEqual([
      'backup.create',
      'backup.list',
      'backup.restore',
      'backup.status',
    ]);
  });
});

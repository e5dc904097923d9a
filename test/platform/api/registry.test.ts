import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../core/platform/api/contract';
import { handlers, READ_METHODS } from '../../../core/platform/api/registry';

describe('handler registry', () => {
  it('binds every contract method, and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('marks list/get/info and the ledger computations as reads', () => {
    // A write marked as a read cannot slip through: reads run with PRAGMA query_only, so its first
    // write fails (test/platform/api/transactions.test.ts). Here: the names that must be reads are.
    for (const name of READ_METHODS) expect(METHOD_NAMES).toContain(name);
    expect([...READ_METHODS].filter((n) => n.startsWith('ledger.')).sort()).toEqual([
      'ledger.compute',
      'ledger.export',
      'ledger.scenarios',
    ]);
    for (const name of METHOD_NAMES.filter((n) => /\.(list|get|info)$/.test(n)))
      expect(READ_METHODS.has(name)).toBe(true);
  });
});

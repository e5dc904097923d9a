import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../core/api/contract';
import { handlers, READ_METHODS } from '../../../core/api/handlers/registry';

describe('handler registry', () => {
  it('binds every contract method, and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('marks list/get/info and the ledger computations as reads, and nothing else', () => {
    // settlements.acknowledge/project/track (issue 7) compute from stored data and write nothing
    // measures.expiring, transfer.checklist, transfer.debtors (issue 9) compute from stored data and write nothing
    const READ =
      /\.(list|get|info|compute|export|scenarios|preview|diff|verify|acknowledge|project|track|expiring|checklist|debtors)$/;
    for (const name of READ_METHODS) expect(name).toMatch(READ);
    expect([...READ_METHODS].filter((n) => n.startsWith('ledger.')).sort()).toEqual([
      'ledger.compute',
      'ledger.export',
      'ledger.scenarios',
    ]);
    for (const name of METHOD_NAMES.filter((n) => /\.(list|get|info)$/.test(n)))
      expect(READ_METHODS.has(name)).toBe(true);
  });
});

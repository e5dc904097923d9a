import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../core/api/contract';
import { handlers, READ_METHODS } from '../../../core/api/handlers/registry';

describe('handler registry', () => {
  it('binds every contract method, and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('marks only list/get/info methods as reads', () => {
    for (const name of READ_METHODS) expect(name).toMatch(/\.(list|get|info)$/);
    for (const name of METHOD_NAMES.filter((n) => /\.(list|get|info)$/.test(n))) expect(READ_METHODS.has(name)).toBe(true);
  });
});

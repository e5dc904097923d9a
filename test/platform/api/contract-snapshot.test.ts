import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, kindOf, METHOD_NAMES } from '../../../core/platform/api/contract';

/**
 * The web host's API is used by scripts outside the app: every method's name, kind and accepted input
 * (as JSON Schema) is pinned here. A change shows up as a diff of contract.snapshot.json; write it
 * anew with HD_UPDATE_SNAPSHOT=1 only when the change is meant (and say so to the scripts' owners).
 */
const file = path.join(import.meta.dirname, 'contract.snapshot.json');

function current(): Record<string, { kind: string; input: unknown }> {
  const out: Record<string, { kind: string; input: unknown }> = {};
  for (const name of [...METHOD_NAMES].sort()) {
    out[name] = {
      kind: kindOf(name),
      input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
    };
  }
  return out;
}

describe('the API contract', () => {
  it('accepts exactly the inputs it accepted before, method by method', () => {
    const now = current();
    if (process.env.HD_UPDATE_SNAPSHOT) fs.writeFileSync(file, JSON.stringify(now, null, 1) + '\n');
    const pinned = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof now;
    expect(Object.keys(now)).toEqual(Object.keys(pinned));
    for (const name of Object.keys(pinned)) expect(now[name], name).toEqual(pinned[name]);
  });
});

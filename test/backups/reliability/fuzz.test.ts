import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, METHOD_NAMES, type MethodName } from '../../../core/platform/api/contract';
import { ERROR_CODES } from '../../../core/platform/api/errors';
import { call, openServices, type Services } from '../../../core/platform/api/services';
import { verifyAuditChain } from '../../../core/platform/db/audit';
import type { ReadDb } from '../../../core/platform/db/handle';
import { ok } from '../../support/harness';
import { fixedClock } from '../../support/temp';

/**
 * API fuzzing (issue 8): for every method of the contract, fast-check sends malformed payloads
 * (wrong types, missing and extra fields, huge strings, NaN/Infinity/-0, deep nesting,
 * __proto__/constructor keys, NUL and RTL characters, "1e5" amounts, 2024-02-30 dates) and
 * valid-looking ones built by walking the method's zod schema with values from a seeded database.
 * Every call must return an envelope (never throw, never INTERNAL) and a failed call must commit
 * nothing: PRAGMA data_version, every table's row count and the audit head, read through a second
 * read-only connection, are unchanged. HD_FUZZ_RUNS (default 8) is the number of payloads per method.
 */

const RUNS = Number(process.env.HD_FUZZ_RUNS ?? 8);
// Signing a PDF takes a while: these get a quarter of the runs (at least two).
const HEAVY = new Set<MethodName>(['documents.statement', 'cases.createSample']);

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
};
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

// ---------- nasty values ----------
const HUGE = 'x'.repeat(200_000);
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eabc\u202C',
  '\u200F١٢٣',
  '𠜎𠜱😀',
  "'; DROP TABLE cases; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  HUGE,
  '１２３',
  'null',
  'undefined',
  '__proto__',
];
const NASTY_NUMBERS = [
  0,
  -0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  NaN,
  Infinity,
  -Infinity,
];
const BAD_AMOUNTS = [
  '1e5',
  '-0',
  '12.345',
  '-1.00',
  '0',
  '0.00',
  '1,000.00',
  ' 100 ',
  '+5',
  '.5',
  '5.',
  'NaN',
  'Infinity',
  '１００',
  '99999999999999999999.99',
  '0x10',
];
const GOOD_AMOUNTS = ['100.00', '0.01', '1', '30000', '999999.99'];
const BAD_DATES = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-1-1',
  '20240101',
  '2024-03-01T00:00:00Z',
  '0000-01-01',
  '10000-01-01',
  '２０２４-01-01',
  '',
];
const GOOD_DATES = ['2024-02-29', '2019-08-20', '2020-04-19', '2021-12-31', '2026-01-21'];

function deep(depth: number, leaf: unknown): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i += 1) v = i % 2 === 0 ? { a: v } : [v];
  return v;
}

const pollution = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"caseId": 1, "__proto__": {"polluted": true}}'),
  { toString: 'x', valueOf: 1, hasOwnProperty: 'no' },
);

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...NASTY_STRINGS, ...NASTY_NUMBERS, ...BAD_AMOUNTS, ...BAD_DATES),
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    [],
    {},
    10n,
    new Date(0),
    new Map([[1, 2]]),
    new Uint8Array(3),
  ),
  fc.constant(deep(2000, 1)),
  pollution,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.anything({
    maxDepth: 3,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
);

// ---------- valid-looking values from the seeded database ----------
type Pools = {
  /** existing ids by the key that names them (caseId, sessionId, setId, …); `id` takes any row's */
  ids: Record<string, number[]>;
  codes: string[];
  entryKeys: string[];
  base64: string[];
  ledgerTexts: string[];
};

const DATE_KEYS = new Set(['date', 'from', 'to', 'due', 'until', 'asOf', 'oldBandTo']);

/** Mostly what the schema wants; one time in `noise` something nasty instead. */
function some(noise: number, ...good: unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: noise, arbitrary: fc.constantFrom(...good) },
    { weight: 1, arbitrary: nastyValue },
  );
}

function stringFor(key: string, pools: Pools, noise: number): fc.Arbitrary<unknown> {
  if (DATE_KEYS.has(key))
    return fc.oneof(
      { weight: 3, arbitrary: some(noise, ...GOOD_DATES) },
      { weight: 1, arbitrary: fc.constantFrom(...BAD_DATES) },
    );
  if (key === 'amount')
    return fc.oneof(
      { weight: 3, arbitrary: some(noise, ...GOOD_AMOUNTS) },
      { weight: 1, arbitrary: fc.constantFrom(...BAD_AMOUNTS) },
    );
  if (key === 'code' || key === 'base' || key === 'id')
    return some(noise, ...pools.codes, 'p999', 'bad code!');
  if (key === 'entryKey' || key === 'key') return some(noise, ...pools.entryKeys, 'payment:nope', 'balance');
  if (key === 'base64')
    return some(noise, ...pools.base64, '', 'AAAA', Buffer.from('\u0000\u0001garbage').toString('base64'));
  if (key === 'text') return some(noise, ...pools.ledgerTexts, '{}', '[]', '{"caseNumber":1}', 'not json');
  if (key === 'oneYear' || key === 'over5y')
    return some(noise, '3.45', '4.2', '0', '21', '3.456', '-1', '1e1');
  if (key === 'annual' || key === 'multiplier') return some(noise, '0.06', '1.5', '0', '100', 'x', '-0.1');
  if (key === 'fileName') return some(noise, '对账单.csv', 'a.xlsx', '../../x.csv', 'CON');
  if (key === 'caseNumber') return some(noise, '(2026)示2号', '(2026)模1号', '\u202E号1执)6202(', 'a\u0000b');
  return some(noise, '张某', '某建材有限公司', '备注 note', '\u200F١٢٣ 𠜎', 'a\u0000b', '');
}

function numberFor(key: string, pools: Pools, noise: number): fc.Arbitrary<unknown> {
  if (key === 'cursor')
    return fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom<unknown>(-1, 1.5, NaN, 1_000_001));
  if (key === 'dayBasis') return fc.constantFrom<unknown>(360, 365, 366, 0, '365');
  const ids = pools.ids[key] ?? pools.ids.id!;
  return fc.oneof(
    { weight: noise, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(...NASTY_NUMBERS, 99_999, '1', '1e0', null) },
  );
}

/**
 * A value shaped like the schema wants (required fields always there, optional ones half the time),
 * wrong about one time in `noise` per leaf.
 */
function valueFor(
  schema: z.ZodType,
  key: string,
  pools: Pools,
  noise: number,
  depth = 0,
): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: z.ZodType, k = key) => valueFor(s, k, pools, noise, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inner(v, k)]));
      const required = Object.entries(shape)
        .filter(([, v]) => !['optional', 'default'].includes(defOf(v).type))
        .map(([k]) => k);
      return fc.record(fields, { requiredKeys: required });
    }
    case 'optional':
    case 'default':
      return fc.option(inner(def.innerType!), { nil: undefined, freq: 2 });
    case 'nullable':
      return fc.option(inner(def.innerType!), { nil: null, freq: 3 });
    case 'string':
      return stringFor(key, pools, noise);
    case 'number':
      return numberFor(key, pools, noise);
    case 'boolean':
      return fc.oneof(
        { weight: noise, arbitrary: fc.boolean() },
        { weight: 1, arbitrary: fc.constantFrom<unknown>('true', 1, null) },
      );
    case 'enum':
      return fc.oneof(
        { weight: noise, arbitrary: fc.constantFrom(...Object.values(def.entries ?? {})) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>('bogus', '', 0) },
      );
    case 'literal':
      return fc.oneof(
        { weight: noise, arbitrary: fc.constantFrom(...(def.values ?? [])) },
        { weight: 1, arbitrary: fc.constant<unknown>('bogus') },
      );
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => valueFor(o, key, pools, noise, depth)));
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(inner(def.element!), { maxLength: 3 });
    default:
      return nastyValue;
  }
}

/** A valid-looking object with one field spoiled, one removed, an extra one added, or a __proto__ key. */
function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), nastyValue, fc.constantFrom('spoil', 'remove', 'extra', 'proto', 'constructor'))
    .map(([v, n, nasty, how]) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
      const obj = { ...(v as Record<string, unknown>) };
      const keys = Object.keys(obj);
      const k = keys.length > 0 ? keys[n % keys.length]! : 'x';
      if (how === 'spoil') obj[k] = nasty;
      else if (how === 'remove') delete obj[k];
      else if (how === 'extra') obj[`extra${n % 3}`] = nasty;
      else
        Object.defineProperty(obj, how === 'proto' ? '__proto__' : 'constructor', {
          value: { polluted: true, prototype: { polluted: true } },
          enumerable: true,
          configurable: true,
          writable: true,
        });
      return obj;
    });
}

function payloads(name: MethodName, pools: Pools): fc.Arbitrary<unknown> {
  const schema = contract[name].input as unknown as z.ZodType;
  return fc.oneof(
    { weight: 4, arbitrary: valueFor(schema, '', pools, 30) },
    { weight: 3, arbitrary: mutated(valueFor(schema, '', pools, 30)) },
    { weight: 2, arbitrary: valueFor(schema, '', pools, 2) },
    { weight: 1, arbitrary: nastyValue },
  );
}

// ---------- the database seen from outside ----------
type Snapshot = { version: number; counts: Record<string, number>; head: string };

function snapshot(db: Database.Database, tables: string[]): Snapshot {
  const counts: Record<string, number> = {};
  for (const t of tables)
    counts[t] = (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
  const head =
    (db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined)
      ?.hash ?? '';
  return { version: db.pragma('data_version', { simple: true }) as number, counts, head };
}

describe('API fuzzing: every method, random and malformed payloads', () => {
  let s: Services;
  let reader: Database.Database;
  let tables: string[];
  let pools: Pools;
  let dir: string;
  const figures = new Map<MethodName, { runs: number; ok: number; errors: Record<string, number> }>();

  // One database for the whole file (the harness closes its services after each test).
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-fuzz-'));
    s = openServices({ dataDir: dir, host: 'web', actor: '测试员', now: fixedClock() });
    const sample = ok(call(s, 'cases.createSample', {}));
    const plain = ok(call(s, 'cases.create', { caseNumber: '(2026)模1号', asOf: '2026-01-21' }));
    ok(call(s, 'payments.add', { caseId: plain.id, date: '2024-01-05', amount: '500.00' }));
    ok(call(s, 'excluded.add', { caseId: sample.id, from: '2021-01-01', to: '2021-02-01', reason: '疫情' }));
    const session = ok(call(s, 'recon.create', { caseId: sample.id }));
    ok(call(s, 'recon.addParticipant', { sessionId: session.id, role: 'creditor', name: '某建材有限公司' }));
    ok(call(s, 'recon.addParticipant', { sessionId: session.id, role: 'debtor', name: '张某某' }));
    ok(call(s, 'recon.addParticipant', { sessionId: session.id, role: 'judge', name: '李法官' }));
    ok(call(s, 'recon.start', { sessionId: session.id }));
    const a = ok(call(s, 'entrySets.create', { caseId: sample.id, clerk: '甲' }));
    const b = ok(call(s, 'entrySets.create', { caseId: sample.id, clerk: '乙' }));
    ok(call(s, 'entrySets.addPayment', { setId: a.id, date: '2020-04-19', amount: '30000.00' }));
    ok(call(s, 'entrySets.addPayment', { setId: b.id, date: '2020-04-19', amount: '30001.00' }));
    const csv = Buffer.from(
      '到账日期,金额,付款人,摘要\n2020-04-19,100.00,甲,第一笔\n2020-02-30,1,甲,错\n',
      'utf8',
    ).toString('base64');
    const ledgerText = ok(call(s, 'ledger.export', { caseId: sample.id })).text;
    const view = ok(call(s, 'recon.get', { sessionId: session.id }));
    reader = new Database(s.dbFile, { readonly: true });
    tables = (
      reader
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as { name: string }[]
    ).map((r) => r.name);
    const idsOf = (table: string) =>
      (reader.prepare(`SELECT id FROM "${table}" ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
    const all = tables
      .filter((t) => t !== 'audit_log')
      .flatMap((t) => {
        try {
          return idsOf(t).slice(0, 20);
        } catch {
          return [];
        }
      });
    const sets = idsOf('entry_sets');
    const setPair = [a.id, b.id];
    pools = {
      ids: {
        id: [...new Set(all)],
        caseId: [sample.id, plain.id],
        sessionId: [session.id],
        setId: sets,
        setA: setPair,
        setB: setPair,
        rows: [1, 2, 3],
      },
      codes: [...sample.payments.map((p) => p.code), ...sample.obligations.map((o) => o.code)],
      entryKeys: view.entries.map((e) => e.key),
      base64: [csv],
      ledgerTexts: [
        ledgerText,
        ledgerText.replace(/"caseNumber":\s*"[^"]*"/, '"caseNumber": "\\u0000"'),
        ledgerText.replace(/"amount":\s*"[^"]*"/, '"amount": "1e5"'),
      ],
    };
  });
  afterAll(() => {
    reader?.close();
    s?.close();
    fs.rmSync(dir, { recursive: true, force: true });
    const lines = [...figures].map(
      ([name, f]) => `${name}: ${f.runs} payloads, ${f.ok} ok, errors ${JSON.stringify(f.errors)}`,
    );
    const total = [...figures.values()].reduce((n, f) => n + f.runs, 0);
    console.info(
      `[fuzz] ${total} payloads over ${figures.size} methods (HD_FUZZ_RUNS=${RUNS})\n${lines.join('\n')}`,
    );
  });

  // Deletions last, so the other methods keep finding the seeded rows.
  const order = [...METHOD_NAMES].sort(
    (x, y) => Number(x.endsWith('.delete')) - Number(y.endsWith('.delete')),
  );

  it.each(order)(
    '%s answers every payload with an envelope and commits nothing when it fails',
    (name) => {
      const tally = { runs: 0, ok: 0, errors: {} as Record<string, number> };
      figures.set(name, tally);
      const numRuns = HEAVY.has(name) ? Math.max(2, Math.ceil(RUNS / 4)) : RUNS;
      fc.assert(
        fc.property(payloads(name, pools), (payload) => {
          const before = snapshot(reader, tables);
          let envelope: unknown;
          expect(() => {
            envelope = s.invoke(name, payload);
          }).not.toThrow();
          tally.runs += 1;
          expect(envelope).toBeTypeOf('object');
          const e = envelope as {
            ok: boolean;
            value?: unknown;
            error?: { code: string; message_zh: string; message_en: string };
          };
          expect(typeof e.ok).toBe('boolean');
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          if (e.ok) {
            tally.ok += 1;
            expect(e).toHaveProperty('value');
            return;
          }
          tally.errors[e.error!.code] = (tally.errors[e.error!.code] ?? 0) + 1;
          expect(ERROR_CODES).toContain(e.error!.code);
          expect(e.error!.code, `${name} ${JSON.stringify(e.error)}`).not.toBe('INTERNAL');
          expect(e.error!.message_zh.length).toBeGreaterThan(0);
          expect(e.error!.message_en.length).toBeGreaterThan(0);
          expect(snapshot(reader, tables)).toEqual(before);
        }),
        { numRuns },
      );
    },
    60_000,
  );

  it('leaves an intact database and an unbroken audit chain', () => {
    expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAuditChain(reader as unknown as ReadDb).ok).toBe(true);
    expect(call(s, 'audit.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  });
});

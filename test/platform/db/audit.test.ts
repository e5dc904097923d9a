import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendAudit,
  auditHead,
  GENESIS_HASH,
  listAudit,
  verifyAuditChain,
  type AuditEntry,
} from '../../../core/platform/db/audit';
import { canonicalJson } from '../../../core/platform/db/canonical-json';
import { transaction, type WriteDb } from '../../../core/platform/db/handle';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

const entry = (n: number): AuditEntry => ({
  actor: '刘某',
  at: `2026-01-21T08:00:0${n}.000Z`,
  entity: 'payment',
  entityId: n,
  action: n === 1 ? 'create' : 'update',
  before: n === 1 ? null : { amount: `${n - 1}000.00`, code: `p${n}` },
  after: { code: `p${n}`, amount: `${n}000.00`, nested: { z: 1, a: [{ y: 2, b: 3 }] } },
});

function seeded(count: number): WriteDb {
  const db = openDatabase(path.join(tempDir(), 'audit.sqlite'));
  transaction(db, () => {
    for (let n = 1; n <= count; n += 1) appendAudit(db, entry(n));
  });
  return db;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, drops undefined, adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"x":2,"y":1}]},"b":1}',
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });
});

describe('audit chain', () => {
  it('links every row to the previous hash, starting from 64 zeros', () => {
    const db = seeded(3);
    const rows = listAudit(db);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    expect(rows[0]!.after_json).toBe('{"amount":"1000.00","code":"p1","nested":{"a":[{"b":3,"y":2}],"z":1}}');
    expect(rows[0]!.before_json).toBeNull();
    const { hash: _hash, prev_hash, ...fields } = rows[0]!;
    const expected = createHash('sha256')
      .update(prev_hash + canonicalJson(fields))
      .digest('hex');
    expect(rows[0]!.hash).toBe(expected);
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 3, head: rows[2]!.hash });
    expect(auditHead(db)).toBe(rows[2]!.hash);
    db.close();
  });

  it('reports an empty chain as intact with the genesis head', () => {
    const db = seeded(0);
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 0, head: GENESIS_HASH });
    db.close();
  });

  it('refuses to append outside a transaction', () => {
    const db = seeded(0);
    expect(() => appendAudit(db, entry(1))).toThrow(/inside a write transaction/);
    db.close();
  });

  it('detects an edited row at its seq once the guard trigger is dropped', () => {
    const db = seeded(4);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET after_json = '{"amount":"9999.00"}' WHERE seq = 2`).run();
    const report = verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.firstBadSeq).toBe(2);
    expect(report.head).toBe(listAudit(db)[0]!.hash);
    db.close();
  });

  it('detects a deleted row (the next link no longer matches)', () => {
    const db = seeded(4);
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBadSeq: 4 });
    db.close();
  });

  it('detects a rewritten row whose own hash was recomputed (the link to the next breaks)', () => {
    const db = seeded(3);
    db.exec('DROP TRIGGER audit_log_no_update');
    const row = listAudit(db)[1]!;
    const forged = { ...row, actor: '某人' };
    const { hash: _h, prev_hash, ...fields } = forged;
    const hash = createHash('sha256')
      .update(prev_hash + canonicalJson(fields))
      .digest('hex');
    db.prepare('UPDATE audit_log SET actor = ?, hash = ? WHERE seq = 2').run('某人', hash);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBadSeq: 3 });
    db.close();
  });

  it('rolls back with the transaction it belongs to', () => {
    const db = seeded(1);
    expect(() =>
      transaction(db, () => {
        appendAudit(db, entry(2));
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    expect(listAudit(db)).toHaveLength(1);
    expect(verifyAuditChain(db).ok).toBe(true);
    db.close();
  });
});

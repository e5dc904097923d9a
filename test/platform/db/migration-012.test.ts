import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

describe('migration 012 (trusted certificates)', () => {
  it('adds trusted_certificates keyed by a lower-case sha256, with how trust was confirmed', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 11 });
    expect(migrate(db)).toBeGreaterThanOrEqual(12);
    const insert = db.prepare(
      `INSERT INTO trusted_certificates
         (fingerprint, common_name, subject, issuer, not_before, not_after, der, confirmed_by, added_at, actor)
       VALUES (?, '江苏省江阴市人民法院执行局', 'CN=江苏省江阴市人民法院执行局', 'CN=x', 't', 't', ?, ?, 't', 'a')`,
    );
    insert.run('ab'.repeat(32), Buffer.alloc(300), 'fingerprint');
    expect(db.prepare('SELECT note, confirmed_by FROM trusted_certificates').get()).toEqual({
      note: '',
      confirmed_by: 'fingerprint',
    });
    expect(() => insert.run('AB'.repeat(32), Buffer.alloc(300), 'file')).toThrow(/CHECK/);
    expect(() => insert.run('cd'.repeat(31), Buffer.alloc(300), 'file')).toThrow(/CHECK/);
    expect(() => insert.run('cd'.repeat(32), Buffer.alloc(300), 'phone')).toThrow(/CHECK/);
    expect(() => insert.run('cd'.repeat(32), Buffer.alloc(10), 'file')).toThrow(/CHECK/);
    expect(() => insert.run('ab'.repeat(32), Buffer.alloc(300), 'file')).toThrow(/UNIQUE|PRIMARY/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { counts, failed, ok, start } from '../support/harness';

describe("'audit.verify'", () => {
  it('reports an intact chain with its rows and head', () => {
    const s = start();
    expect(ok(call(s, 'audit.verify', {}))).toMatchObject({ ok: true, rows: 0, head: '0'.repeat(64) });
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)审2号' }));
    ok(call(s, 'parties.add', { caseId: c.id, role: 'applicant', name: '甲' }));
    const v = ok(call(s, 'audit.verify', {}));
    expect(v).toMatchObject({ ok: true, rows: 2 });
    expect(v.head).toMatch(/^[0-9a-f]{64}$/);
    // the case, the party and the two audit rows, compared with the row journal
    // (every journaled table counts, those other features add as well)
    expect(v.message_zh).toBe(
      `审计链完好：共 2 行，链头 ${v.head}；数据与日志一致：${v.data!.tables} 张表、4 行逐字段核对无误`,
    );
    expect(v.data!.tables).toBeGreaterThanOrEqual(32);
    expect(v.data).toMatchObject({ checked: true, ok: true, rowsCompared: 4, findingCount: 0 });
    expect(v.firstBadSeq).toBeUndefined();
  });

  it('names the first bad row of an edited chain in both languages', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)审3号' }));
    ok(call(s, 'parties.add', { caseId: c.id, role: 'applicant', name: '甲' }));
    ok(call(s, 'parties.add', { caseId: c.id, role: 'respondent', name: '乙' }));
    const db = new Database(s.dbFile);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = '某人' WHERE seq = 2").run();
    db.close();
    const v = ok(call(s, 'audit.verify', {}));
    expect(v).toMatchObject({
      ok: false,
      rows: 2,
      firstBadSeq: 2,
      firstBad: { seq: 2, entity: 'party', action: 'create', actor: '某人' },
    });
    expect(v.message_zh).toMatch(/^审计链已断开：第 2 行（当事人 1，新增，2026-01-21T08:00:\d\d\.000Z）/);
    expect(v.message_en).toMatch(/^audit chain broken at row 2 \(party 1, create, /);
  });
});

describe('bugs found by the API fuzzer', () => {
  it('a NUL character in a text field is a validation error, not an INTERNAL one (SQLite length() stops at NUL)', () => {
    const s = start();
    const before = counts(s);
    expect(failed(call(s, 'cases.create', { caseNumber: '\u0000' }))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message_zh: '案号：不能包含空字符（NUL）',
    });
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)零1号' }));
    expect(failed(call(s, 'parties.add', { caseId: c.id, role: 'applicant', name: 'a\u0000' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(failed(call(s, 'cases.update', { id: c.id, caseNumber: '\u0000' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(counts(s)).toEqual({ ...before, cases: 1, audit_log: 1 });
  });

  it('an empty or non-numeric LPR is a format error, not an INTERNAL one', () => {
    const s = start();
    for (const oneYear of ['', 'x', '𝀲', '1e1']) {
      const e = failed(
        call(s, 'rates.addLpr', { from: '2030-01-20', oneYear, over5y: '3.50', source: '人民银行公告' }),
      );
      expect(e.code).toBe('VALIDATION_FAILED');
      expect(e.message_en).toContain('annual percentage');
    }
    expect(
      failed(call(s, 'rates.addLpr', { from: '2030-01-20', oneYear: '25', over5y: '3.50', source: '公告' }))
        .message_en,
    ).toContain('at most 20');
  });
});

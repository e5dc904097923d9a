import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/platform/api/errors';
import {
  getCase,
  insertCase,
  listCases,
  updateCase,
  type CaseFields,
} from '../../../core/features/cases/store/cases';
import { assertCodeFree, nextFreeCode } from '../../../core/platform/db/codes';
import { transaction, type WriteDb } from '../../../core/platform/db/handle';
import { insertObligation, listObligations } from '../../../core/features/cases/store/obligations';
import { openDatabase, openDatabaseReadOnly } from '../../../core/platform/db/open';
import { insertParty } from '../../../core/features/cases/store/parties';
import { insertPayment, listPayments, totalPaidFen } from '../../../core/features/cases/store/payments';
import { tempDir } from '../../support/temp';

const AT = '2026-01-21T08:00:00.000Z';
const fields = (caseNumber: string): CaseFields => ({
  caseNumber,
  title: '',
  court: '',
  judge: '',
  clerk: '',
  asOf: null,
});
const person = (name: string) => ({
  role: 'respondent' as const,
  name,
  idNumber: '',
  phone: '',
  address: '',
  representative: '',
});
const pay = (code: string, date: string, amount: string) => ({ code, date, amount, kind: '划拨', note: '' });

function open(): WriteDb {
  return openDatabase(path.join(tempDir(), 'repo.sqlite'));
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'none';
}

describe('cases repository', () => {
  it('searches case numbers and party names, taking % and _ literally', () => {
    const db = open();
    const a = insertCase(db, fields('(2006)示1084执123号'), AT);
    const b = insertCase(db, fields('(2020)示1084执5号'), '2026-01-22T00:00:00.000Z');
    const c = insertCase(db, fields('100%_案'), '2026-01-23T00:00:00.000Z');
    insertParty(db, a, person('张某某'));
    insertParty(db, b, person('某建材有限公司'));
    insertParty(db, b, person('张三'));
    const ids = (q: string) => listCases(db, q).map((s) => s.id);
    expect(ids('')).toEqual([c, b, a]);
    expect(ids('张')).toEqual([b, a]);
    expect(ids('建材')).toEqual([b]);
    expect(ids('执123')).toEqual([a]);
    expect(ids('%')).toEqual([c]);
    expect(ids('_')).toEqual([c]);
    expect(ids('无此人')).toEqual([]);
    expect(listCases(db, '建材')[0]!.partyNames).toEqual(['某建材有限公司', '张三']);
    db.close();
  });

  it('refuses a duplicate case number, also on update', () => {
    const db = open();
    insertCase(db, fields('(2026)示1号'), AT);
    const second = insertCase(db, fields('(2026)示2号'), AT);
    expect(codeOf(() => insertCase(db, fields('(2026)示1号'), AT))).toBe('DUPLICATE');
    expect(codeOf(() => updateCase(db, second, fields('(2026)示1号'), AT))).toBe('DUPLICATE');
    expect(updateCase(db, second, fields('(2026)示2号'), AT)).toBe(true);
    expect(getCase(db, second)?.settings).toEqual({});
    db.close();
  });
});

describe('codes and money at rest', () => {
  it('treats obligation and payment codes as one namespace per case', () => {
    const db = open();
    const a = insertCase(db, fields('A'), AT);
    const b = insertCase(db, fields('B'), AT);
    insertObligation(db, a, {
      code: 'P',
      kind: 'principal',
      label: '',
      amount: '100.00',
      due: '2020-01-01',
      base: null,
      schedule: null,
      from: null,
      until: null,
      inDelayBase: null,
    });
    insertPayment(db, a, pay('p7', '2020-02-01', '1.00'));
    expect(codeOf(() => insertPayment(db, a, pay('P', '2020-02-01', '1.00')))).toBe('DUPLICATE');
    expect(codeOf(() => assertCodeFree(db, a, 'p7'))).toBe('DUPLICATE');
    expect(codeOf(() => assertCodeFree(db, b, 'p7'))).toBe('none');
    expect(nextFreeCode(db, a, 'p')).toBe('p8');
    expect(nextFreeCode(db, a, 'O')).toBe('O1');
    expect(nextFreeCode(db, b, 'p')).toBe('p1');
    db.close();
  });

  it('stores integer fen and returns two-decimal yuan strings, summing exactly', () => {
    const db = open();
    const id = insertCase(db, fields('M'), AT);
    insertPayment(db, id, pay('p1', '2020-01-01', '0.1'));
    insertPayment(db, id, pay('p2', '2020-01-01', '0.2'));
    insertPayment(db, id, pay('p3', '2019-12-31', '9999999999999.99'));
    const stored = db
      .prepare('SELECT code, amount_fen, typeof(amount_fen) AS t FROM payments ORDER BY id')
      .all();
    expect(stored).toEqual([
      { code: 'p1', amount_fen: 10, t: 'integer' },
      { code: 'p2', amount_fen: 20, t: 'integer' },
      { code: 'p3', amount_fen: 999999999999999, t: 'integer' },
    ]);
    expect(listPayments(db, id).map((p) => [p.code, p.amount])).toEqual([
      ['p3', '9999999999999.99'],
      ['p1', '0.10'],
      ['p2', '0.20'],
    ]);
    expect(totalPaidFen(db, id)).toBe(1000000000000029);
    db.close();
  });

  it('keeps a running interest schedule as JSON and inDelayBase as a boolean', () => {
    const db = open();
    const id = insertCase(db, fields('S'), AT);
    transaction(db, () => {
      insertObligation(db, id, {
        code: 'P',
        kind: 'principal',
        label: '货款',
        amount: '830000.00',
        due: '2006-03-15',
        base: null,
        schedule: null,
        from: null,
        until: null,
        inDelayBase: false,
      });
      insertObligation(db, id, {
        code: 'I',
        kind: 'interestRunning',
        label: '利息',
        amount: null,
        due: null,
        base: 'P',
        schedule: { type: 'fixed', annual: '0.06' },
        from: '2005-06-01',
        until: null,
        inDelayBase: null,
      });
    });
    const [p, i] = listObligations(db, id);
    expect(p).toMatchObject({ code: 'P', amount: '830000.00', inDelayBase: false, position: 1 });
    expect(i).toMatchObject({
      code: 'I',
      amount: null,
      base: 'P',
      schedule: { type: 'fixed', annual: '0.06' },
      position: 2,
    });
    db.close();
  });
});

describe('read-only handle', () => {
  it('reads what the writer committed and cannot write', () => {
    const file = path.join(tempDir(), 'ro.sqlite');
    const db = openDatabase(file);
    insertCase(db, fields('R'), AT);
    const ro = openDatabaseReadOnly(file);
    expect(listCases(ro, '').map((c) => c.caseNumber)).toEqual(['R']);
    expect(() => ro.prepare("UPDATE cases SET title = 'x'").run()).toThrow(/readonly/);
    ro.close();
    db.close();
  });
});

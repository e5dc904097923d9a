import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { verifyAuditChain } from '../../core/platform/db/audit';
import { openDatabaseReadOnly } from '../../core/platform/db/open';
import { counts, failed, ok, start } from '../support/harness';

const CASE = {
  caseNumber: '(2024)示0102执88号',
  title: '借款合同纠纷',
  court: '示例市人民法院',
  judge: '王某',
  clerk: '刘某',
};

describe('a case through the API', () => {
  it('round-trips a case with two parties, an obligation and three payments', () => {
    const s = start();
    const created = ok(call(s, 'cases.create', CASE));
    expect(created).toMatchObject({
      ...CASE,
      asOf: null,
      partyNames: [],
      settings: {},
      createdAt: '2026-01-21T08:00:00.000Z',
    });
    const caseId = created.id;
    ok(
      call(s, 'parties.add', {
        caseId,
        role: 'applicant',
        name: '某银行股份有限公司',
        representative: '赵某',
      }),
    );
    ok(
      call(s, 'parties.add', {
        caseId,
        role: 'respondent',
        name: '张某某',
        idNumber: '230xxxxxxxxxxx1234',
        phone: '139xxxx0000',
      }),
    );
    const principal = ok(
      call(s, 'obligations.add', {
        caseId,
        kind: 'principal',
        label: '借款本金',
        amount: '100000',
        due: '2015-01-10',
      }),
    );
    expect(principal).toMatchObject({
      code: 'O1',
      amount: '100000.00',
      due: '2015-01-10',
      base: null,
      schedule: null,
      position: 1,
    });
    ok(call(s, 'payments.add', { caseId, date: '2015-04-20', amount: '1750.5', kind: '划拨' }));
    ok(call(s, 'payments.add', { caseId, date: '2015-03-01', amount: '20000.00', note: '首笔' }));
    ok(call(s, 'payments.add', { caseId, code: 'x9', date: '2015-04-20', amount: '0.01', kind: '提取' }));

    const detail = ok(call(s, 'cases.get', { id: caseId }));
    expect(detail.partyNames).toEqual(['某银行股份有限公司', '张某某']);
    expect(detail.parties.map((p) => [p.role, p.name, p.idNumber, p.representative])).toEqual([
      ['applicant', '某银行股份有限公司', '', '赵某'],
      ['respondent', '张某某', '230xxxxxxxxxxx1234', ''],
    ]);
    expect(detail.obligations).toEqual([principal]);
    expect(detail.payments.map((p) => [p.code, p.date, p.amount, p.kind, p.note])).toEqual([
      ['p2', '2015-03-01', '20000.00', '自动履行', '首笔'],
      ['p1', '2015-04-20', '1750.50', '划拨', ''],
      ['x9', '2015-04-20', '0.01', '提取', ''],
    ]);
    expect(detail.excluded).toEqual([]);
    expect(counts(s)).toMatchObject({ cases: 1, parties: 2, obligations: 1, payments: 3, audit_log: 7 });
  });

  it('updates, lists newest first, and deletes with its children, auditing each step', () => {
    const s = start();
    const first = ok(call(s, 'cases.create', CASE));
    const second = ok(call(s, 'cases.create', { caseNumber: '(2025)示2号' }));
    ok(call(s, 'payments.add', { caseId: first.id, date: '2020-01-01', amount: '5.00' }));
    expect(ok(call(s, 'cases.list', {})).map((c) => c.id)).toEqual([first.id, second.id]);

    const updated = ok(
      call(s, 'cases.update', { id: second.id, caseNumber: '(2025)示2号', title: '改', asOf: '2026-01-21' }),
    );
    expect(updated).toMatchObject({ title: '改', asOf: '2026-01-21', createdAt: second.createdAt });
    expect(updated.updatedAt > second.updatedAt).toBe(true);

    expect(ok(call(s, 'cases.delete', { id: first.id }))).toEqual({ id: first.id });
    expect(counts(s)).toMatchObject({ cases: 1, payments: 0 });
    expect(failed(call(s, 'cases.get', { id: first.id })).code).toBe('NOT_FOUND');

    const db = openDatabaseReadOnly(s.dbFile);
    const last = db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<
      string,
      string
    >;
    expect(last).toMatchObject({
      entity: 'case',
      entity_id: String(first.id),
      action: 'delete',
      actor: '测试员',
      after_json: null,
    });
    expect(JSON.parse(last.before_json!).payments[0].amount).toBe('5.00');
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, rows: 5 });
    db.close();
  });

  it('finds cases by a party name or part of the case number', () => {
    const s = start();
    const a = ok(call(s, 'cases.create', CASE));
    const b = ok(call(s, 'cases.create', { caseNumber: '(2025)示3号' }));
    ok(call(s, 'parties.add', { caseId: a.id, role: 'respondent', name: '张某某' }));
    ok(call(s, 'parties.add', { caseId: b.id, role: 'respondent', name: '李某' }));
    expect(ok(call(s, 'cases.list', { query: '张某' })).map((c) => c.id)).toEqual([a.id]);
    expect(ok(call(s, 'cases.list', { query: ' 李 ' })).map((c) => c.caseNumber)).toEqual(['(2025)示3号']);
    expect(ok(call(s, 'cases.list', { query: '示' })).map((c) => c.id)).toEqual([b.id, a.id]);
    expect(ok(call(s, 'cases.list', { query: '王五' }))).toEqual([]);
  });

  it('reports unknown ids as NOT_FOUND with the id in the message', () => {
    const s = start();
    expect(failed(call(s, 'cases.get', { id: 42 }))).toEqual({
      code: 'NOT_FOUND',
      message_zh: '未找到该案件（编号 42）',
      message_en: 'case 42 not found',
      details: { entity: 'case', id: 42 },
    });
    expect(
      failed(call(s, 'payments.add', { caseId: 42, date: '2020-01-01', amount: '1.00' })).message_zh,
    ).toBe('未找到该案件（编号 42）');
    expect(failed(call(s, 'payments.delete', { id: 7 })).message_zh).toBe('未找到该付款（编号 7）');
    expect(failed(call(s, 'parties.update', { id: 3, role: 'third', name: '某' })).code).toBe('NOT_FOUND');
    expect(failed(call(s, 'obligations.delete', { id: 3 })).code).toBe('NOT_FOUND');
    expect(failed(call(s, 'excluded.delete', { id: 3 })).message_zh).toBe(
      '未找到该不计迟延利息的期间（编号 3）',
    );
  });

  it('refuses a duplicate case number', () => {
    const s = start();
    ok(call(s, 'cases.create', CASE));
    const before = counts(s);
    const error = failed(call(s, 'cases.create', { caseNumber: `  ${CASE.caseNumber} ` }));
    expect(error.code).toBe('DUPLICATE');
    expect(error.message_zh).toBe(`案号已存在：${CASE.caseNumber}`);
    expect(counts(s)).toEqual(before);
  });

  it('edits and deletes parties', () => {
    const s = start();
    const { id: caseId } = ok(call(s, 'cases.create', CASE));
    const party = ok(call(s, 'parties.add', { caseId, role: 'respondent', name: '张某某' }));
    const edited = ok(
      call(s, 'parties.update', { id: party.id, role: 'third', name: '张某某', address: '某地' }),
    );
    expect(edited).toEqual({ ...party, role: 'third', address: '某地' });
    expect(ok(call(s, 'parties.list', { caseId }))).toEqual([edited]);
    ok(call(s, 'parties.delete', { id: party.id }));
    expect(ok(call(s, 'parties.list', { caseId }))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { counts, failed, ok, start } from '../support/harness';

function setup() {
  const s = start();
  const { id: caseId } = ok(call(s, 'cases.create', { caseNumber: '(2026)示1号' }));
  const principal = ok(
    call(s, 'obligations.add', {
      caseId,
      code: 'P',
      kind: 'principal',
      label: '货款',
      amount: '830000.00',
      due: '2006-03-15',
    }),
  );
  return { s, caseId, principal };
}

const running = (caseId: number, extra: Record<string, unknown> = {}) => ({
  caseId,
  code: 'I',
  kind: 'interestRunning' as const,
  label: '逾期付款利息',
  base: 'P',
  schedule: { type: 'fixed' as const, annual: '0.06' },
  from: '2005-06-01',
  ...extra,
});

describe('obligations', () => {
  it('adds a running interest on a principal and generates free codes', () => {
    const { s, caseId } = setup();
    const interest = ok(call(s, 'obligations.add', running(caseId, { until: '2006-03-15' })));
    expect(interest).toMatchObject({
      code: 'I',
      amount: null,
      due: null,
      base: 'P',
      schedule: { type: 'fixed', annual: '0.06' },
      until: '2006-03-15',
      position: 2,
    });
    ok(call(s, 'payments.add', { caseId, code: 'O7', date: '2020-01-01', amount: '1.00' }));
    const fee = ok(call(s, 'obligations.add', { caseId, kind: 'fee', amount: '12100', due: '2006-03-15' }));
    expect(fee.code).toBe('O8');
    expect(ok(call(s, 'obligations.list', { caseId })).map((o) => o.code)).toEqual(['P', 'I', 'O8']);
  });

  it('refuses a code used by a payment or an obligation of the same case', () => {
    const { s, caseId } = setup();
    ok(call(s, 'payments.add', { caseId, code: 'p3', date: '2020-01-01', amount: '1.00' }));
    const before = counts(s);
    const dup = failed(call(s, 'payments.add', { caseId, code: 'p3', date: '2020-02-01', amount: '2.00' }));
    expect(dup).toMatchObject({ code: 'DUPLICATE', message_zh: '编号 p3 已被使用', details: { code: 'p3' } });
    expect(
      failed(call(s, 'obligations.add', { caseId, code: 'p3', kind: 'fee', amount: '1', due: '2020-01-01' }))
        .code,
    ).toBe('DUPLICATE');
    expect(
      failed(call(s, 'payments.add', { caseId, code: 'P', date: '2020-02-01', amount: '2.00' })).message_zh,
    ).toBe('编号 P 已被使用');
    expect(counts(s)).toEqual(before);
    const other = ok(call(s, 'cases.create', { caseNumber: '(2026)示2号' }));
    expect(
      ok(call(s, 'payments.add', { caseId: other.id, code: 'p3', date: '2020-01-01', amount: '1.00' })).code,
    ).toBe('p3');
  });

  it('checks the kind-specific fields', () => {
    const { s, caseId } = setup();
    expect(failed(call(s, 'obligations.add', { caseId, kind: 'principal', amount: '1.00' })).message_zh).toBe(
      '履行期限届满日：此项必填',
    );
    expect(
      failed(
        call(s, 'obligations.add', { caseId, kind: 'fee', amount: '1.00', due: '2020-01-01', base: 'P' }),
      ).message_zh,
    ).toBe('计息基数：该类型的项目不应填写此项');
    expect(failed(call(s, 'obligations.add', running(caseId, { amount: '5.00' }))).message_zh).toBe(
      '金额：该类型的项目不应填写此项',
    );
    expect(failed(call(s, 'obligations.add', running(caseId, { schedule: null }))).message_zh).toBe(
      '利率：此项必填',
    );
    expect(failed(call(s, 'obligations.add', running(caseId, { inDelayBase: true }))).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(failed(call(s, 'obligations.add', running(caseId, { until: '2005-05-31' }))).message_zh).toBe(
      '截止日：不得早于开始日期',
    );
  });

  it('requires the base to be a plain obligation of the same case', () => {
    const { s, caseId } = setup();
    expect(failed(call(s, 'obligations.add', running(caseId, { base: 'Q' }))).message_zh).toBe(
      '计息基数：本案中没有该编号的项目',
    );
    expect(failed(call(s, 'obligations.add', running(caseId, { base: 'I' }))).message_zh).toBe(
      '计息基数：计息基数不能是本项目自身',
    );
    ok(call(s, 'obligations.add', running(caseId)));
    ok(
      call(s, 'obligations.add', {
        caseId,
        code: 'W',
        kind: 'interestFixed',
        label: '违约金',
        amount: '30000.00',
        due: '2006-03-15',
      }),
    );
    expect(failed(call(s, 'obligations.add', running(caseId, { code: 'I2', base: 'I' }))).message_zh).toBe(
      '计息基数：计息基数不能是利息项目',
    );
    expect(failed(call(s, 'obligations.add', running(caseId, { code: 'I3', base: 'W' }))).message_zh).toBe(
      '计息基数：计息基数不能是利息项目',
    );
    const other = ok(call(s, 'cases.create', { caseNumber: '(2026)示2号' }));
    expect(failed(call(s, 'obligations.add', running(other.id))).message_zh).toBe(
      '计息基数：本案中没有该编号的项目',
    );
  });

  it('will not delete a base in use, nor turn it into an interest', () => {
    const { s, caseId, principal } = setup();
    ok(call(s, 'obligations.add', running(caseId)));
    const before = counts(s);
    const error = failed(call(s, 'obligations.delete', { id: principal.id }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message_zh).toBe('该项目是「逾期付款利息（I）」的计息基数，请先删除或修改该利息项目。');
    const change = failed(
      call(s, 'obligations.update', {
        id: principal.id,
        code: 'P',
        kind: 'interestFixed',
        amount: '1.00',
        due: '2006-03-15',
      }),
    );
    expect(change.code).toBe('CONFLICT');
    expect(counts(s)).toEqual(before);
  });

  it('renames a base together with its interests, in one audited change', () => {
    const { s, caseId, principal } = setup();
    const interest = ok(call(s, 'obligations.add', running(caseId)));
    const auditBefore = counts(s).audit_log;
    const renamed = ok(
      call(s, 'obligations.update', {
        id: principal.id,
        code: 'P1',
        kind: 'principal',
        label: '货款',
        amount: '830000.00',
        due: '2006-03-15',
      }),
    );
    expect(renamed.code).toBe('P1');
    expect(ok(call(s, 'obligations.list', { caseId })).find((o) => o.id === interest.id)?.base).toBe('P1');
    expect(counts(s).audit_log).toBe(auditBefore + 2);
  });

  it('keeps the code when an update leaves it out, and deletes what nothing depends on', () => {
    const { s, caseId } = setup();
    const interest = ok(call(s, 'obligations.add', running(caseId)));
    const { caseId: _c, code: _code, ...fields } = running(caseId);
    const updated = ok(call(s, 'obligations.update', { ...fields, id: interest.id, from: '2005-07-01' }));
    expect(updated).toMatchObject({ code: 'I', from: '2005-07-01' });
    ok(call(s, 'obligations.delete', { id: interest.id }));
    expect(ok(call(s, 'obligations.list', { caseId })).map((o) => o.code)).toEqual(['P']);
  });
});

describe('payments and excluded intervals', () => {
  it('edits a payment keeping its code, and orders by date then entry', () => {
    const { s, caseId } = setup();
    const a = ok(call(s, 'payments.add', { caseId, date: '2020-05-01', amount: '10.00' }));
    const b = ok(call(s, 'payments.add', { caseId, date: '2020-05-01', amount: '20.00' }));
    const edited = ok(
      call(s, 'payments.edit', { id: a.id, date: '2020-06-01', amount: '11.10', kind: '拍卖', note: '改' }),
    );
    expect(edited).toEqual({ ...a, date: '2020-06-01', amount: '11.10', kind: '拍卖', note: '改' });
    expect(
      failed(call(s, 'payments.edit', { id: b.id, code: 'P', date: '2020-05-01', amount: '20.00' })).code,
    ).toBe('DUPLICATE');
    expect(ok(call(s, 'payments.list', { caseId })).map((p) => p.code)).toEqual(['p2', 'p1']);
    ok(call(s, 'payments.delete', { id: b.id }));
    expect(ok(call(s, 'payments.list', { caseId })).map((p) => p.code)).toEqual(['p1']);
  });

  it('adds an excluded interval whose end is not before its start', () => {
    const { s, caseId } = setup();
    const oneDay = ok(
      call(s, 'excluded.add', { caseId, from: '2012-03-01', to: '2012-03-01', reason: '再审中止' }),
    );
    expect(oneDay).toEqual({
      id: oneDay.id,
      caseId,
      from: '2012-03-01',
      to: '2012-03-01',
      reason: '再审中止',
    });
    expect(failed(call(s, 'excluded.add', { caseId, from: '2012-03-01', to: '2012-02-29' })).message_zh).toBe(
      '截止日：不得早于开始日期',
    );
    ok(call(s, 'excluded.delete', { id: oneDay.id }));
    expect(ok(call(s, 'cases.get', { id: caseId })).excluded).toEqual([]);
  });
});

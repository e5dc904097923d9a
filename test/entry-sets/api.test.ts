import { describe, expect, it } from 'vitest';
import { call, type Services } from '../../core/platform/api/services';
import { counts, failed, ok, start } from '../support/harness';
import { utf8 } from '../support/import-files';

function setUp(s: Services) {
  const { id: caseId } = ok(call(s, 'cases.create', { caseNumber: '(2026)核1号' }));
  // One payment already in the case, entered before the double entry: it matches and must survive.
  const kept = ok(call(s, 'payments.add', { caseId, date: '2020-01-15', amount: '10000.00' }));
  ok(call(s, 'payments.add', { caseId, date: '2020-09-09', amount: '1.00' }));
  const a = ok(call(s, 'entrySets.create', { caseId, clerk: '书记员甲' }));
  const b = ok(call(s, 'entrySets.create', { caseId, clerk: '书记员乙', label: '按银行回单' }));
  for (const [date, amount] of [
    ['2020-01-15', '10000.00'],
    ['2020-03-15', '5000.00'],
    ['2020-04-15', '8000.00'],
  ] as const)
    ok(call(s, 'entrySets.addPayment', { setId: a.id, date, amount }));
  const csv =
    '日期,金额,付款人\n2020-01-15,"10,000.00",张三\n2020-05-15,5000,张三\n2020-04-15,800,张三\n2020-08-08,450,张三\n';
  ok(
    call(s, 'entrySets.import', {
      setId: b.id,
      fileName: 'b.csv',
      base64: Buffer.from(utf8(csv)).toString('base64'),
    }),
  );
  return { caseId, kept, a: a.id, b: b.id };
}

describe('entrySets: double independent computation', () => {
  it("lists each clerk's entries and their differences", () => {
    const s = start();
    const { caseId, a, b } = setUp(s);
    expect(
      ok(call(s, 'entrySets.list', { caseId })).map((x) => [x.clerk, x.payments.length, x.total]),
    ).toEqual([
      ['书记员甲', 3, '23000.00'],
      ['书记员乙', 4, '16250.00'],
    ]);
    const d = ok(call(s, 'entrySets.diff', { setA: a, setB: b }));
    expect(d.matched).toHaveLength(1);
    expect(d.differences.map((x) => x.type)).toEqual(['dateDiffers', 'amountDiffers', 'missingInA']);
    expect(d.agreement.ready).toBe(false);
  });

  it('refuses to apply before every difference is resolved, then applies the agreed list in one go', () => {
    const s = start();
    const { caseId, kept, a, b } = setUp(s);
    const before = counts(s);
    const refused = failed(call(s, 'entrySets.apply', { setA: a, setB: b }));
    expect([refused.code, refused.message_zh]).toEqual(['CONFLICT', '还有 3 处差异未处理，不能采用核算结果']);
    expect(counts(s)).toEqual(before);

    const d = ok(call(s, 'entrySets.diff', { setA: a, setB: b }));
    const [date, amount, missing] = d.differences.map((x) => x.key);
    ok(
      call(s, 'entrySets.resolve', {
        setA: a,
        setB: b,
        key: date!,
        choice: 'a',
        reason: '银行回单日期为 3 月 15 日',
      }),
    );
    ok(call(s, 'entrySets.resolve', { setA: a, setB: b, key: amount!, choice: 'b' }));
    // "other" without a reason is refused; a decision can be changed, and the audit log keeps both.
    expect(
      failed(call(s, 'entrySets.resolve', { setA: a, setB: b, key: missing!, choice: 'other', value: null }))
        .code,
    ).toBe('VALIDATION_FAILED');
    ok(call(s, 'entrySets.resolve', { setA: a, setB: b, key: missing!, choice: 'a' }));
    const last = ok(
      call(s, 'entrySets.resolve', {
        setA: a,
        setB: b,
        key: missing!,
        choice: 'other',
        value: { date: '2020-08-08', amount: '500.00', kind: '提取' },
        reason: '提取款回执为 500 元',
      }),
    );
    expect(last.agreement).toMatchObject({ ready: true, unresolved: [] });
    expect(last.resolutions).toHaveLength(3);
    expect(
      failed(call(s, 'entrySets.resolve', { setA: a, setB: b, key: 'kindDiffers:1:2', choice: 'a' })).code,
    ).toBe('CONFLICT');

    const audit = counts(s).audit_log;
    const applied = ok(call(s, 'entrySets.apply', { setA: a, setB: b }));
    expect(applied.kept.map((p) => p.id)).toEqual([kept.id]);
    expect(applied.removed.map((p) => p.amount)).toEqual(['1.00']);
    expect(applied.added.map((p) => [p.code, p.date, p.amount, p.kind])).toEqual([
      ['p3', '2020-03-15', '5000.00', '自动履行'],
      ['p4', '2020-04-15', '800.00', '自动履行'],
      ['p5', '2020-08-08', '500.00', '提取'],
    ]);
    expect(ok(call(s, 'payments.list', { caseId })).map((p) => p.amount)).toEqual([
      '10000.00',
      '5000.00',
      '800.00',
      '500.00',
    ]);
    expect(counts(s).audit_log - audit).toBe(4); // one removal, three additions
  });

  it('checks the pair and the lines', () => {
    const s = start();
    const { a, b } = setUp(s);
    const { id: other } = ok(call(s, 'cases.create', { caseNumber: '(2026)核2号' }));
    const c = ok(call(s, 'entrySets.create', { caseId: other, clerk: '丙' }));
    expect(failed(call(s, 'entrySets.diff', { setA: a, setB: a })).code).toBe('CONFLICT');
    expect(failed(call(s, 'entrySets.diff', { setA: a, setB: c.id })).message_zh).toBe(
      '两份核算清单不属于同一案件',
    );
    expect(failed(call(s, 'entrySets.diff', { setA: a, setB: 999 })).message_zh).toBe(
      '未找到该核算清单（编号 999）',
    );
    expect(
      failed(call(s, 'entrySets.addPayment', { setId: b, date: '2020-02-30', amount: '1.00' })).code,
    ).toBe('VALIDATION_FAILED');
    const set = ok(call(s, 'entrySets.addPayment', { setId: b, date: '2020-02-28', amount: '1.00' }));
    const line = set.payments.find((p) => p.date === '2020-02-28')!;
    expect(ok(call(s, 'entrySets.deletePayment', { id: line.id })).payments).toHaveLength(4);
  });
});

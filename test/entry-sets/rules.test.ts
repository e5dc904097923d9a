import { describe, expect, it } from 'vitest';
import {
  agreedPayments,
  diffEntrySets,
  planApply,
  type EntryLine,
} from '../../core/features/entry-sets/rules';

const line = (
  id: string,
  date: string,
  amount: string,
  kind: EntryLine['kind'] = '自动履行',
  payer = '',
): EntryLine => ({ id, date, amount, kind, payer, note: '' });

// Clerk A and clerk B enter the same statement; every kind of slip is in here once.
const A = [
  line('a1', '2020-01-15', '10000.00'),
  line('a2', '2020-02-15', '10000.00', '自动履行', '张三'),
  line('a3', '2020-03-15', '5000.00'), // B typed 2020-05-15
  line('a4', '2020-04-15', '8000.00'), // B typed 800.00
  line('a5', '2020-06-01', '3000.00', '划拨'), // B says 自动履行
  line('a6', '2020-07-01', '1200.00'), // B left it out
  line('a7', '2020-09-30', '999.00'), // same amount as b8 but far more than a year away
];
const B = [
  line('b1', '2020-02-15', '10000.00', '自动履行', ''),
  line('b2', '2020-01-15', '10000.00'),
  line('b3', '2020-05-15', '5000.00'),
  line('b4', '2020-04-15', '800.00'),
  line('b5', '2020-06-01', '3000.00'),
  line('b6', '2020-08-08', '450.00'), // A left it out
  line('b8', '2022-01-01', '999.00'),
];

describe("double entry: matching two clerks' lists", () => {
  const diff = diffEntrySets(A, B);

  it('matches equal lines whatever their order, and types every difference', () => {
    expect(diff.matched.map((m) => [m.a.id, m.b.id])).toEqual([
      ['a1', 'b2'],
      ['a2', 'b1'],
    ]);
    expect(diff.differences.map((d) => d.key)).toEqual([
      'dateDiffers:a3:b3',
      'amountDiffers:a4:b4',
      'kindDiffers:a5:b5',
      'missingInB:a6:',
      'missingInA::b6',
      'missingInB:a7:',
      'missingInA::b8',
    ]);
    expect(diff.differences[0]).toMatchObject({ type: 'dateDiffers', days: 61 });
    expect(diff.differences[1]).toMatchObject({ type: 'amountDiffers', delta: '-7200.00' });
  });

  it('pairs the nearest date when the same amount appears more than once', () => {
    const d = diffEntrySets(
      [line('a', '2020-03-10', '100.00'), line('c', '2020-03-20', '100.00')],
      [line('b', '2020-03-19', '100.00'), line('e', '2020-03-11', '100.00')],
    );
    expect(d.differences.map((x) => x.key)).toEqual(['dateDiffers:a:e', 'dateDiffers:c:b']);
  });

  it('pairs the nearest amount on the same day', () => {
    const d = diffEntrySets(
      [line('a', '2020-03-10', '100.00'), line('c', '2020-03-10', '900.00')],
      [line('b', '2020-03-10', '910.00'), line('e', '2020-03-10', '101.00')],
    );
    expect(d.differences.map((x) => x.key)).toEqual(['amountDiffers:a:e', 'amountDiffers:c:b']);
  });

  it('is not ready until every difference is resolved; the agreed list follows the choices', () => {
    expect(agreedPayments(diff, [])).toMatchObject({
      ready: false,
      unresolved: diff.differences.map((d) => d.key),
    });
    const agreed = agreedPayments(diff, [
      { key: 'dateDiffers:a3:b3', choice: 'a', reason: '银行回单为 3 月 15 日' },
      { key: 'amountDiffers:a4:b4', choice: 'a', reason: '' },
      { key: 'kindDiffers:a5:b5', choice: 'b', reason: '' },
      { key: 'missingInB:a6:', choice: 'a', reason: '' },
      {
        key: 'missingInA::b6',
        choice: 'other',
        value: { date: '2020-08-08', amount: '500.00', kind: '提取', payer: '', note: '' },
        reason: '提取款回执',
      },
      { key: 'missingInB:a7:', choice: 'b', reason: '' }, // B is right: no such payment
      { key: 'missingInA::b8', choice: 'other', value: null, reason: '重复录入' },
      { key: 'kindDiffers:zz:yy', choice: 'a', reason: '' },
    ]);
    expect(agreed.ready).toBe(true);
    expect(agreed.stale).toEqual(['kindDiffers:zz:yy']);
    expect(agreed.payments.map((p) => [p.date, p.amount, p.kind, p.source])).toEqual([
      ['2020-01-15', '10000.00', '自动履行', 'both'],
      ['2020-02-15', '10000.00', '自动履行', 'both'],
      ['2020-03-15', '5000.00', '自动履行', 'a'],
      ['2020-04-15', '8000.00', '自动履行', 'a'],
      ['2020-06-01', '3000.00', '自动履行', 'b'],
      ['2020-07-01', '1200.00', '自动履行', 'a'],
      ['2020-08-08', '500.00', '提取', 'other'],
    ]);
    expect(agreed.payments[1]!.payer).toBe('张三');
  });

  it('applying keeps payments that already match and replaces the rest', () => {
    const existing = [
      { id: 1, date: '2020-01-15', amount: '10000.00', kind: '自动履行' },
      { id: 2, date: '2020-04-15', amount: '800.00', kind: '自动履行' },
    ];
    const agreed = agreedPayments(
      diffEntrySets(
        [line('a1', '2020-01-15', '10000.00'), line('a2', '2020-04-15', '8000.00')],
        [line('b1', '2020-01-15', '10000.00'), line('b2', '2020-04-15', '8000.00')],
      ),
      [],
    );
    const plan = planApply(existing, agreed.payments);
    expect(plan.keep.map((p) => p.id)).toEqual([1]);
    expect(plan.remove.map((p) => p.id)).toEqual([2]);
    expect(plan.add.map((p) => p.amount)).toEqual(['8000.00']);
  });
});

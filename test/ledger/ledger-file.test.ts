import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../core/features/ledger/ledger-file';

const base = () => ({
  format: 'hearing-desk/ledger@1',
  asOf: '2026-01-21',
  obligations: [{ id: 'P', kind: 'principal', amount: '830000.00', due: '2006-03-15' }],
  payments: [{ id: 'p1', date: '2007-05-10', amount: '50000.00', kind: '自动履行' }],
});

const problems = (input: unknown, asOf?: string) => {
  const r = parseLedger(input, asOf === undefined ? {} : { asOf });
  return r.ok ? [] : r.problems;
};

describe('ledger file validation', () => {
  it('accepts the INTEREST.md §6 example shape', () => {
    const l = {
      ...base(),
      caseNumber: '(2006)黑1084执123号',
      obligations: [
        { id: 'P', kind: 'principal', label: '工程款', amount: '830000.00', due: '2006-03-15' },
        { id: 'F', kind: 'fee', label: '案件受理费', amount: '12100.00', due: '2006-03-15' },
        {
          id: 'I',
          kind: 'interestRunning',
          label: '逾期付款利息',
          base: 'P',
          schedule: { type: 'fixed', annual: '0.06' },
          from: '2005-06-01',
          until: null,
        },
        { id: 'W', kind: 'interestFixed', label: '违约金', amount: '30000.00', due: '2006-03-15' },
      ],
      excluded: [{ from: '2010-01-01', to: '2010-06-30', reason: '再审中止' }],
      settings: { dayBasis: 360, band: 'byDelayLength', agreedOrders: [] },
    };
    expect(parseLedger(l).ok).toBe(true);
  });

  it.each([
    ['wrong format', { format: 'x' }, 'format'],
    [
      'amount with three decimals',
      { payments: [{ id: 'p1', date: '2007-05-10', amount: '1.234' }] },
      'payments[0].amount',
    ],
    [
      'amount as a number',
      { payments: [{ id: 'p1', date: '2007-05-10', amount: 1000 }] },
      'payments[0].amount',
    ],
    [
      'thousands separator',
      { payments: [{ id: 'p1', date: '2007-05-10', amount: '1,000' }] },
      'payments[0].amount',
    ],
    ['zero payment', { payments: [{ id: 'p1', date: '2007-05-10', amount: '0.00' }] }, 'payments[0].amount'],
    ['impossible date', { payments: [{ id: 'p1', date: '2024-02-30', amount: '1.00' }] }, 'payments[0].date'],
    [
      'unknown payment kind',
      { payments: [{ id: 'p1', date: '2024-02-01', amount: '1.00', kind: '现金' }] },
      'payments[0].kind',
    ],
    ['unknown field', { extra: 1 }, ''],
    ['unknown settings key', { settings: { dayBasis: 360, speed: 'fast' } }, 'settings'],
    ['dayBasis as a string', { settings: { dayBasis: '360' } }, 'settings.dayBasis'],
    ['missing payments', { payments: undefined }, 'payments'],
  ])('rejects %s', (_name, patch, path) => {
    const p = problems({ ...base(), ...patch });
    expect(p.length).toBeGreaterThan(0);
    expect(p.map((x) => x.path)).toContain(path);
    expect(p[0]!.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(p[0]!.en.length).toBeGreaterThan(0);
  });

  it('rejects duplicate ids across obligations and payments', () => {
    const p = problems({ ...base(), payments: [{ id: 'P', date: '2007-05-10', amount: '1.00' }] });
    expect(p[0]!.zh).toContain('重复');
  });

  it('rejects an interest whose base refers to nothing or to an interest', () => {
    const running = (baseId: string) => ({
      id: 'I',
      kind: 'interestRunning',
      base: baseId,
      schedule: { type: 'fixed', annual: '0.06' },
      from: '2005-06-01',
    });
    expect(problems({ ...base(), obligations: [...base().obligations, running('X')] })[0]!.zh).toContain(
      '不存在',
    );
    const w = { id: 'W', kind: 'interestFixed', amount: '1.00', due: '2006-03-15' };
    expect(problems({ ...base(), obligations: [...base().obligations, w, running('W')] })[0]!.zh).toContain(
      '本身是利息',
    );
  });

  it('rejects until or to before from, and LPR before 2019-08-19', () => {
    const interest = {
      id: 'I',
      kind: 'interestRunning',
      base: 'P',
      schedule: { type: 'lpr1y' },
      from: '2019-01-01',
      until: '2018-01-01',
    };
    const p = problems({
      ...base(),
      obligations: [...base().obligations, interest],
      excluded: [{ from: '2010-02-01', to: '2010-01-01' }],
    });
    expect(p.map((x) => x.path).sort()).toEqual([
      'excluded[0].to',
      'obligations[1].from',
      'obligations[1].until',
    ]);
  });

  it('needs asOf in the file or on the command line, and a due date after asOf is fine', () => {
    const { asOf: _drop, ...noAsOf } = base();
    expect(problems(noAsOf)[0]!.path).toBe('asOf');
    expect(problems(noAsOf, '2026-01-21')).toEqual([]);
    expect(
      problems({
        ...base(),
        obligations: [{ id: 'P', kind: 'principal', amount: '1.00', due: '2030-01-01' }],
      }),
    ).toEqual([]);
  });
});

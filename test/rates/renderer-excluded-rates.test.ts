import { describe, expect, it } from 'vitest';
import { dayNumberOf, daysInclusive, formatTimestamp } from '../../renderer/ui/lib/dates';
import { lastLprDate, lprDisplayRows } from '../../renderer/features/rates/rates';
import { hrefFor, parseRoute } from '../../renderer/app/route';
import {
  EMPTY_OBLIGATION,
  excludedFields,
  inDelayBaseLabel,
  obligationFields,
  obligationValues,
  OBLIGATION_FIELDS,
} from '../../renderer/features/cases/forms';
import type { Obligation } from '../../core/features/cases/model';

describe('dates for display', () => {
  it('counts an excluded interval with both ends', () => {
    expect(daysInclusive('2020-05-01', '2020-05-31')).toBe(31);
    expect(daysInclusive('2020-05-01', '2020-05-01')).toBe(1);
    expect(daysInclusive('2020-02-01', '2020-03-01')).toBe(30); // leap year
    expect(daysInclusive('2019-12-31', '2020-01-01')).toBe(2);
  });
  it('gives null for a reversed or impossible span', () => {
    expect(daysInclusive('2020-05-31', '2020-05-01')).toBeNull();
    expect(daysInclusive('2021-02-29', '2021-03-01')).toBeNull();
    expect(daysInclusive('2020-5-1', '2020-05-31')).toBeNull();
    expect(dayNumberOf('1970-01-02')).toBe(1);
  });
  it('shows a timestamp as local minutes and leaves junk as is', () => {
    expect(formatTimestamp('2025-10-21T03:04:05.000Z')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(formatTimestamp('yesterday')).toBe('yesterday');
  });
});

describe('rate table rows', () => {
  const view = {
    lpr: [
      { from: '2025-05-20', oneYear: '3.00', over5y: '3.50', source: 'shipped' },
      { from: '2025-10-20', oneYear: '2.80', over5y: '3.30', source: '公告' },
    ],
    additions: [
      {
        id: 1,
        from: '2025-10-20',
        oneYear: '2.80',
        over5y: '3.30',
        source: '公告',
        enteredAt: '2025-10-21T00:00:00.000Z',
        enteredBy: '法官',
      },
    ],
  };
  it('marks the rows the user entered', () => {
    const rows = lprDisplayRows(view);
    expect(rows.map((r) => r.addition?.enteredBy ?? null)).toEqual([null, '法官']);
    expect(lastLprDate(view)).toBe('2025-10-20');
    expect(lastLprDate({ lpr: [] })).toBeNull();
  });
});

describe('routes', () => {
  it('has a rates page', () => {
    expect(parseRoute('#/rates')).toEqual({ name: 'rates' });
    expect(hrefFor({ name: 'rates' })).toBe('#/rates');
    expect(parseRoute(hrefFor({ name: 'case', id: 7 }))).toEqual({ name: 'case', id: 7 });
    expect(hrefFor({ name: 'cases' })).toBe('#/');
  });
});

describe('obligation form: inDelayBase (S7)', () => {
  const principal = { ...EMPTY_OBLIGATION, amount: '100000.00', due: '2020-01-10' };
  it('keeps the default (null) when untouched', () => {
    expect(obligationFields(principal).inDelayBase).toBeNull();
  });
  it('sends the explicit choice for amounts and never for a running interest', () => {
    expect(obligationFields({ ...principal, inDelayBase: 'true' }).inDelayBase).toBe(true);
    expect(obligationFields({ ...principal, inDelayBase: 'false' }).inDelayBase).toBe(false);
    expect(
      obligationFields({ ...principal, kind: 'interestRunning', inDelayBase: 'true' }).inDelayBase,
    ).toBeNull();
  });
  it('round-trips a stored obligation', () => {
    const o: Obligation = {
      id: 1,
      caseId: 1,
      code: 'P',
      kind: 'interestFixed',
      label: '',
      amount: '10.00',
      due: '2020-01-01',
      base: null,
      schedule: null,
      from: null,
      until: null,
      inDelayBase: false,
      position: 0,
    };
    expect(obligationFields(obligationValues(o)).inDelayBase).toBe(false);
    expect(obligationFields(obligationValues({ ...o, inDelayBase: null })).inDelayBase).toBeNull();
  });
  it('shows exactly one inDelayBase select per kind, whose default names the effect', () => {
    const visibleFor = (kind: string) =>
      OBLIGATION_FIELDS.filter((f) => f.name === 'inDelayBase' && (!f.visible || f.visible({ kind })));
    expect(visibleFor('principal')[0]?.options?.[0]?.label).toBe('inDelayBase.defaultTrue');
    expect(visibleFor('fee')).toHaveLength(1);
    expect(visibleFor('interestFixed')[0]?.options?.[0]?.label).toBe('inDelayBase.defaultFalse');
    expect(visibleFor('interestRunning')).toHaveLength(0);
  });
  it('labels the effective setting in the table', () => {
    expect(inDelayBaseLabel({ kind: 'fee', inDelayBase: null })).toBe('inDelayBase.defaultTrue');
    expect(inDelayBaseLabel({ kind: 'interestFixed', inDelayBase: null })).toBe('inDelayBase.defaultFalse');
    expect(inDelayBaseLabel({ kind: 'principal', inDelayBase: false })).toBe('inDelayBase.false');
    expect(inDelayBaseLabel({ kind: 'interestRunning', inDelayBase: null })).toBeNull();
  });
});

describe('excluded interval form', () => {
  it('trims what it sends', () => {
    expect(excludedFields({ from: ' 2020-05-01', to: '2020-05-31 ', reason: ' 中止执行 ' })).toEqual({
      from: '2020-05-01',
      to: '2020-05-31',
      reason: '中止执行',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '../../renderer/app/route';
import {
  emptyItem,
  emptyPlan,
  fromRecord,
  planInput,
  saveInput,
  toItem,
} from '../../renderer/features/settlements/plan-form';

describe('settlement editor state', () => {
  it('routes to the settlement and distribution pages of a case', () => {
    expect(parseRoute('#/case/7/settlement')).toEqual({ name: 'settlement', caseId: 7 });
    expect(parseRoute('#/case/7/distribution')).toEqual({ name: 'distribution', caseId: 7 });
    expect(hrefFor({ name: 'settlement', caseId: 7 })).toBe('#/case/7/settlement');
    expect(hrefFor({ name: 'distribution', caseId: 7 })).toBe('#/case/7/distribution');
    expect(parseRoute('#/case/7/settlement/x')).toEqual({ name: 'cases' });
  });

  it('turns typed instalments into the API item: custom lists split on lines, commas and 、; empty = null', () => {
    const d = { ...emptyItem('instalments'), total: '100.00', count: '3', firstDate: '2026-01-31' };
    expect(toItem(d)).toEqual({
      kind: 'instalments',
      total: '100.00',
      count: 3,
      firstDate: '2026-01-31',
      dates: null,
      amounts: null,
      note: '',
    });
    expect(
      toItem({ ...d, amounts: '30.00\n30.00, 40.00', dates: '2026-02-01、2026-03-01 2026-04-01' }),
    ).toMatchObject({
      amounts: ['30.00', '30.00', '40.00'],
      dates: ['2026-02-01', '2026-03-01', '2026-04-01'],
    });
    // a count that is not a whole number goes to the server as NaN (null in JSON) and is refused there
    expect(Number.isNaN((toItem({ ...d, count: '3.5' }) as { count: number }).count)).toBe(true);
  });

  it('a guarantor only when named; a saved record comes back as the same draft', () => {
    const p = {
      ...emptyPlan('2026-01-05'),
      principal: '100.00',
      items: [{ ...emptyItem('lump'), date: '2026-02-01', amount: '100.00' }],
    };
    expect(planInput(1, p).clauses.guarantor).toBeNull();
    const withG = planInput(1, { ...p, guarantorName: '赵某', guarantorScope: '全部' });
    expect(withG.clauses.guarantor).toEqual({ name: '赵某', idNumber: '', scope: '全部' });
    const input = saveInput(1, { ...p, status: 'concluded', concludedOn: '2026-01-05' });
    expect(input).toMatchObject({ caseId: 1, status: 'concluded', concludedOn: '2026-01-05' });
    expect('id' in input).toBe(false);
    const back = fromRecord({
      id: 9,
      caseId: 1,
      title: '',
      status: 'draft',
      concludedOn: null,
      acknowledged: input.acknowledged as never,
      items: input.items as never,
      clauses: { ...input.clauses, graceDays: 0 } as never,
      origin: null,
      createdAt: 't',
      updatedAt: 't',
    });
    expect(back.id).toBe(9);
    expect(back.items.map(toItem)).toEqual(input.items);
    expect(saveInput(1, back)).toMatchObject({ id: 9, concludedOn: null });
  });
});

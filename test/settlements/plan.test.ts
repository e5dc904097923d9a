import { describe, expect, it } from 'vitest';
import {
  agreedTotal,
  deductionAmounts,
  equalParts,
  monthlyDates,
  project,
} from '../../core/features/settlements';
import { COW_ACK, COW_ITEMS } from '../support/settlement-fixtures';

describe('settlement plan', () => {
  it('agreed total = principal + costs + interest + delay interest − the waived part', () => {
    // 130000 + 2300 + 0 + 12345.67 − 2345.62 = 142300.05
    expect(agreedTotal(COW_ACK).toFixed(2)).toBe('142300.05');
  });

  it('equal parts: the last absorbs the residual fen', () => {
    expect(equalParts('10000.00', 3)).toEqual(['3333.33', '3333.33', '3333.34']);
    expect(equalParts('0.05', 6)).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00', '0.05']);
  });

  it('monthly dates clamp to the month end and return to the 31st', () => {
    expect(monthlyDates('2026-01-31', 4)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(monthlyDates('2027-12-31', 3)).toEqual(['2027-12-31', '2028-01-31', '2028-02-29']);
  });

  it('the cow case: 4 cows offset 55,000.00, the rest 87,300.05 in 6 monthly instalments, to the fen', () => {
    const p = project(COW_ACK, COW_ITEMS);
    expect(p.problems).toEqual([]);
    expect(p.agreedTotal).toBe('142300.05');
    expect(p.gap).toBe('0.00');
    expect(p.balanced).toBe(true);
    // 8,730,005 fen / 6 = 1,455,000 fen each, the last 8,730,005 − 5 × 1,455,000 = 1,455,005 fen
    expect(p.schedule.map((r) => [r.seq, r.date, r.amount, r.cumulative, r.remaining])).toEqual([
      [1, '2026-01-15', '55000.00', '55000.00', '87300.05'],
      [2, '2026-01-31', '14550.00', '69550.00', '72750.05'],
      [3, '2026-02-28', '14550.00', '84100.00', '58200.05'],
      [4, '2026-03-31', '14550.00', '98650.00', '43650.05'],
      [5, '2026-04-30', '14550.00', '113200.00', '29100.05'],
      [6, '2026-05-31', '14550.00', '127750.00', '14550.05'],
      [7, '2026-06-30', '14550.05', '142300.05', '0.00'],
    ]);
    expect(p.schedule[0]!.label.zh).toBe('以物抵债：西门塔尔牛 4 头');
    expect(p.schedule[6]!.label.zh).toBe('分期付款 第 6/6 期');
  });

  it('the pension case: 200,000.00 at 2,000.00 a month from 2026-02-10 is 100 deductions, the last on 2034-05-10', () => {
    const ack = {
      ...COW_ACK,
      asOf: '2026-01-21',
      principal: '200000.00',
      fee: '0',
      delayInterest: '0',
      delayWaived: '0',
    };
    const p = project(ack, [
      {
        kind: 'deduction',
        total: '200000.00',
        perPeriod: '2000.00',
        firstDate: '2026-02-10',
        source: '养老金',
        note: '',
      },
    ]);
    expect(p.schedule).toHaveLength(100);
    expect(p.schedule[0]!.date).toBe('2026-02-10');
    // 99 months after February 2026: May 2034
    expect(p.schedule[99]!.date).toBe('2034-05-10');
    expect(p.schedule[99]!.amount).toBe('2000.00');
    expect(p.schedule[99]!.remaining).toBe('0.00');
    expect(p.schedule[49]!.remaining).toBe('100000.00');
    expect(p.schedule[99]!.label.zh).toBe('从养老金中扣划 第 100/100 次');
    expect(p.balanced).toBe(true);
  });

  it('a deduction that does not divide evenly ends with a partial one', () => {
    expect(deductionAmounts('200500.00', '2000.00')).toHaveLength(101);
    expect(deductionAmounts('200500.00', '2000.00')!.at(-1)).toBe('500.00');
    expect(deductionAmounts('1.00', '0.00')).toBeNull();
  });

  it('shows the gap in fen, positive when not covered and negative when over', () => {
    const under = project(COW_ACK, [COW_ITEMS[0]!]);
    expect(under.gap).toBe('87300.05');
    expect(under.gapFen).toBe(8730005);
    expect(under.balanced).toBe(false);
    const over = project(COW_ACK, [
      ...COW_ITEMS,
      { kind: 'lump', date: '2026-07-01', amount: '0.10', note: '' },
    ]);
    expect(over.gap).toBe('-0.10');
    expect(over.gapFen).toBe(-10);
    expect(over.schedule.at(-1)!.remaining).toBe('-0.10');
  });

  it('a third-party payment that does not reduce the debt is listed but not counted', () => {
    const p = project(COW_ACK, [
      {
        kind: 'thirdParty',
        payer: '买受人王某',
        payee: '某银行',
        amount: '300000.00',
        date: '2026-01-10',
        purpose: '清偿抵押贷款',
        counts: false,
        note: '',
      },
      {
        kind: 'thirdParty',
        payer: '买受人王某',
        payee: '申请执行人',
        amount: '142300.05',
        date: '2026-01-20',
        purpose: '购房款',
        counts: true,
        note: '',
      },
    ]);
    expect(p.schedule.map((r) => [r.amount, r.counts, r.cumulative])).toEqual([
      ['300000.00', false, '0.00'],
      ['142300.05', true, '142300.05'],
    ]);
    expect(p.gap).toBe('0.00');
  });

  it('custom amounts and dates are checked against the count and the total', () => {
    const p = project(COW_ACK, [
      {
        kind: 'instalments',
        total: '100.00',
        count: 2,
        firstDate: '2026-02-01',
        dates: ['2026-03-01', '2026-02-01'],
        amounts: ['60.00', '30.00'],
        note: '',
      },
    ]);
    expect(p.problems.map((x) => x.code)).toEqual(['amountsSum', 'datesOrder']);
    expect(p.problems[0]!.zh).toBe('各期金额合计 90.00 元，与分期总额 100.00 元不符');
  });

  it('flags a waiver above the delay interest and dates before the acknowledgement', () => {
    const p = project({ ...COW_ACK, delayWaived: '20000.00' }, [
      { kind: 'lump', date: '2025-12-31', amount: '1.00', note: '' },
    ]);
    expect(p.problems.map((x) => x.code)).toEqual(['waived', 'beforeAsOf']);
  });
});

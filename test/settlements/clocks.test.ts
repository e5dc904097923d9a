import { describe, expect, it } from 'vitest';
import { planClocks, type PlanClocksInput } from '../../core/features/settlements';

const none: PlanClocksInput = {
  service: [],
  objectionOn: null,
  objectionNoticeOn: null,
  oppositionOn: null,
  oppositionNoticeOn: null,
  suitFiledOn: null,
};
const served = (...days: (string | null)[]): PlanClocksInput['service'] =>
  days.map((servedOn, i) => ({ party: ['被执行人丙', '甲银行', '乙公司'][i]!, servedOn }));

describe('the dates after a distribution plan (第五百零九条、第五百一十条)', () => {
  it('15 days from each receipt, the first day not counted, across month ends and a leap February', () => {
    const c = planClocks(
      { ...none, service: served('2026-01-31', '2026-02-20', '2028-02-20') },
      '2026-02-01',
    );
    // 31 Jan + 15 = 15 Feb; 20 Feb 2026 + 15 = 7 Mar (28-day February); 20 Feb 2028 + 15 = 6 Mar (29 days)
    expect(c.objection.map((d) => d.deadline)).toEqual(['2026-02-15', '2026-03-07', '2028-03-06']);
    expect(c.objectionEnds).toBe('2028-03-06');
    expect(c.stage).toBe('objectionPeriod');
  });

  it('not served on everyone: the period has not started for all, and says who is missing', () => {
    const c = planClocks({ ...none, service: served('2026-03-02', null, '2026-03-03') }, '2026-03-04');
    expect(c.stage).toBe('serving');
    expect(c.unserved).toEqual(['甲银行']);
    expect(c.alerts.map((a) => a.zh)).toContain('分配方案尚未送达全部债权人和被执行人，异议期尚未全部起算');
  });

  it('no objection by the last day: the plan is final the day after; an alert within three days', () => {
    const input = { ...none, service: served('2026-03-02', '2026-03-05', '2026-03-05') };
    // last day 20 March
    expect(planClocks(input, '2026-03-20').stage).toBe('objectionPeriod');
    expect(planClocks(input, '2026-03-18').alerts.map((a) => a.zh)).toContain(
      '甲银行提出异议的期限于2026年3月20日届满（尚余 2 日）',
    );
    expect(planClocks(input, '2026-03-21').stage).toBe('final');
    expect(planClocks(input, '2026-03-21').holdDisputed).toBe(false);
  });

  it('objection, notice, opposition, notice, suit: each 15 days from its notice; the disputed shares held', () => {
    const base = {
      ...none,
      service: served('2026-11-20', '2026-11-20', '2026-11-20'),
      objectionOn: '2026-12-01',
    };
    expect(planClocks(base, '2026-12-02').stage).toBe('notifyOthers');
    const noticed = { ...base, objectionNoticeOn: '2026-12-20' };
    // 20 Dec + 15 = 4 Jan next year
    expect(planClocks(noticed, '2026-12-21').opposition?.deadline).toBe('2027-01-04');
    expect(planClocks(noticed, '2027-01-04').stage).toBe('oppositionPeriod');
    expect(planClocks(noticed, '2027-01-05').stage).toBe('revise');
    const opposed = { ...noticed, oppositionOn: '2026-12-30', oppositionNoticeOn: '2027-01-17' };
    const c = planClocks(opposed, '2027-01-20');
    // 17 Jan + 15 = 1 Feb
    expect([c.stage, c.suit?.deadline, c.holdDisputed]).toEqual(['suitPeriod', '2027-02-01', true]);
    expect(planClocks(opposed, '2027-02-02').stage).toBe('noSuit');
    expect(planClocks({ ...opposed, suitFiledOn: '2027-01-30' }, '2027-03-01')).toMatchObject({
      stage: 'suitPending',
      holdDisputed: true,
    });
  });

  it('an objection after the period is flagged', () => {
    const c = planClocks({ ...none, service: served('2026-01-31'), objectionOn: '2026-02-16' }, '2026-02-16');
    expect(c.alerts.map((a) => a.zh)).toContain('异议于异议期届满（2026年2月15日）后提出');
  });
});

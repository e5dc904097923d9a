import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../core/lib/money/decimal';
import {
  agreesWithStated,
  checkAnnual,
  numberInWords,
  perDay,
  scheduleFromStated,
  statedWording,
  type StatedRate,
} from '../../../core/lib/rates/stated';
import type { Schedule } from '../../../core/lib/interest';
import { ledger, principal, run } from '../../support/interest-helpers';

/**
 * Each way a judgment states a rate, on 100,000.00 over the 30 days (from, asOf], hand-derived:
 *   年利率 6 %                 100,000.00 × 6 % × 30 ÷ 360                 = 500.00
 *   月利率 1.5 % (18 % a year)  100,000.00 × 1.5 % × 12 × 30 ÷ 360          = 1,500.00
 *   日万分之五                   100,000.00 × 0.0005 × 30                    = 1,500.00 (also on a 365 basis)
 *   日万分之一点七五              100,000.00 × 0.000175 × 30                  = 525.00
 *   一年期 LPR 4.15 % 的 1.5 倍  100,000.00 × 4.15 % × 1.5 × 30 ÷ 360        = 518.75   (2020-01)
 *   一年期 LPR 4.15 % 加 50 个基点 100,000.00 × 4.65 % × 30 ÷ 360            = 387.50   (2020-01)
 *   基准利率 一至三年 4.75 %      100,000.00 × 4.75 % × 30 ÷ 360              = 395.83   (2016-01)
 *   基准利率 一至三年 的 1.5 倍   100,000.00 × 4.75 % × 1.5 × 30 ÷ 360        = 593.75   (2016-01)
 */
function general(schedule: Schedule, from: string, asOf: string): string {
  const l = ledger(
    [
      principal('P', '100000.00', '2030-01-01'),
      { id: 'I', kind: 'interestRunning', base: 'P', schedule, from, until: null },
    ],
    [],
    asOf,
  );
  return run(l).balances.generalInterest;
}

const cases: [
  string,
  StatedRate,
  Parameters<typeof scheduleFromStated>[1],
  string,
  string,
  string,
  string,
][] = [
  ['年利率 6%', { form: 'annualPct', value: '6' }, {}, '2020-01-01', '2020-01-31', '500.00', '年利率 6%'],
  [
    '月利率 1.5%',
    { form: 'monthlyPct', value: '1.5' },
    {},
    '2020-01-01',
    '2020-01-31',
    '1500.00',
    '月利率 1.5%',
  ],
  [
    '日万分之五',
    { form: 'dailyPerMyriad', value: '5' },
    {},
    '2020-01-01',
    '2020-01-31',
    '1500.00',
    '日万分之五',
  ],
  [
    '日万分之五，365 日',
    { form: 'dailyPerMyriad', value: '5' },
    { dayBasis: 365 },
    '2020-01-01',
    '2020-01-31',
    '1500.00',
    '日万分之五',
  ],
  [
    '日万分之一点七五',
    { form: 'dailyPerMyriad', value: '1.75' },
    {},
    '2020-01-01',
    '2020-01-31',
    '525.00',
    '日万分之一点七五',
  ],
  [
    'LPR 的 1.5 倍',
    { form: 'lprTimes', value: '1.5' },
    { type: 'lpr1y' },
    '2020-01-01',
    '2020-01-31',
    '518.75',
    '按一年期贷款市场报价利率（LPR）的 1.5 倍',
  ],
  [
    'LPR 加 50 个基点',
    { form: 'lprPlusBp', value: '50' },
    { type: 'lpr1y' },
    '2020-01-01',
    '2020-01-31',
    '387.50',
    '按一年期贷款市场报价利率（LPR）加 50 个基点',
  ],
  [
    '同期同类贷款基准利率',
    { form: 'benchmark', value: '1' },
    { type: 'benchmark', band: '1y3y' },
    '2016-01-01',
    '2016-01-31',
    '395.83',
    '按中国人民银行同期同类贷款基准利率（一至三年）',
  ],
  [
    '同期同类贷款基准利率的 1.5 倍',
    { form: 'benchmark', value: '1.5' },
    { type: 'benchmark', band: '1y3y' },
    '2016-01-01',
    '2016-01-31',
    '593.75',
    '按中国人民银行同期同类贷款基准利率（一至三年）的 1.5 倍',
  ],
];

describe('rates entered as judgments state them', () => {
  it.each(cases)('%s', (_name, stated, base, from, asOf, interest, words) => {
    const schedule = scheduleFromStated(stated, base) as Schedule;
    expect(agreesWithStated(schedule)).toBe(true);
    expect(general(schedule, from, asOf)).toBe(interest);
    expect(statedWording(schedule).startsWith(words)).toBe(true);
  });

  it('stores the judgment value exactly and derives the fraction from it', () => {
    expect(scheduleFromStated({ form: 'annualPct', value: '6' })).toEqual({
      type: 'fixed',
      annual: '0.06',
      stated: { form: 'annualPct', value: '6' },
    });
    expect(scheduleFromStated({ form: 'monthlyPct', value: '1.5' })).toMatchObject({ annual: '0.18' });
    expect(scheduleFromStated({ form: 'dailyPerMyriad', value: '1.75' })).toMatchObject({ annual: '0.063' });
  });

  it('refuses a schedule whose fraction says something else than its stated rate', () => {
    // 年利率 6 typed into the old fraction field: 600 % a year, with 6 % as the stated rate
    const wrong = { type: 'fixed', annual: '6', stated: { form: 'annualPct', value: '6' } } as const;
    expect(agreesWithStated(wrong)).toBe(false);
    expect(agreesWithStated({ type: 'lpr1y', stated: { form: 'annualPct', value: '6' } })).toBe(false);
  });

  it('warns above 24 % a year and refuses 100 % or more', () => {
    expect(checkAnnual(new Decimal('0.24'))).toBeNull();
    expect(checkAnnual(new Decimal('0.2401'))).toBe('warn');
    expect(checkAnnual(new Decimal('1'))).toBe('refuse');
    expect(checkAnnual(new Decimal('6'))).toBe('refuse');
  });

  it('says what the rate means in money per day: 830,000.00 at 6 % a year ≈ 136.44 a day', () => {
    expect(perDay('830000.00', new Decimal('0.06'))).toBe('138.33');
    expect(perDay('100000.00', new Decimal('0.06'))).toBe('16.67');
    expect(perDay('830000.00', new Decimal('0.06'), 365)).toBe('136.44');
  });

  it('writes the numerals of 日万分之 in words', () => {
    expect(numberInWords('1.75')).toBe('一点七五');
    expect(numberInWords('5')).toBe('五');
    expect(numberInWords('10')).toBe('十');
    expect(numberInWords('12')).toBe('十二');
    expect(numberInWords('105')).toBe('一百零五');
    expect(numberInWords('0.5')).toBe('零点五');
  });

  it('an older record without a stated form still reads as a percentage, never as a fraction', () => {
    expect(statedWording({ type: 'fixed', annual: '0.06' })).toBe('年利率 6%');
    expect(statedWording({ type: 'fixed', annual: '0.0435', dayBasis: 365 })).toBe(
      '年利率 4.35%，按每年三百六十五日折算日利率',
    );
  });
});

describe('the rate table and the rules in words', () => {
  it('names the shipped table and a table with fixings entered here without codes', async () => {
    const { rateTableText } = await import('../../../core/lib/rates/wording');
    const { rulesText } = await import('../../../core/lib/interest/court');
    expect(rateTableText('pboc-1991-04-21..2015-10-24+lpr-2019-08-20..2025-05-20')).toBe(
      '中国人民银行贷款基准利率（1991年4月21日至2015年10月24日历次调整）；贷款市场报价利率（2019年8月20日至2025年5月20日各期公布）',
    );
    expect(
      rateTableText('pboc-1991-04-21..2015-10-24+lpr-2019-08-20..2025-05-20+user-lpr..2025-07-21(2)'),
    ).toBe(
      '中国人民银行贷款基准利率（1991年4月21日至2015年10月24日历次调整）；贷款市场报价利率（2019年8月20日至2025年7月21日各期公布），另含本机录入的 2 期贷款市场报价利率',
    );
    expect(rulesText('hd-2026.2')).toBe('执行听证·对账工作台迟延履行利息计算规则（2026年第2版）');
  });
});

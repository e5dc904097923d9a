/**
 * How a judgment states a rate, in court language (zh only): the debts table, the statement and every
 * document print these, never the engine's fraction. Numerals of 日万分之 are written in words.
 */
export const ratePhrases = {
  annualPct: (v: string) => `年利率 ${v}%`,
  monthlyPct: (v: string) => `月利率 ${v}%`,
  dailyPerMyriad: (words: string) => `日万分之${words}`,
  lprPlain: (lpr: string) => `按${lpr}`,
  lprTimes: (lpr: string, v: string) => `按${lpr}的 ${v} 倍`,
  lprPlusBp: (lpr: string, v: string) => `按${lpr}加 ${v} 个基点`,
  benchmark: (band: string) => `按中国人民银行同期同类贷款基准利率（${band}）`,
  benchmarkTimes: (band: string, v: string) => `按中国人民银行同期同类贷款基准利率（${band}）的 ${v} 倍`,
  benchmarkThenLpr:
    '2019年8月19日前按中国人民银行同期同类贷款基准利率（六个月至一年），自2019年8月20日起按一年期贷款市场报价利率（LPR）',
  benchmarkThenLprTimes: (v: string) =>
    `2019年8月19日前按中国人民银行同期同类贷款基准利率（六个月至一年），自2019年8月20日起按一年期贷款市场报价利率（LPR），均乘以 ${v} 倍`,
  lpr: { lpr1y: '一年期贷款市场报价利率（LPR）', lpr5y: '五年期以上贷款市场报价利率（LPR）' },
  bands: {
    upto6m: '六个月以内',
    '6m1y': '六个月至一年',
    '1y3y': '一至三年',
    '3y5y': '三至五年',
    over5y: '五年以上',
  },
  /** 「按每年 360 日折算日利率」 */
  dayBasis: (days: number) => `，按每年${days === 365 ? '三百六十五' : '三百六十'}日折算日利率`,
  /** beside the field: what the rate means in money on this principal */
  perDay: (amount: string) => `每日约 ${amount} 元`,
  perYear: (pct: string) => `折合年利率 ${pct}%`,
  rateTableValue: (benchmark: string, lpr: string) =>
    `中国人民银行贷款基准利率（${benchmark}历次调整）；贷款市场报价利率（${lpr}各期公布）`,
  rateTableAdded: (n: number) => `，另含本机录入的 ${n} 期贷款市场报价利率`,
  spanOfDates: (from: string, to: string) => `${from}至${to}`,
  numerals: { digits: '零一二三四五六七八九', units: ['', '十', '百', '千'], point: '点' },
} as const;

import type { Catalogue } from '../text';
import type { BucketName, OrderName, Settings } from './types';

/**
 * The engine's texts: the readable trace steps (shown on screen, printed in the statement, written by
 * the CLI) and the inputs it cannot compute. The English trace is terser than the Chinese one: it names
 * the rule, not the order in words, so a few entries use fewer variables in English.
 */
export const messages = {
  // inputs the rules cannot compute
  noAsOf: { zh: '未指定计算截止日（asOf）', en: 'no asOf date given' },
  interestBeforeBenchmark: {
    zh: '利息 {id}：{day} 早于基准利率表首行 {first}',
    en: 'interest {id}: {day} is before the first benchmark row {first}',
  },
  interestBeforeLpr: {
    zh: '利息 {id}：LPR 自 2019-08-20 起才有报价，{day} 不能按 LPR 计息（「自2019年8月20日起」请写作 from: "2019-08-19"）',
    en: `interest {id}: no LPR before 2019-08-20 ({day}); write 'from 2019-08-20' as from: "2019-08-19"`,
  },
  delayBeforeBenchmark: {
    zh: '义务 {id} 的迟延期间始于 {day}，早于基准利率表首行 {first}，无法计算',
    en: 'obligation {id}: delay starts {day}, before the first benchmark row {first}',
  },

  // trace steps
  traceStart: {
    zh: '按规则 {rules} 计算至 {asOf}；利率表 {table}',
    en: 'computed under rules {rules} to {asOf}; rate table {table}',
  },
  traceGeneral: {
    zh: '一般债务利息 {id}（{label}）：{span} 以 {base} 未付 {out} 计 {days} 天（{source}）',
    en: 'general interest {id} ({label}): {span} on unpaid {base} {out}, {days} days ({source})',
  },
  traceDoubled: {
    zh: '加倍部分债务利息 {id}：{span} 扣除不计期间后 {days} 天',
    en: 'doubled interest {id}: {span} {days} days after excluded days',
  },
  traceBoundary: {
    zh: '2014-07-31 日终：{id} 未清偿部分的旧规则迟延利息固定为 {value}',
    en: 'end of 2014-07-31: old delay interest of the unpaid part of {id} fixed at {value}',
  },
  traceSlice: {
    zh: '切片：{id} 清偿 {paid}，该部分旧规则迟延利息固定',
    en: 'slice: {paid} of {id} paid, its old delay interest becomes fixed',
  },
  traceProportional: {
    zh: '并还（{group}）：付款 {payment}，金钱债务 M={moneyDebt}，迟延利息 I={delay}',
    en: 'proportional ({group}): payment {payment}, money debt M={moneyDebt}, delay interest I={delay}',
  },
  dueGroup: { zh: '已到期义务', en: 'due obligations' },
  notDueGroup: { zh: '未到期义务', en: 'obligations not yet due' },
  tracePayment: {
    zh: '付款 {id}（{date}，{kind}）{amount} 按 {rule}分配：{parts}；超付 {overpaid}',
    en: 'payment {id} ({date}, {kind}) {amount} applied by {rule}: {parts}; overpaid {overpaid}',
  },
  ruleAgreed: { zh: '约定顺序（{order}）', en: 'the agreed order ({order})' },
  /** English names the rule only. */
  ruleRegime: { zh: '{regime} 规则（{order}）', en: 'rule {regime}' },
  /** {bucket}: the bucket's label in Chinese, its key in English. */
  paymentPart: { zh: '{obligation} {bucket} {amount}', en: '{obligation}/{bucket} {amount}' },
  partSeparator: { zh: '；', en: '; ' },
  nothingApplied: { zh: '无', en: 'nothing' },
  traceBalances: {
    zh: '截至 {asOf} 余额：本金 {principal}，费用 {fee}，一般债务利息 {generalInterest}，旧规则迟延利息 {oldDelay}，加倍部分债务利息 {doubled}，合计 {total}',
    en: 'balances as of {asOf}: principal {principal}, fee {fee}, generalInterest {generalInterest}, oldDelay {oldDelay}, doubled {doubled}, total {total}',
  },
} satisfies Catalogue;

/** The settings S1–S10 as the statement and the settings screen name them. */
export const SETTING_LABELS = {
  dayBasis: { zh: '计息天数（日利率 = 年利率 ÷ 每年天数）', en: 'S1 day basis' },
  band: { zh: '2014年7月31日以前的利率档次', en: 'S2 rate band' },
  rateChange: { zh: '基准利率调整时', en: 'S3 rate changes' },
  dayCount: { zh: '迟延履行期间起算', en: 'day count' },
  regimeCOrder: { zh: '2014年8月1日以后的清偿顺序', en: 'S6 order from 2014-08-01' },
  oldBandTo: { zh: '2014年7月31日以前的档次计至', en: 'S8 old band measured to' },
  rounding: { zh: '计算至分', en: 'rounding' },
  regimeAOrder: { zh: '2009年5月18日以前的清偿顺序', en: 'S10 order before 2009-05-18' },
  agreedOrders: { zh: '当事人约定的清偿顺序', en: 'agreed orders' },
} satisfies Record<keyof Settings, { zh: string; en: string }> & Catalogue;

/** Bucket names as the statement and the wall print them. */
export const BUCKET_LABELS = {
  principal: { zh: '本金', en: 'principal' },
  fee: { zh: '费用', en: 'fees' },
  generalInterest: { zh: '一般债务利息', en: 'general interest' },
  oldDelay: { zh: '旧规则迟延利息', en: 'old-rule delay interest' },
  doubled: { zh: '加倍部分债务利息', en: 'doubled interest' },
} satisfies Record<BucketName, { zh: string; en: string }> & Catalogue;

/** The named orders in words (Chinese only: the English trace names them by key). */
export const phrases = {
  orders: {
    interestFirst: '先息后本',
    proportional: '并还（按比例）',
    principalFirst: '先本后息',
  } satisfies Record<OrderName, string>,
};

/**
 * The trace in court language (zh only): what the statement prints and the Chinese screen shows. Dates as
 * a judgment writes them, amounts as 1,234.56 元, rates as percentages or 日万分之一点七五, no codes and
 * no formula syntax; the arithmetic is written out in words and figures a judge can check by hand.
 */
export const court = {
  rules: (version: string) => `执行听证·对账工作台迟延履行利息计算规则（${version}）`,
  rulesVersion: (year: string, n: string) => `${year}年第${n}版`,
  start: (asOf: string) => `本计算截至${asOf}，计算所依据的设置见「计算依据与设置」部分。`,
  span: (from: string, to: string) => `${from}至${to}`,
  yuan: (amount: string) => `${amount} 元`,
  pct: (pct: string) => `年利率 ${pct}%`,
  times: (m: string) => ` × ${m} 倍`,
  days: (n: number) => `${n} 天`,
  sourceFixed: '判决确定的利率',
  sourceBenchmark: (from: string) => `中国人民银行自${from}起执行的贷款基准利率`,
  sourceLpr: (from: string) => `${from}公布的贷款市场报价利率`,
  general: (v: {
    name: string;
    span: string;
    base: string;
    out: string;
    pct: string;
    times: string;
    days: number;
    basis: number;
    amount: string;
    source: string;
  }) =>
    `一般债务利息（${v.name}）：${v.span}，以${v.base}未付 ${v.out} 元为基数，按${v.source}年利率 ${v.pct}%${v.times ? `的 ${v.times} 倍` : ''}计 ${v.days} 天：${v.out} × ${v.pct}%${v.times ? ` × ${v.times}` : ''} × ${v.days} ÷ ${v.basis} = ${v.amount} 元。`,
  doubled: (v: { name: string; span: string; days: number; out: string; amount: string }) =>
    `加倍部分债务利息（${v.name}）：${v.span}，扣除不计算迟延履行利息的期间后共 ${v.days} 天，以未履行的金钱债务 ${v.out} 元为基数，按日万分之一点七五计算：${v.out} × 0.0175% × ${v.days} = ${v.amount} 元。`,
  segment: (pct: string, days: number) => `${pct}% × ${days} 天`,
  segmentJoin: ' + ',
  bandNames: {
    upto6m: '六个月以内',
    '6m1y': '六个月至一年',
    '1y3y': '一至三年',
    '3y5y': '三至五年',
    over5y: '五年以上',
  },
  boundary: (v: {
    name: string;
    out: string;
    span: string;
    band: string;
    segments: string;
    basis: number;
    gross: string;
    credit: string;
    value: string;
  }) =>
    `2014年7月31日以前的迟延履行期间债务利息（${v.name}）：以未清偿的 ${v.out} 元为基数，${v.span}，按${v.band}贷款基准利率的二倍计算：${v.out} × 2 × (${v.segments}) ÷ ${v.basis} = ${v.gross} 元，减去已清偿的 ${v.credit} 元，确定为 ${v.value} 元。`,
  boundaryNone: (name: string) => `${name}于2014年7月31日以前未发生迟延履行期间的债务利息。`,
  slice: (v: {
    name: string;
    paid: string;
    span: string;
    band: string;
    segments: string;
    basis: number;
    gross: string;
    share: string;
    fixed: string;
  }) =>
    `清偿${v.name} ${v.paid} 元，该部分在2014年7月31日以前的迟延履行期间债务利息随之确定：${v.span}，按${v.band}贷款基准利率的二倍计算，${v.paid} × 2 × (${v.segments}) ÷ ${v.basis} = ${v.gross} 元，减去已清偿部分对应的 ${v.share} 元，为 ${v.fixed} 元。`,
  proportional: (v: {
    group: string;
    payment: string;
    moneyDebt: string;
    delay: string;
    xM: string;
    xI: string;
  }) =>
    `并还（${v.group}）：本次付款 ${v.payment} 元，在金钱债务 ${v.moneyDebt} 元与迟延履行期间的债务利息 ${v.delay} 元之间按比例清偿：用于金钱债务 ${v.payment} × ${v.moneyDebt} ÷ (${v.moneyDebt} + ${v.delay}) = ${v.xM} 元（计算至分，四舍五入），用于迟延履行期间的债务利息 ${v.payment} − ${v.xM} = ${v.xI} 元。`,
  payment: (v: {
    date: string;
    kind: string;
    amount: string;
    rule: string;
    parts: string;
    overpaid: string;
  }) =>
    `${v.date}以${v.kind}方式履行 ${v.amount} 元，适用${v.rule}，依次抵充：${v.parts}${v.overpaid === '0.00' ? '' : `；超出债务的 ${v.overpaid} 元为超付`}。`,
  part: (name: string, bucket: string, amount: string) =>
    name === bucket ? `${bucket} ${amount} 元` : `${name}（${bucket}）${amount} 元`,
  partSeparator: '；',
  nothing: '无可抵充的债务',
  ruleA: (order: string) => `2009年5月18日以前的清偿顺序（${order}）`,
  ruleB: '2009年5月18日至2014年7月31日期间的清偿规则（金钱债务与迟延履行期间的债务利息按比例并还）',
  ruleC: (order: string) => `2014年8月1日以后的清偿顺序（${order}，法释〔2014〕8号 第四条）`,
  ruleAgreed: (order: string) => `当事人约定的清偿顺序（${order}）`,
  balances: (v: {
    asOf: string;
    principal: string;
    fee: string;
    generalInterest: string;
    oldDelay: string;
    doubled: string;
    total: string;
  }) =>
    `截至${v.asOf}：本金 ${v.principal} 元，费用 ${v.fee} 元，一般债务利息 ${v.generalInterest} 元，2014年7月31日以前的迟延履行期间债务利息 ${v.oldDelay} 元，加倍部分债务利息 ${v.doubled} 元，合计 ${v.total} 元。`,
};

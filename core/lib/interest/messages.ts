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
  dayBasis: { zh: 'S1 日利率折算天数', en: 'S1 day basis' },
  band: { zh: 'S2 利率档次', en: 'S2 rate band' },
  rateChange: { zh: 'S3 利率调整', en: 'S3 rate changes' },
  dayCount: { zh: '迟延天数起算', en: 'day count' },
  regimeCOrder: { zh: 'S6 2014年8月1日后的清偿顺序', en: 'S6 order from 2014-08-01' },
  oldBandTo: { zh: 'S8 旧规则档次计至', en: 'S8 old band measured to' },
  rounding: { zh: '舍入规则', en: 'rounding' },
  regimeAOrder: { zh: 'S10 2009年5月18日前的清偿顺序', en: 'S10 order before 2009-05-18' },
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

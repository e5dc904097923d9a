import type { Catalogue } from '../../lib/text';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  sameSet: { zh: '请选择两份不同的核算清单', en: 'choose two different entry sets' },
  differentCases: { zh: '两份核算清单不属于同一案件', en: 'the entry sets belong to different cases' },
  differenceGone: {
    zh: '该差异已不存在（清单可能已被修改），请重新比对',
    en: 'no such difference (a list may have changed); compare again',
  },
  otherValueMissing: {
    zh: '采用其他数值时须填写数值（或注明该笔不存在）',
    en: 'another value needs the value (or null for no payment)',
  },
  otherReasonMissing: { zh: '采用其他数值时须写明理由', en: 'a reason is required for another value' },
  unresolved: {
    zh: '还有 {count} 处差异未处理，不能采用核算结果',
    en: '{count} difference(s) are not resolved yet',
  },
} as const satisfies Catalogue;

/**
 * The note of a payment the agreed list adds to the case (stored as written, zh-CN only):
 * 「付款人：某公司；首笔；〔双人核算 刘某/王某〕」.
 */
export const phrases = {
  payer: (payer: string) => `付款人：${payer}`,
  doubleEntry: (clerkA: string, clerkB: string) => `〔双人核算 ${clerkA}/${clerkB}〕`,
  noteSeparator: '；',
} as const;

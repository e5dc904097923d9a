import type { Catalogue } from '../../lib/text';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  lprNotAfterLast: {
    zh: 'LPR 生效日期须晚于现有最后一行（{last}）',
    en: 'the LPR date must come after the last row ({last})',
  },
  lprFromField: { zh: '生效日期须晚于 {last}', en: 'must be after {last}' },
  onlyNewestRemovable: {
    zh: '只能删除最后一条用户录入的 LPR 报价',
    en: 'only the newest user-entered LPR row can be removed',
  },
  lprRowNotFound: { zh: '未找到该用户录入的 LPR 报价（编号 {id}）', en: 'user LPR row {id} not found' },
} as const satisfies Catalogue;

/** Phrases of this feature's documents: court language, zh-CN only. */
export const phrases = {} as const;

import type { Catalogue } from '../../lib/text';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  caseNumberTaken: { zh: '案号已存在：{caseNumber}', en: 'case number already exists: {caseNumber}' },
  sampleExists: {
    zh: '示例案件已存在（案号 {caseNumber}），如需重新生成请先删除该案件。',
    en: 'The sample case already exists ({caseNumber}); delete it first to recreate it.',
  },
  excludedTwice: {
    zh: '该期间（{from} 至 {to}）已录入',
    en: 'the interval {from} … {to} is already entered',
  },

  // An obligation another one accrues interest on: {item} and {dependents} read differently per
  // language (the Chinese names the interests by label, the English by code).
  baseInUseDelete: {
    zh: '{item}是{dependents}的计息基数，请先删除或修改该利息项目。',
    en: '{item} is the base of {dependents}; delete or change that interest first.',
  },
  baseInUseKind: {
    zh: '{item}是{dependents}的计息基数，不能改为利息项目。',
    en: '{item} is the base of {dependents} and cannot become an interest.',
  },
  thisItem: { zh: '该项目', en: 'this item' },
  namedItem: { zh: '「{label}（{code}）」', en: '{label} ({code})' },
  listSeparator: { zh: '、', en: ', ' },
} as const satisfies Catalogue;

/** Phrases of this feature's documents: court language, zh-CN only. */
export const phrases = {} as const;

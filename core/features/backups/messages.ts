import type { Catalogue } from '../../lib/text';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  hostOnly: { zh: '此操作只能由主程序执行。', en: 'This operation is run by the host layer only.' },
  backupRunning: {
    zh: '正在进行自动备份，请稍候几秒再恢复。',
    en: 'An automatic backup is running; try the restore again in a few seconds.',
  },
  confirmWordWrong: {
    zh: '确认词不对：请输入「{word}」两个字以确认恢复。',
    en: 'Confirmation word does not match: type "{word}" to confirm the restore.',
  },
  backupNotFound: { zh: '未找到该备份（{name}）', en: 'backup {name} not found' },
  /** {cause}: why opening it failed, in each language. */
  backupUnrestorable: {
    zh: '该备份无法恢复（{name}）：{cause}。当前数据未作任何修改。',
    en: 'This backup cannot be restored ({name}): {cause}. Nothing was changed.',
  },
} as const satisfies Catalogue;

/** Phrases of this feature's documents: court language, zh-CN only. */
export const phrases = {} as const;

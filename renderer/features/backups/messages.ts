import type { Catalogue } from '../../../core/lib/text';

/**
 * Backups, restore and recovery mode (#/backups).
 * Each key carries both languages (core/lib/text Text), so zh-CN and en cannot drift apart.
 */
export const messages = {
  'reliability.nav': { zh: '备份与恢复', en: 'Backups' },
  'reliability.heading': { zh: '备份与恢复', en: 'Backups and restore' },
  'reliability.recoveryHeading': {
    zh: '恢复模式：数据库未能打开',
    en: 'Recovery mode: the database could not be opened',
  },
  'reliability.intro': {
    zh: '程序每次启动时和运行中每 30 分钟自动备份一次（保留最近 10 份）；也可随时手动备份。手动备份和恢复前备份不会被自动清理。',
    en: 'A backup is taken at every start and every 30 minutes while running (the newest 10 are kept); you can also back up at any time. Manual and pre-restore backups are never pruned.',
  },
  'reliability.createNow': { zh: '立即备份', en: 'Back up now' },
  'reliability.created': { zh: '已完成手动备份（{time}）。', en: 'Manual backup done ({time}).' },
  'reliability.listHeading': { zh: '备份列表（最新在前）', en: 'Backups (newest first)' },
  'reliability.none': { zh: '还没有备份。', en: 'No backups yet.' },
  'reliability.col.time': { zh: '备份时间', en: 'Taken at' },
  'reliability.col.kind': { zh: '类型', en: 'Kind' },
  'reliability.col.cases': { zh: '案件数', en: 'Cases' },
  'reliability.col.size': { zh: '大小', en: 'Size' },
  'reliability.kind.auto': { zh: '自动', en: 'automatic' },
  'reliability.kind.manual': { zh: '手动', en: 'manual' },
  'reliability.kind.preRestore': { zh: '恢复前备份', en: 'before a restore' },
  'reliability.restore': { zh: '恢复此备份…', en: 'Restore this backup…' },
  'reliability.unusable': { zh: '无法读取，不能恢复', en: 'unreadable; cannot be restored' },
  'reliability.recoveryLead': {
    zh: '数据库文件未能打开，程序已进入恢复模式，只能查看和恢复备份。',
    en: 'The database file could not be opened; the program is in recovery mode and can only show and restore backups.',
  },
  'reliability.recoveryUntouched': {
    zh: '原数据库文件未作任何修改。恢复时，程序会先把它原样另存到数据目录的 refused 文件夹，再用所选备份替换。',
    en: 'The database file was not changed. A restore first copies it as it is into the refused folder of the data folder, then replaces it with the chosen backup.',
  },
  'reliability.confirmQuestion': {
    zh: '确定用 {time} 的备份（{cases} 个案件）替换当前的全部数据吗？',
    en: 'Replace all current data with the backup of {time} ({cases} cases)?',
  },
  'reliability.confirmStepSafety': {
    zh: '恢复前，程序会先把当前数据另存为一份「恢复前备份」，如有需要可以再恢复回来。',
    en: 'First the current data is saved as a "before a restore" backup, which you can restore later if needed.',
  },
  'reliability.confirmStepRefused': {
    zh: '恢复前，程序会先把未能打开的数据库文件原样另存到 refused 文件夹。',
    en: 'First the database file that could not be opened is copied as it is into the refused folder.',
  },
  'reliability.confirmStepReplace': {
    zh: '然后用所选备份替换当前数据库，并检查其完整性和审计链。',
    en: 'Then the chosen backup replaces the current database, and its integrity and audit chain are checked.',
  },
  'reliability.confirmStepLost': {
    zh: '该备份之后录入或修改的内容（付款、笔录、签名等）在恢复后的数据中将不存在。',
    en: 'Anything entered or changed after that backup (payments, minutes, signatures…) will not be in the restored data.',
  },
  'reliability.confirmStepAudit': {
    zh: '本次恢复会记入恢复后数据库的审计记录。',
    en: 'The restore is recorded in the audit log of the restored database.',
  },
  'reliability.confirmType': { zh: '请输入「{word}」以确认：', en: 'Type "{word}" to confirm:' },
  'reliability.confirmRestore': { zh: '确认恢复', en: 'Restore' },
  'reliability.confirmKeys': { zh: '回车确认，Esc 取消', en: 'Enter to confirm, Esc to cancel' },
  'reliability.restored': {
    zh: '已恢复 {time} 的备份，共 {cases} 个案件。',
    en: 'Restored the backup of {time}: {cases} cases.',
  },
  'reliability.restoredSafety': {
    zh: '恢复前的数据已另存为备份：{name}',
    en: 'The data from before the restore was saved as backup {name}',
  },
  'reliability.restoredRefused': {
    zh: '未能打开的原数据库已原样保存在数据目录下：{path}',
    en: 'The database that could not be opened was kept as it was in the data folder: {path}',
  },
  'reliability.auditOk': {
    zh: '完整性检查通过，审计链完好。',
    en: 'Integrity check passed; the audit chain is intact.',
  },
  'reliability.toCases': { zh: '返回案件列表', en: 'Back to the case list' },
  'integrity.title': {
    zh: '警告：数据库在本软件之外被改动过',
    en: 'Warning: the database was changed outside this program',
  },
  'integrity.lead': {
    zh: '启动时的核对发现下列问题。在核实前请勿据此出具文书；此前最后一份完好的备份已保留，可在“备份与恢复”中查看。',
    en: 'The check at start found the problems below. Do not issue documents from this data before it is cleared; the last intact backup was kept (see Backups).',
  },
  'integrity.more': { zh: '……共 {n} 处', en: '… {n} in all' },
  'integrity.name': { zh: '确认人姓名', en: 'Your name' },
  'integrity.note': { zh: '说明（可选）', en: 'Note (optional)' },
  'integrity.acknowledge': {
    zh: '我已知悉，记入审计日志',
    en: 'I have seen this; record it in the audit log',
  },
  'integrity.nameRequired': { zh: '请填写确认人姓名。', en: 'Enter your name.' },
} satisfies Catalogue;

import type { Text } from '../../lib/text';

/** What the data check (journal-verify.ts) says, zh + en; {table} and {field} are labels below. */
export const JOURNAL_MESSAGES = {
  dataIntact: {
    zh: '数据与日志一致：{tables} 张表、{rows} 行逐字段核对无误',
    en: 'data matches the log: {rows} rows of {tables} tables compared field by field',
  },
  dataIntactUnsealed: {
    zh: '数据与日志一致：{tables} 张表、{rows} 行逐字段核对无误（本机读不到工作站密钥，封记未重算）',
    en: 'data matches the log: {rows} rows of {tables} tables compared (the workstation key is not readable here: seals not recomputed)',
  },
  dataBroken: {
    zh: '数据与日志不符（共 {count} 处），第一处：{first}',
    en: 'data does not match the log ({count} findings); first: {first}',
  },
  chainAndData: { zh: '{chain}；{data}', en: '{chain}; {data}' },
  chainIntactDataBroken: {
    zh: '审计链本身完好，但{data}',
    en: 'the audit chain itself is intact, but {data}',
  },
  changed: {
    zh: '{table} {key} 的“{field}”：日志记为 {logged}，库中为 {found}（在本软件之外改动）',
    en: '{table} {key}, {field}: logged {logged}, found {found} (changed outside the app)',
  },
  added: {
    zh: '{table} {key}：库中有此行，日志中没有（在本软件之外新增）',
    en: '{table} {key}: in the database but not in the log (added outside the app)',
  },
  removed: {
    zh: '{table} {key}：日志中有此行，库中已没有（在本软件之外删除）',
    en: '{table} {key}: in the log but no longer in the database (removed outside the app)',
  },
  unsealed: {
    zh: '日志第 {seq} 条（{table} {key}）没有本软件的封记：该改动是在本软件之外做的',
    en: 'journal row {seq} ({table} {key}) carries no seal of the app: the change was made outside it',
  },
  forged: {
    zh: '日志第 {seq} 条（{table} {key}）的封记不符：日志在写入后被改动、删除或调换',
    en: 'journal row {seq} ({table} {key}) has a wrong seal: the log was changed, cut or reordered after it was written',
  },
  tableGone: { zh: '{table} 整张表已不在库中', en: 'the table {table} is gone' },
  notJournaled: { zh: '{table} 没有行日志', en: '{table} has no row journal' },
  headMissing: {
    zh: '数据库旁的链头文件不见了：无法排除数据库被截短或换成旧副本',
    en: 'the head file beside the database is missing: a shortened or older copy cannot be ruled out',
  },
  headForged: {
    zh: '链头文件的封记不符：该文件被改动过',
    en: 'the head file carries a wrong seal: it was edited',
  },
  behindHead: {
    zh: '数据库落后于链头文件：链头记到审计第 {auditSeq} 行{last}，库中只到第 {foundAudit} 行（日志第 {foundJournal} 条，链头记到第 {journalSeq} 条）；数据库被截短或换成了旧副本',
    en: 'the database is behind its head file: the head reaches audit row {auditSeq}{last}, the database only row {foundAudit} (journal {foundJournal} of {journalSeq}); it was cut short or replaced by an older copy',
  },
  lastRow: { zh: '（{entity} {id}，{at}）', en: ' ({entity} {id}, {at})' },
} satisfies Record<string, Text>;

/** The tables as a clerk would name them. */
export const TABLE_LABELS: Record<string, Text> = {
  audit_log: { zh: '审计日志', en: 'audit log' },
  case_transfers: { zh: '移送记录', en: 'case transfer' },
  cases: { zh: '案件', en: 'case' },
  distribution_claims: { zh: '分配债权', en: 'distribution claim' },
  distribution_plans: { zh: '分配方案', en: 'distribution plan' },
  entry_resolutions: { zh: '录入分歧处理', en: 'entry resolution' },
  entry_set_payments: { zh: '双人录入付款', en: 'double-entry payment' },
  entry_sets: { zh: '双人录入', en: 'entry set' },
  excluded_intervals: { zh: '不计息期间', en: 'excluded interval' },
  export_register: { zh: '文书登记', en: 'export register' },
  import_batch_payments: { zh: '导入付款', en: 'imported payment' },
  import_batches: { zh: '导入批次', en: 'import batch' },
  measures: { zh: '执行措施', en: 'measure' },
  obligations: { zh: '债务项目', en: 'obligation' },
  parties: { zh: '当事人', en: 'party' },
  payments: { zh: '付款', en: 'payment' },
  petition_attachments: { zh: '听证附件', en: 'hearing attachment' },
  petition_attendees: { zh: '听证参加人', en: 'hearing attendee' },
  petition_hearings: { zh: '听证', en: 'hearing' },
  petition_item_attachments: { zh: '财产附件', en: 'item attachment' },
  petition_items: { zh: '听证财产', en: 'hearing item' },
  petition_opinions: { zh: '听证员意见', en: 'panel opinion' },
  petition_questions: { zh: '听证发问', en: 'hearing question' },
  petition_statements: { zh: '听证陈述', en: 'hearing statement' },
  rate_additions: { zh: '利率补录', en: 'rate addition' },
  recon_entries: { zh: '对账条目', en: 'reconciliation entry' },
  recon_participants: { zh: '对账参加人', en: 'reconciliation participant' },
  recon_positions: { zh: '对账意见', en: 'reconciliation position' },
  recon_sessions: { zh: '对账', en: 'reconciliation' },
  record_locks: { zh: '签名锁定', en: 'record lock' },
  settlement_items: { zh: '和解条款', en: 'settlement item' },
  settlements: { zh: '执行和解', en: 'settlement' },
  signatures: { zh: '签名', en: 'signature' },
};

/** Common columns; any other is named as stored. */
export const FIELD_LABELS: Record<string, Text> = {
  amount_fen: { zh: '金额（分）', en: 'amount (fen)' },
  date: { zh: '日期', en: 'date' },
  kind: { zh: '类别', en: 'kind' },
  note: { zh: '备注', en: 'note' },
  code: { zh: '编号', en: 'code' },
  name: { zh: '名称', en: 'name' },
  label: { zh: '名目', en: 'label' },
  hash: { zh: '哈希', en: 'hash' },
  position: { zh: '顺序', en: 'position' },
  id_number: { zh: '证件号码', en: 'ID number' },
  phone: { zh: '电话', en: 'phone' },
  case_number: { zh: '案号', en: 'case number' },
  due: { zh: '到期日', en: 'due date' },
};

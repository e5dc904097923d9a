import type { Catalogue } from '../../../core/lib/text';

/**
 * The rate tables page (#/rates).
 * Each key carries both languages (core/lib/text Text), so zh-CN and en cannot drift apart.
 */
export const messages = {
  'placeholder.percent': { zh: '如 3.00', en: 'e.g. 3.00' },
  'placeholder.lprSource': {
    zh: '如：中国人民银行授权全国银行间同业拆借中心公告',
    en: 'e.g. PBOC-authorised NIFC announcement',
  },
  'rates.heading': { zh: '利率表', en: 'Rate tables' },
  'rates.version': { zh: '利率表版本：{version}', en: 'Table version: {version}' },
  'rates.intro': {
    zh: '计算所用的利率。人民银行基准利率随程序提供；2025-05-20 之后的 LPR 报价由用户录入并注明来源。',
    en: 'The rates computations use. The PBOC benchmark table ships with the program; LPR fixings after 2025-05-20 are entered by the user with their source.',
  },
  'rates.benchmark.heading': {
    zh: '人民银行人民币贷款基准利率（年利率，%）',
    en: 'PBOC RMB loan benchmark rates (% per year)',
  },
  'rates.lpr.heading': { zh: '贷款市场报价利率（LPR，年利率，%）', en: 'Loan Prime Rate (LPR, % per year)' },
  'rates.source': { zh: '来源：', en: 'Source: ' },
  'rates.rows': { zh: '共 {n} 行', en: '{n} rows' },
  'rates.col.from': { zh: '生效日期', en: 'Effective from' },
  'rates.col.oneYear': { zh: '一年期', en: '1 year' },
  'rates.col.over5y': { zh: '五年期以上', en: 'Over 5 years' },
  'rates.col.note': { zh: '来源', en: 'Source' },
  'rates.shipped': { zh: '随程序提供', en: 'Shipped with the program' },
  'rates.userEntered': { zh: '用户录入', en: 'Entered by user' },
  'rates.enteredBy': { zh: '{who} 于 {when} 录入', en: 'entered by {who} at {when}' },
  'rates.addLpr': { zh: '录入 LPR 报价', en: 'Enter an LPR fixing' },
  'rates.addHint': {
    zh: '生效日期须晚于最后一行（{last}）。录入后，此后的每次计算都注明新的利率表版本。',
    en: 'The date must come after the last row ({last}). Every later computation names the new table version.',
  },
  'rates.remove': {
    zh: '删除最后一条用户录入的报价（{from}）',
    en: 'Remove the newest user-entered fixing ({from})',
  },
  'rates.removeReason': { zh: '删除理由（记入审计日志）', en: 'Reason (kept in the audit log)' },
  'rates.removeConfirm': { zh: '确认删除', en: 'Remove' },
  'rates.removed': {
    zh: '已删除 {from} 起的用户录入报价。',
    en: 'The user-entered fixing from {from} was removed.',
  },
  'rates.added': { zh: '已录入 {from} 起的 LPR 报价。', en: 'LPR fixing from {from} entered.' },
  'rates.field.from': { zh: '生效日期', en: 'Effective from' },
  'rates.field.oneYear': { zh: '一年期 LPR（%）', en: '1-year LPR (%)' },
  'rates.field.over5y': { zh: '五年期以上 LPR（%）', en: 'Over-5-year LPR (%)' },
  'rates.field.source': { zh: '来源（公告）', en: 'Source (announcement)' },
} satisfies Catalogue;

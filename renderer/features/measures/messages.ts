import type { Catalogue } from '../../../core/lib/text';

/**
 * The measures register: timeline, status, expiry alerts.
 * Each key carries both languages (core/lib/text Text), so zh-CN and en cannot drift apart.
 */
export const messages = {
  'measures.heading': { zh: '查控措施台账', en: 'Measures register' },
  'measures.intro': {
    zh: '冻结、查封、扣押、限制消费、失信等措施及其期限。届满前 30 天内提示，已到期的措施一直标出，直到续行或解除。',
    en: 'Freezes, seizures, consumption limits and blacklisting with their terms. Flagged 30 days before the end; an expired measure stays flagged until it is renewed or released.',
  },
  'measures.add': { zh: '登记措施', en: 'Add measure' },
  'measures.none': { zh: '尚未登记查控措施', en: 'No measures recorded' },
  'measures.col.kind': { zh: '措施', en: 'Measure' },
  'measures.col.object': { zh: '对象', en: 'Object' },
  'measures.col.ruling': { zh: '裁定书文号', en: 'Ruling no.' },
  'measures.col.start': { zh: '开始日期', en: 'Start' },
  'measures.col.term': { zh: '期限', en: 'Term' },
  'measures.col.expiry': { zh: '届满日', en: 'Last day' },
  'measures.col.status': { zh: '状态', en: 'Status' },
  'measures.termValue': { zh: '{n} 个月', en: '{n} months' },
  'measures.noTerm': { zh: '无固定期限', en: 'no fixed term' },
  'measures.kind.depositFreeze': { zh: '冻结存款', en: 'Deposit freeze' },
  'measures.kind.propertyRightFreeze': { zh: '冻结其他财产权', en: 'Property right freeze' },
  'measures.kind.realEstateSeal': { zh: '查封不动产', en: 'Real estate seizure' },
  'measures.kind.movableSeal': { zh: '查封/扣押动产', en: 'Movables seizure' },
  'measures.kind.consumptionLimit': { zh: '限制消费', en: 'Consumption limit' },
  'measures.kind.defaulterList': { zh: '失信名单', en: 'Defaulter list' },
  'measures.kind.other': { zh: '其他', en: 'Other' },
  'measures.status.inForce': { zh: '有效', en: 'In force' },
  'measures.status.expiring': { zh: '即将到期', en: 'Expiring' },
  'measures.status.expired': { zh: '已到期', en: 'Expired' },
  'measures.status.released': { zh: '已解除', en: 'Released' },
  'measures.status.renewed': { zh: '已续行', en: 'Renewed' },
  'measures.daysLeft': { zh: '还剩 {n} 天', en: '{n} days left' },
  'measures.daysAgo': { zh: '已过 {n} 天', en: 'ended {n} days ago' },
  'measures.today': { zh: '今天到期', en: 'ends today' },
  'measures.gap': { zh: '与上次期限间断 {n} 天', en: '{n} days uncovered since the previous term' },
  'measures.renewsOf': { zh: '续行自 #{id}', en: 'renews #{id}' },
  'measures.transferred': { zh: '原执行法院办理（{court}）', en: 'done by the original court ({court})' },
  'measures.renew': { zh: '续行', en: 'Renew' },
  'measures.release': { zh: '解除', en: 'Release' },
  'measures.field.kind': { zh: '措施类型', en: 'Kind' },
  'measures.field.object': {
    zh: '措施对象（账户、房产、车辆等）',
    en: 'Object (account, property, vehicle…)',
  },
  'measures.field.ruling': { zh: '裁定书文号', en: 'Ruling number' },
  'measures.field.start': { zh: '开始日期', en: 'Start date' },
  'measures.field.term': {
    zh: '期限（月，留空按常用最长期限）',
    en: 'Term in months (empty: the usual maximum)',
  },
  'measures.field.statedExpiry': {
    zh: '裁定载明的届满日（如有）',
    en: 'Last day stated in the ruling (if any)',
  },
  'measures.field.note': { zh: '备注', en: 'Note' },
  'measures.field.renewStart': {
    zh: '续行开始日期（留空为原届满日次日）',
    en: 'Renewal start (empty: the day after the last day)',
  },
  'measures.field.releasedOn': { zh: '解除日期', en: 'Release date' },
  'measures.field.releaseNote': { zh: '解除原因', en: 'Reason for release' },
  'measures.renewTitle': { zh: '续行措施 #{id}', en: 'Renew measure #{id}' },
  'measures.releaseTitle': { zh: '解除措施 #{id}', en: 'Release measure #{id}' },
  'measures.alert.title': { zh: '查控措施期限提示', en: 'Measures ending soon' },
  'measures.alert.intro': {
    zh: '以下 {n} 项措施将在 30 天内到期或已经到期，请及时续行或解除：',
    en: '{n} measure(s) end within 30 days or have ended; renew or release them:',
  },
  'measures.alert.dismiss': { zh: '知道了', en: 'Got it' },
  'measures.timeline': {
    zh: '措施期限图：每项措施从开始到届满，虚线为今天',
    en: 'Measure terms from start to last day; the dashed line is today',
  },
  'measures.alert.item': {
    zh: '{caseNumber}：{kind}「{object}」，届满日 {expiry}',
    en: '{caseNumber}: {kind} “{object}”, last day {expiry}',
  },
} satisfies Catalogue;

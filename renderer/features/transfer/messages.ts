import type { Catalogue } from '../../../core/lib/text';

/**
 * Transferring a case: export, import, debtor groups.
 * Each key carries both languages (core/lib/text Text), so zh-CN and en cannot drift apart.
 */
export const messages = {
  'transfer.heading': { zh: '移送执行（交叉执行、指定执行、提级执行）', en: 'Transfer to another court' },
  'transfer.intro': {
    zh: '生成执行情况说明和移送案卷包（含账目、措施、对账记录、签名文书，逐个文件的哈希和本机证书签名）。',
    en: 'The case status account and the transfer package (ledger, measures, reconciliation records, signed documents; every file hashed, the manifest signed with this workstation certificate).',
  },
  'transfer.decisionDate': { zh: '移送决定日期', en: 'Decision date' },
  'transfer.transferDate': {
    zh: '移送日期（未执行金额计算截止日）',
    en: 'Transfer date (as-of for the unrealised amount)',
  },
  'transfer.receivingCourt': { zh: '接收法院', en: 'Receiving court' },
  'transfer.pending': { zh: '待办事项', en: 'Pending matters' },
  'transfer.check': { zh: '移送前检查', en: 'Check before transfer' },
  'transfer.acknowledge': {
    zh: '已知悉即将到期的措施，仍然移送',
    en: 'I know about the measures ending soon; transfer anyway',
  },
  'transfer.statusAccount': { zh: '生成执行情况说明', en: 'Case status account (PDF)' },
  'transfer.export': { zh: '导出移送案卷包', en: 'Export transfer package' },
  'transfer.exported': {
    zh: '已导出 {file}（未执行金额 {amount} 元，{n} 个文件）',
    en: 'Exported {file} (unrealised {amount}, {n} files)',
  },
  'transfer.blocked': {
    zh: '有必须先处理的事项，不能导出',
    en: 'Items must be dealt with before the export',
  },
  'transfer.level.block': { zh: '须处理', en: 'Must fix' },
  'transfer.level.warn': { zh: '注意', en: 'Note' },
  'transfer.level.ok': { zh: '正常', en: 'OK' },
  'transfer.import.heading': { zh: '接收移送案件', en: 'Receive a transferred case' },
  'transfer.import.file': { zh: '选择移送案卷包（.zip）', en: 'Choose a transfer package (.zip)' },
  'transfer.import.newCaseNumber': { zh: '本院新案号', en: 'New case number' },
  'transfer.import.verify': { zh: '核验', en: 'Verify' },
  'transfer.import.verified': {
    zh: '核验通过：签名人 {signer}，证书指纹 {fingerprint}；原案号 {caseNumber}（{court}），未执行金额 {amount} 元。',
    en: 'Verified: signed by {signer}, certificate {fingerprint}; original case {caseNumber} ({court}), unrealised {amount}.',
  },
  'transfer.import.untrusted': {
    zh: '该案卷包的签名证书不在本机受信任列表中。证书主体：{subject}；有效期 {from} 至 {to}。请通过公务电话与移送法院逐组核对以下指纹，一致后在下框输入该指纹确认信任；不一致则不得接收。',
    en: 'The package’s certificate is not trusted here. Subject: {subject}; valid {from} to {to}. Check the fingerprint below group by group with the sending court by telephone; type it below only if it matches.',
  },
  'transfer.import.typeFingerprint': { zh: '确认指纹', en: 'Confirm the fingerprint' },
  'transfer.import.trust': {
    zh: '核对一致，信任此证书并重新核验',
    en: 'It matches: trust it and verify again',
  },
  'transfer.import.confirm': { zh: '立案并导入', en: 'Open the case and import' },
  'transfer.import.done': { zh: '已立案：{caseNumber}', en: 'Case opened: {caseNumber}' },
  'transfer.import.mismatch': {
    zh: '已立案，但本机重新计算的未执行金额（{recomputed} 元）与原法院的（{unrealised} 元）不一致，请核对本机利率表（LPR）是否齐全。',
    en: 'The case is open, but the unrealised amount computed here ({recomputed}) differs from the original court’s ({unrealised}); check this installation’s LPR table.',
  },
  'transfer.import.openCase': { zh: '打开新案件', en: 'Open the new case' },
  'transfer.origin': {
    zh: '本案移送自 {court}（原案号 {caseNumber}），移送日期 {date}，未执行金额 {amount} 元',
    en: 'Transferred from {court} (original case {caseNumber}) on {date}; unrealised {amount}',
  },
  'transfer.debtors.plan': { zh: '据此编制执行款分配方案', en: 'Start a distribution plan from these cases' },
  'transfer.debtors.seedLeft': {
    zh: '以下案件的未实现金额尚不能计算，未列入债权，请手工补充：{cases}',
    en: 'The unrealised amount of these cases cannot be computed yet; add them by hand: {cases}',
  },
  'transfer.debtors.heading': {
    zh: '集中执行：同一被执行人的案件',
    en: 'Joint enforcement: cases against one debtor',
  },
  'transfer.debtors.intro': {
    zh: '按被执行人姓名（名称）和身份证号（统一社会信用代码）归集本院的案件，合计未执行金额，供制作分配方案。',
    en: 'Cases held here grouped by the debtor’s name and id number, with the unrealised totals, for a distribution plan.',
  },
  'transfer.debtors.original': { zh: '原执行法院及案号', en: 'Original court and case' },
  'transfer.debtors.applicants': { zh: '申请执行人', en: 'Applicants' },
  'transfer.debtors.unrealised': { zh: '未执行金额（元）', en: 'Unrealised' },
  'transfer.debtors.incomplete': {
    zh: '（部分案件无法计算，未计入）',
    en: ' (some cases cannot be computed and are left out)',
  },
} satisfies Catalogue;

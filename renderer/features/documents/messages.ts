import { kindNames } from '../../../core/features/signatures/messages';
import type { Catalogue } from '../../../core/lib/text';

/**
 * Exports with the reveal choice, and verifying a signed PDF (#/verify).
 * Each key carries both languages (core/lib/text Text), so zh-CN and en cannot drift apart.
 * Names core's catalogue already gives (the same words in its messages) take core's Chinese.
 */
export const messages = {
  'reliability.reveal': {
    zh: '在本文书中显示完整身份证号和电话',
    en: 'Show full ID and phone numbers in this document',
  },
  'reliability.revealHint': {
    zh: '不勾选时，导出的文书中身份证号和电话号码只显示首尾几位；是否显示会记入审计记录。',
    en: 'Unchecked, identity-card and phone numbers are printed with only their first and last digits; the choice is recorded in the audit log.',
  },
  'reliability.exportStatement': { zh: '导出计算说明（PDF）', en: 'Export statement (PDF)' },
  'reliability.exportedMasked': {
    zh: '已导出 {file}（身份证号、电话已遮蔽）',
    en: 'Exported {file} (ID and phone numbers masked)',
  },
  'reliability.exportedShown': {
    zh: '已导出 {file}（显示了完整身份证号、电话，已记入审计记录）',
    en: 'Exported {file} (full ID and phone numbers shown; recorded in the audit log)',
  },
  'signing.nav.verify': { zh: '文书核验', en: 'Verify a document' },
  'signing.kind.statement': { zh: '迟延履行利息计算说明', en: 'Delay-interest statement' },
  'signing.kind.reconMinutes': { zh: kindNames.recon.zh, en: 'Reconciliation minutes' },
  'signing.kind.minutes': { zh: '笔录', en: 'Minutes' },
  'signing.verify.title': { zh: '文书核验', en: 'Verify a document' },
  'signing.verify.drop': {
    zh: '把 PDF 文件拖到这里，或点击选择文件',
    en: 'Drop a PDF here, or choose a file',
  },
  'signing.verify.checking': { zh: '正在核验…', en: 'Checking…' },
  'signing.verify.okRegistered': {
    zh: '文件完好，且与本机导出登记一致',
    en: 'Intact, and registered on this workstation',
  },
  'signing.verify.okUnregistered': {
    zh: '签名有效，但本机没有该文件的导出登记',
    en: "Signature valid, but not in this workstation's register",
  },
  'signing.verify.bad': { zh: '文件已被改动或签名无效', en: 'Altered, or the signature is not valid' },
  'signing.verify.unknownKind': { zh: '未知', en: 'unknown' },
  'signing.verify.file': { zh: '文件', en: 'File' },
  'signing.verify.kind': { zh: '文书', en: 'Document' },
  'signing.verify.signer': { zh: '签名人', en: 'Signer' },
  'signing.verify.signedAt': { zh: '签署时间', en: 'Signed at' },
  'signing.verify.sha256': { zh: '文件摘要（SHA-256）', en: 'File digest (SHA-256)' },
  'signing.identity.title': { zh: '本机数字签名证书', en: 'Signing certificate' },
  'signing.identity.none': {
    zh: '尚未生成：首次导出文书时自动生成本机证书；也可以导入法院的证书。',
    en: "None yet: a workstation certificate is made at the first export, or import the court's.",
  },
  'signing.identity.workstation': {
    zh: '当前使用本机证书「{name}」，有效期至 {until}。',
    en: 'Signing with the workstation certificate “{name}”, valid until {until}.',
  },
  'signing.identity.imported': {
    zh: '当前使用导入的证书「{name}」，有效期至 {until}。',
    en: 'Signing with the imported certificate “{name}”, valid until {until}.',
  },
  'signing.identity.file': { zh: '证书文件（.p12）', en: 'Certificate file (.p12)' },
  'signing.identity.passphrase': { zh: '证书密码', en: 'Passphrase' },
  'signing.identity.import': { zh: '导入证书', en: 'Import certificate' },
  'signing.identity.done': {
    zh: '证书已导入，此后导出的文书将以该证书签名。',
    en: 'Imported; documents exported from now on are signed with it.',
  },
} satisfies Catalogue;

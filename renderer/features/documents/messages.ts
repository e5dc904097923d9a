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
  'signing.verify.status.verified': {
    zh: '核验通过：签名有效，签名人受信任',
    en: 'Verified: valid, trusted signer',
  },
  'signing.verify.status.untrusted': {
    zh: '签名有效，但签名人不在受信任列表',
    en: 'Signature valid, but the signer is not trusted',
  },
  'signing.verify.status.modified': { zh: '签署后被修改', en: 'Modified after signing' },
  'signing.verify.status.broken': { zh: '签名无效', en: 'Signature not valid' },
  'signing.verify.status.unsigned': { zh: '文件没有数字签名', en: 'Not signed' },
  'signing.verify.signatures': { zh: '文件中的数字签名', en: 'Signatures in the file' },
  'signing.verify.col.n': { zh: '序号', en: '#' },
  'signing.verify.col.signer': { zh: '签名人（证书主体）', en: 'Signer (certificate subject)' },
  'signing.verify.col.fingerprint': { zh: '证书指纹（SHA-256）', en: 'Certificate fingerprint (SHA-256)' },
  'signing.verify.col.time': { zh: '签署时间', en: 'Signed at' },
  'signing.verify.col.covers': { zh: '签名范围', en: 'Covers' },
  'signing.verify.col.state': { zh: '状态', en: 'State' },
  'signing.verify.covers': { zh: '第 0–{to} 字节', en: 'bytes 0–{to}' },
  'signing.verify.coversRevision': {
    zh: '第 0–{to} 字节（至第 {n} 次修订）',
    en: 'bytes 0–{to} (to revision {n})',
  },
  'signing.verify.wholeFile': { zh: '，整个文件', en: ', whole file' },
  'signing.verify.state.invalid': { zh: '无效：{problem}', en: 'invalid: {problem}' },
  'signing.verify.state.trusted': { zh: '有效，受信任', en: 'valid, trusted' },
  'signing.verify.state.registered': { zh: '有效，本机导出', en: 'valid, exported here' },
  'signing.verify.state.untrusted': { zh: '有效，不在受信任列表', en: 'valid, not trusted' },
  'signing.verify.outside': {
    zh: '不在任何有效签名范围内的内容：第 {from}–{to} 字节（共 {count} 字节）{revisions}',
    en: 'Outside every valid signature: bytes {from}–{to} ({count} bytes){revisions}',
  },
  'signing.verify.outsideRevisions': { zh: '，即第 {n} 次修订', en: ', revision {n}' },
  'signing.verify.size': {
    zh: '文件大小：{size} 字节，共 {revisions} 次修订',
    en: 'Size: {size} bytes, {revisions} revisions',
  },
  'trust.title': { zh: '受信任的法院证书', en: 'Trusted court certificates' },
  'trust.intro': {
    zh: '只有此处列出的证书（及本机证书）签署的文书和移送案卷包才会核验通过。加入前请通过公务电话与对方逐组核对指纹。',
    en: 'Only documents and packages signed by these certificates (and this desk’s own) verify. Check the fingerprint group by group with the other court by telephone before adding one.',
  },
  'trust.own': { zh: '本机证书（始终受信任）', en: 'This desk’s certificate (always trusted)' },
  'trust.none': { zh: '尚未加入其他法院的证书。', en: 'No other court’s certificate yet.' },
  'trust.col.subject': { zh: '证书主体', en: 'Subject' },
  'trust.col.fingerprint': { zh: '指纹（SHA-256）', en: 'Fingerprint (SHA-256)' },
  'trust.col.validity': { zh: '有效期', en: 'Valid' },
  'trust.col.added': { zh: '加入', en: 'Added' },
  'trust.validity': { zh: '{from} 至 {to}', en: '{from} to {to}' },
  'trust.added': { zh: '{at}，{actor}（{how}）', en: '{at}, {actor} ({how})' },
  'trust.how.file': { zh: '证书文件', en: 'certificate file' },
  'trust.how.fingerprint': { zh: '核对指纹', en: 'fingerprint read back' },
  'trust.how.package': { zh: '移送案卷包', en: 'transfer package' },
  'trust.remove': { zh: '移除信任', en: 'Remove trust' },
  'trust.removeConfirm': {
    zh: '确定不再信任「{subject}」？此后该证书签署的文书和案卷包将不能核验通过。',
    en: 'Stop trusting “{subject}”? Documents and packages it signed will no longer verify.',
  },
  'trust.file': { zh: '证书文件（.cer / .pem / .p12）', en: 'Certificate file (.cer / .pem / .p12)' },
  'trust.passphrase': { zh: '.p12 密码（如有）', en: '.p12 passphrase (if any)' },
  'trust.inspect': { zh: '读取证书', en: 'Read certificate' },
  'trust.check': {
    zh: '请与对方法院核对：证书主体 {subject}，有效期 {from} 至 {to}，指纹如下。核对一致后，在下框输入（或逐组读出后输入）该指纹以确认。',
    en: 'Check with the other court: subject {subject}, valid {from} to {to}, fingerprint below. If it matches, type the fingerprint below to confirm.',
  },
  'trust.typeFingerprint': { zh: '确认指纹', en: 'Confirm the fingerprint' },
  'trust.add': { zh: '核对一致，加入受信任列表', en: 'It matches: trust this certificate' },
  'trust.done': { zh: '已加入受信任列表：{subject}', en: 'Trusted: {subject}' },
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

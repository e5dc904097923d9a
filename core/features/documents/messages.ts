import type { Catalogue } from '../../lib/text';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  certificateUnreadable: {
    zh: '无法读取证书文件（支持 .cer、.pem、.p12；.p12 需要正确的密码）：{reason}',
    en: 'cannot read the certificate file (.cer, .pem or .p12 with its passphrase): {reason}',
  },
  noCertificate: { zh: '文件中没有证书', en: 'the file holds no certificate' },
  fingerprintMismatch: {
    zh: '输入的指纹与证书不一致，未加入受信任列表。证书指纹：{fingerprint}',
    en: 'the fingerprint entered does not match the certificate; nothing was trusted. Its fingerprint: {fingerprint}',
  },
  alreadyTrusted: {
    zh: '该证书已在受信任列表中（{subject}）',
    en: 'this certificate is already trusted ({subject})',
  },
  notTrusted: {
    zh: '受信任列表中没有指纹为 {fingerprint} 的证书',
    en: 'no trusted certificate has the fingerprint {fingerprint}',
  },
  ownCertificate: {
    zh: '本机的签名证书始终受信任，不能从列表中移除',
    en: "this desk's own signing certificate is always trusted and cannot be removed",
  },
} as const satisfies Catalogue;

/** Phrases of this feature's documents: court language, zh-CN only. */
export const phrases = {} as const;

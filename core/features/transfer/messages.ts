import { rulesText } from '../../lib/interest/court';
import { rateTableText } from '../../lib/rates/wording';
import type { Catalogue } from '../../lib/text';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  // The checklist before the file leaves (checklist.ts). {measure} is a label: kind and object in zh,
  // the measure's number in en.
  measureExpiring: {
    zh: '{measure}{when}，移送前应由本院办理续行',
    en: '{measure} {when}; renew it before the file moves',
  },
  measureExpiringAcknowledged: {
    zh: '{measure}{when}，移送前应由本院办理续行（已确认仍然移送）',
    en: '{measure} {when}; renew it before the file moves (acknowledged)',
  },
  expiredOn: { zh: '已于 {date} 到期', en: 'expired on {date}' },
  expiresOn: { zh: '将于 {date} 到期（还剩 {days} 天）', en: 'expires on {date} ({days} days left)' },
  sessionOpen: { zh: '对账 #{id} 尚未签名完成', en: 'reconciliation session {id} is not signed' },
  noDecisionDate: {
    zh: '未填写移送决定日期，无法核对 7 日移送期限',
    en: 'no decision date: the 7-day deadline cannot be checked',
  },
  deadlineOverdue: {
    zh: '已超过移送期限：应于 {deadline} 前移送（逾期 {days} 天）',
    en: 'overdue: the file was due by {deadline} ({days} days late)',
  },
  deadline: { zh: '应于 {deadline} 前移送（还剩 {days} 天）', en: 'send by {deadline} ({days} days left)' },
  checklistBlocks: { zh: '移送前检查未通过：{item}', en: 'the checklist blocks the export: {item}' },

  // Reading a package (handlers/package.ts, manifest.ts): each problem names the entry concerned.
  packageRefused: { zh: '移送案卷包未通过核验：{problem}', en: 'package refused: {problem}' },
  zipUnreadable: {
    zh: '文件不是完整的移送案卷包（zip 目录无法读取），可能已损坏或被截断',
    en: 'not a readable package (zip directory damaged or truncated)',
  },
  tooManyFiles: { zh: '案卷包中的文件过多', en: 'too many files in the package' },
  tooLarge: { zh: '案卷包解压后过大', en: 'the package is too large when unpacked' },
  entryTwice: { zh: '案卷包中文件「{entry}」重复', en: '{entry} appears twice' },
  entryDamaged: {
    zh: '文件「{entry}」已损坏，无法解压（案卷包可能被篡改或传输不完整）',
    en: '{entry} cannot be unpacked: damaged',
  },
  entryUnreadable: { zh: '文件「{entry}」无法读取', en: '{entry} cannot be read' },
  manifestMissing: { zh: '案卷包缺少清单文件「{entry}」', en: '{entry} is missing' },
  signatureMissing: { zh: '案卷包缺少签名文件「{entry}」', en: '{entry} is missing' },
  signatureUnreadable: { zh: '签名文件「{entry}」无法读取', en: '{entry} cannot be read' },
  signatureInvalid: {
    zh: '清单文件「{entry}」的数字签名验证未通过，案卷包可能已被篡改',
    en: 'the signature over {entry} does not verify: the package may have been tampered with',
  },
  manifestShape: { zh: '清单文件「{entry}」格式不符', en: '{entry} has an unexpected shape' },
  certificateMismatch: {
    zh: '签名证书与清单中记载的证书不一致',
    en: 'the signing certificate differs from the one the manifest names',
  },
  signerMismatch: {
    zh: '清单中记载的签名人「{claimed}」与签名证书的主体「{subject}」不一致，案卷包可能系伪造',
    en: 'the manifest names the signer "{claimed}" but the certificate is "{subject}": the package may be forged',
  },
  signerUntrusted: {
    zh: '签名人不在本机受信任列表中，拒绝接收。证书主体：{subject}；证书指纹：{fingerprint}；有效期：{validity}。请通过公务电话与移送法院逐组核对指纹，核对一致后方可确认信任。',
    en: 'the signer is not in the trusted list; refused. Certificate subject: {subject}; fingerprint: {fingerprint}; valid {validity}. Check the fingerprint group by group with the sending court by telephone before trusting it.',
  },
  listedTwice: { zh: '清单中文件「{entry}」重复', en: '{entry} is listed twice' },
  entryAbsent: {
    zh: '案卷包缺少文件「{entry}」，可能不完整',
    en: 'the package lacks {entry}; it may be incomplete',
  },
  hashMismatch: {
    zh: '文件「{entry}」的校验值与清单不符，可能已被篡改或损坏',
    en: '{entry} does not match its hash in the manifest: tampered with or damaged',
  },
  unlisted: {
    zh: '案卷包含有清单以外的文件「{entry}」',
    en: '{entry} is in the package but not in the manifest',
  },

  // Taking a package in (handlers/receive.ts, handlers/carried.ts): an entry and why it is refused.
  caseNumberTaken: {
    zh: '案号 {caseNumber} 已存在，请填写本院新立案件的案号',
    en: 'case number {caseNumber} already exists',
  },
  invalidEntry: { zh: '移送案卷包中的「{entry}」内容无效：{why}', en: '{entry} is not valid: {why}' },
  entryMissing: { zh: '缺少此文件', en: 'the file is missing' },
  notJson: { zh: '不是有效的 JSON', en: 'not valid JSON' },
  badShape: { zh: '格式不符', en: 'unexpected shape' },
  partiesInvalid: { zh: '当事人信息不符合要求', en: 'the parties are not valid' },
  renewedMeasureMissing: {
    zh: '措施 {id} 续行的措施不存在',
    en: 'measure {id} renews a measure the file does not hold',
  },
  expiryBeforeStart: {
    zh: '措施 {id} 的届满日早于开始日期',
    en: 'measure {id} ends before it starts',
  },
  refusalWithStrokes: {
    zh: '拒绝签名须有理由，且没有签名笔迹',
    en: 'a refusal has a reason and no strokes',
  },
  signatureIncomplete: { zh: '签名须有笔迹和签名图像', en: 'a signature has strokes and an image' },
  signatureNotPng: { zh: '签名图像不是 PNG 图像', en: 'the signature image is not a PNG image' },
  signatureHashMismatch: {
    zh: '签名图像与其校验值不符',
    en: 'the signature image does not match its hash',
  },
  strokesInvalid: { zh: '签名笔迹无效', en: 'the strokes are not valid' },
} as const satisfies Catalogue;

export type TransferMessage = keyof typeof messages;

const NUMERALS = '一二三四五六七八九十';
const TITLE = '执行情况说明';

/** Phrases of this feature's documents and files: court language, zh-CN only. */
export const phrases = {
  title: TITLE,
  /** 「一、当事人」: the n-th section (from 0). */
  section: (n: number, text: string) => `${NUMERALS[n]}、${text}`,
  intro: (o: {
    caseNumber: string;
    title: string;
    /** 2026年1月10日, when the decision date is known. */
    decidedOn: string | null;
    receivingCourt: string;
    transferDate: string;
  }) =>
    `${o.caseNumber}${o.title}一案，` +
    `${o.decidedOn ? `经${o.decidedOn}决定` : '经决定'}` +
    `移送${o.receivingCourt || '有管辖权的人民法院'}执行。现将本案截至${o.transferDate}的执行情况说明如下。`,
  none: '无。',

  parties: '当事人',
  noParties: '未登记。',
  withRepresentative: (name: string, representative: string) => `${name}（${representative}）`,

  basis: '执行依据',
  originalCaseNumber: '原执行案号',
  legalDocument: '执行依据',
  obligationColumns: ['编号', '项目', '类型', '金额（元）', '履行期限 / 计息'],
  runningFrom: (base: string, from: string) => `以 ${base} 为基数，自 ${from} 起`,
  dueOn: (due: string) => `届满日 ${due}`,

  realised: '已执行到位的款项及方式',
  noPayments: '无执行到位款项。',
  paymentColumns: ['序号', '日期', '方式', '金额（元）'],
  total: '合计',

  unrealised: '未执行到位金额',
  balanceColumns: ['类别', '金额（元）'],
  balances: {
    principal: '本金',
    fee: '费用',
    generalInterest: '一般债务利息',
    oldDelay: '迟延履行利息（2014年8月1日前）',
    doubled: '加倍部分债务利息',
  },
  unrealisedTotal: (o: { rules: string; rateTable: string; asOf: string; amount: string; capital: string }) =>
    `经本院按${rulesText(o.rules)}计算（所用利率：${rateTableText(o.rateTable)}），截至${o.asOf}，未执行到位金额合计${o.amount}元（大写：${o.capital}），即移送后新立案件的执行标的。`,

  measures: '已采取且仍在期限内的查控措施',
  measureColumns: ['措施', '对象', '裁定书文号', '期限', '状态'],

  sessions: '对账情况',
  noSessions: '未进行对账。',
  sessionColumns: ['对账', '开始时间', '状态', '结果'],
  /** Reconciliation session states (recon's codes) as the 执行情况说明 prints them. */
  sessionStates: {
    DRAFT: '准备中',
    IN_SESSION: '对账中',
    PAUSED: '已暂停',
    AWAITING_SIGNATURES: '待签名',
    SIGNED: '已签名',
  } as Record<string, string>,
  agreedBalance: (total: string) => `双方确认余额 ${total} 元`,
  courtBalance: (total: string, disputed: number) => `法院认定余额 ${total} 元（争议 ${disputed} 项）`,

  // Hearings and settlements, built by those features (OtherProceedings).
  proceedingColumns: ['事项', '日期', '状态'],
  hearings: '听证情况',
  noHearings: '未举行听证。',
  settlements: '执行和解及履行情况',
  noSettlements: '未达成执行和解。',

  pendingMatters: '需要接收法院继续办理的事项',
  subject: (asOf: string, unrealised: string) => `${TITLE}（截至 ${asOf}，未执行到位 ${unrealised} 元）`,

  /** The export register's file-name suffix for the 执行情况说明: the transfer date. */
  asOfSuffix: (date: string) => `截至${date}`,
  packageFileName: (caseNumber: string) => `${caseNumber} 移送案卷包.zip`,
  /** The note on each carried payment: realised by the original court, before the transfer. */
  realisedByOriginalCourt: (court: string) => `原执行法院（${court}）执行到位`,
} as const;

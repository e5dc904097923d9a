import { FIELD_LABELS } from '../api/messages';
import { format } from '../../lib/text';
import { BUCKET_LABELS, phrases as interestPhrases } from '../../lib/interest/messages';

/**
 * Every fixed phrase printed in a document (STYLE.md §15) that is shared by every document: the page
 * furniture, signatures, provenance, the statement's sections. Documents are issued in Chinese only;
 * `{name}` placeholders are filled by zh().
 */
export const phrases = {
  page: '第 {x} 页 共 {y} 页',
  pageSignature: '本页签名：',
  signHere: '（签名）',
  statementTitle: '迟延履行利息计算说明',
  statementIntro:
    '本说明依据《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》（法释〔2014〕8号）及相关规定，就{case}截至{asOf}的迟延履行期间债务利息及债务余额计算如下。',
  thisCase: '本案',
  parties: '一、当事人',
  obligations: '二、生效法律文书确定的债务',
  payments: '三、履行及执行到位情况',
  excluded: '四、不计算迟延履行利息的期间',
  settings: '五、计算设置',
  allocations: '六、款项分配（清偿抵充）',
  balances: '七、截至计算日的债务余额',
  trace: '八、计算过程',
  noPayments: '无履行或执行到位款项。',
  noExcluded: '无。',
  rateTable: '利率表版本',
  rules: '计算规则版本',
  asOf: FIELD_LABELS.asOf!.zh,
  total: '合计',
  totalCapital: '截至{asOf}，被执行人尚欠债务合计{amount}元（大写：{capital}）。',
  overpaid: '超付',
  provenanceIntro: '本文书由执行听证·对账工作台生成，并以「{signer}」证书加具数字签名（PKCS#7）。',
  recordHash: '记录内容摘要（SHA-256）：',
  auditHead: '审计链头：',
  generatedAt: '生成时间：',
  verifyHint: '核验方法：在本程序「核验文书」中核验，或以通用的 PDF 数字签名核验工具核验。',
  participants: '参加人员',
  record: '记录',
  minutesEnd: '（以下无正文）',
  // signing (对账笔录 and other signed records)
  refused: '拒绝签名',
  refusedReason: '理由：{reason}',
  /** one refusal in the note above a page's signature row */
  refusalNote: '{role}{name}{refused}，{reason}',
  draft: '（草稿）',
  // the layout's own punctuation
  /** a label before its value: 「案号：」 */
  label: '{label}：',
  numberedLabel: '{number}. {label}：',
  listSeparator: '；',
  /** between the items of a short list: 「甲、乙」 */
  enumeration: '、',
  /** the first-line indent of a paragraph: two ideographic spaces */
  indent: '\u3000\u3000',
  // the PDF's metadata, the signature and the workstation certificate
  appName: '执行听证·对账工作台',
  pdfCreator: 'Hearing Desk 执行听证·对账工作台',
  enforcementBureau: '执行局',
  workstation: '{name} 工作站',
  signReason: '出具{title}',
  signReasonForCase: '出具{title}（{caseNumber}）',
} as const;

export type PhraseKey = keyof typeof phrases;

/** The Chinese phrase with {name} placeholders filled. */
export function zh(key: PhraseKey, values: Record<string, string | number> = {}): string {
  return format(phrases[key], values);
}

/**
 * An ISO 8601 UTC time as documents print it: 「2026年12月3日 23时14分（北京时间）」. China keeps UTC+8 all
 * year, so the offset is fixed; documents never print UTC.
 */
export function beijingTime(isoUtc: string): string {
  const t = Date.parse(isoUtc);
  if (Number.isNaN(t)) return isoUtc;
  const d = new Date(t + 8 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${two(d.getUTCHours())}时${two(d.getUTCMinutes())}分（北京时间）`;
}

/** Why a signature does not verify, in Chinese (verify.ts keeps the English as the key). */
export const SIGNATURE_PROBLEMS_ZH: Record<string, string> = {
  'ByteRange does not fit the file': '签名范围超出文件长度（文件可能被截断）',
  'Contents is not a hex string between the two ranges': '签名值不在两段签名范围之间',
  'not PKCS#7 SignedData': '签名不是 PKCS#7 格式',
  'signer info without signed attributes': '签名缺少签名属性',
  'signer certificate not in the signature': '签名中没有签名人证书',
  'unsupported digest algorithm': '不支持的摘要算法',
  'the document digest does not match the signed digest': '文件摘要与签名时的摘要不符',
  'the signature does not verify with the signer certificate': '签名值无法用签名人证书验证',
  unreadable: '签名数据无法读取或已损坏',
};

/** Registered exports by kind, as the verification message names them. */
export const DOCUMENT_KIND_ZH: Record<string, string> = {
  statement: phrases.statementTitle,
  minutes: '笔录',
  reconMinutes: '对账笔录',
};

export const BUCKET_ZH: Record<string, string> = {
  ...Object.fromEntries(Object.entries(BUCKET_LABELS).map(([bucket, label]) => [bucket, label.zh])),
  total: phrases.total,
};

export const OBLIGATION_KIND_ZH: Record<string, string> = {
  principal: '本金',
  fee: '费用',
  interestFixed: '确定数额的利息',
  interestRunning: '持续计算的利息',
};

export const ROLE_ZH: Record<string, string> = {
  applicant: '申请执行人',
  respondent: '被执行人',
  third: '第三人',
};

export const REGIME_ZH: Record<string, string> = {
  A: 'A 先息后本',
  B: 'B 并还',
  C: 'C 先本后息',
  agreed: '约定顺序',
};

/** How a setting's value reads in a statement (the same words as the settings screen). */
export const SETTING_VALUE_ZH: Record<string, string> = {
  'dayBasis.360': '每年按三百六十日计算',
  'dayBasis.365': '每年按三百六十五日计算',
  'band.byDelayLength': '按迟延期间长短',
  'band.fixed:upto6m': '固定：六个月以内',
  'band.fixed:6m1y': '固定：六个月至一年',
  'band.fixed:1y3y': '固定：一至三年',
  'band.fixed:3y5y': '固定：三至五年',
  'band.fixed:over5y': '固定：五年以上',
  'rateChange.segment': '按调整日分段计算',
  'rateChange.rateAtStart': '全程适用起算时利率',
  'dayCount.endMinusDue': '自期满次日起算',
  'dayCount.inclusive': '含期满当日',
  'oldBandTo.boundary': '计至2014年7月31日',
  'oldBandTo.end': '计至实际清偿日',
  'rounding.halfUpFen': '四舍五入到分',
  'regimeAOrder.interestFirst': interestPhrases.orders.interestFirst,
  'regimeAOrder.proportional': interestPhrases.orders.proportional,
  'regimeAOrder.principalFirst': interestPhrases.orders.principalFirst,
};

/** Validation message catalogue: schema issues carry a key; the dispatcher turns keys into zh/en text. */
export const VALIDATION_MESSAGES = {
  required: { zh: '此项必填', en: 'required' },
  tooLong: { zh: '内容过长', en: 'too long' },
  amountFormat: {
    zh: '金额格式不正确，应为如 1234.56 的数字（不带逗号、符号）',
    en: 'amount must look like 1234.56 (no commas or signs)',
  },
  amountDecimals: { zh: '金额最多保留两位小数（到分）', en: 'amount may have at most two decimals (fen)' },
  amountTooLarge: { zh: '金额超出允许范围', en: 'amount is too large' },
  amountPositive: { zh: '付款金额必须大于零', en: 'payment amount must be greater than zero' },
  dateFormat: {
    zh: '日期格式不正确，可写作 2026年11月1日、2026-11-01、2026.11.1 或 20261101',
    en: 'not a date; write 2026-11-01, 2026年11月1日, 2026.11.1 or 20261101',
  },
  dateInvalid: { zh: '日期不存在（请核对年月日）', en: 'no such calendar date' },
  rateFormat: { zh: '利率格式不正确，应为如 0.06 的小数', en: 'rate must be a decimal such as 0.06' },
  rateTooHigh: {
    zh: '年利率达到或超过 100%，请核对利率的单位（年利率 6% 请选「年利率」并填 6）',
    en: 'an annual rate of 100 % or more; check the unit (6 % a year: choose 年利率 and type 6)',
  },
  statedDisagrees: {
    zh: '判决表述的利率与计算用的利率不一致',
    en: 'the rate as stated does not match the rate computed with',
  },
  idInvalid: { zh: '编号无效', en: 'invalid id' },
  enumInvalid: { zh: '取值不在允许范围内', en: 'value not allowed' },
  codeFormat: {
    zh: '编号只能包含字母、数字、短横线和下划线',
    en: 'code may contain letters, digits, - and _ only',
  },
  unknownField: { zh: '含有不认识的字段', en: 'unknown field' },
  invalid: { zh: '输入无效', en: 'invalid input' },
  nulChar: { zh: '不能包含空字符（NUL）', en: 'must not contain a NUL character' },
  // Domain rules checked by the handlers after the schema (same catalogue, same message shape).
  notForKind: { zh: '该类型的项目不应填写此项', en: 'not allowed for this kind of obligation' },
  dateOrder: { zh: '不得早于开始日期', en: 'must not be before the start date' },
  percentFormat: {
    zh: '利率格式不正确，应为年利率百分数，如 3.00（表示 3.00%）',
    en: 'rate must be an annual percentage such as 3.00',
  },
  percentRange: { zh: '年利率应大于 0 且不超过 20%', en: 'the annual rate must be above 0 and at most 20 %' },
  baseUnknown: { zh: '本案中没有该编号的项目', en: 'no obligation with this code in the case' },
  baseIsInterest: { zh: '计息基数不能是利息项目', en: 'the base may not itself be an interest' },
  baseIsSelf: { zh: '计息基数不能是本项目自身', en: 'an interest may not be its own base' },
  delayBaseForbidden: {
    zh: '持续计息的利息不能计入迟延履行利息的基数',
    en: 'a running interest may not be in the delay base',
  },
  // Measures.
  termRange: { zh: '期限应为 1 至 120 个月', en: 'the term must be 1 to 120 months' },
  renewalOrder: {
    zh: '续行的开始日期应晚于被续行措施的开始日期',
    en: 'a renewal must start after the measure it renews',
  },
  releaseOrder: { zh: '开始日期不得晚于解除日期', en: 'the start must not be after the release' },
  // Public petition hearing.
  quantityFormat: {
    zh: '数量应为正数，最多四位小数，不带单位（如 2.5）',
    en: 'quantity must be a positive number with at most four decimals, no unit',
  },
  quantityZero: { zh: '数量不能为零', en: 'quantity must not be zero' },
  coordinateRange: { zh: '应在图片范围内（0 至 1）', en: 'must be within the photo (0..1)' },
  colourFormat: { zh: '颜色格式应为 #RRGGBB', en: 'colour must be #RRGGBB' },
} as const;

export type ValidationKey = keyof typeof VALIDATION_MESSAGES;

/**
 * Field labels, the one table of core: validation messages such as 「金额：金额最多保留两位小数」 name
 * the field with them, and a document printing a field's label takes it from here (documents may import
 * this file; the renderer reads it through core/platform/api/model.ts).
 */
export const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  caseNumber: { zh: '案号', en: 'case number' },
  title: { zh: '案由', en: 'title' },
  court: { zh: '法院', en: 'court' },
  judge: { zh: '承办法官', en: 'judge' },
  clerk: { zh: '书记员', en: 'clerk' },
  name: { zh: '姓名/名称', en: 'name' },
  role: { zh: '诉讼地位', en: 'role' },
  amount: { zh: '金额', en: 'amount' },
  date: { zh: '日期', en: 'date' },
  due: { zh: '履行期限届满日', en: 'due date' },
  from: { zh: '起算日', en: 'from' },
  oneYear: { zh: '一年期 LPR', en: 'one-year LPR' },
  over5y: { zh: '五年期以上 LPR', en: 'over-five-year LPR' },
  source: { zh: '来源', en: 'source' },
  until: { zh: '截止日', en: 'until' },
  label: { zh: '名称', en: 'label' },
  // signing
  strokes: { zh: '签名笔迹', en: 'signature strokes' },
  png: { zh: '签名图像', en: 'signature image' },
  signer: { zh: '签名人', en: 'signer' },
  record: { zh: '笔录', en: 'record' },
  passphrase: { zh: '证书密码', en: 'passphrase' },
  kind: { zh: '类型', en: 'kind' },
  code: { zh: '编号', en: 'code' },
  note: { zh: '备注', en: 'note' },
  query: { zh: '查询', en: 'query' },
  id: { zh: '编号', en: 'id' },
  caseId: { zh: '案件编号', en: 'case id' },
  asOf: { zh: '计算截止日', en: 'as-of date' },
  idNumber: { zh: '身份证号/统一社会信用代码', en: 'id number' },
  phone: { zh: '电话', en: 'phone' },
  address: { zh: '地址', en: 'address' },
  representative: { zh: '代理人/法定代表人', en: 'representative' },
  base: { zh: '计息基数', en: 'base' },
  schedule: { zh: '利率', en: 'rate schedule' },
  type: { zh: '利率类型', en: 'rate type' },
  annual: { zh: '年利率', en: 'annual rate' },
  multiplier: { zh: '倍数', en: 'multiplier' },
  band: { zh: '利率档次', en: 'rate band' },
  dayBasis: { zh: '年天数', en: 'day basis' },
  inDelayBase: { zh: '计入迟延履行利息基数', en: 'in delay base' },
  to: { zh: '截止日', en: 'to' },
  reason: { zh: '事由', en: 'reason' },
  fileName: { zh: '文件名', en: 'file name' },
  base64: { zh: '文件内容', en: 'file content' },
  mapping: { zh: '列对应', en: 'column mapping' },
  sheet: { zh: '工作表', en: 'sheet' },
  rows: { zh: '所选行', en: 'selected rows' },
  payer: { zh: '付款人', en: 'payer' },
  setId: { zh: '核算清单', en: 'entry set' },
  setA: { zh: '核算清单 A', en: 'entry set A' },
  setB: { zh: '核算清单 B', en: 'entry set B' },
  choice: { zh: '处理方式', en: 'choice' },
  key: { zh: '差异', en: 'difference' },
  value: { zh: '其他数值', en: 'other value' },
  // Measures and transfer.
  object: { zh: '措施对象', en: 'object' },
  rulingNumber: { zh: '裁定书文号', en: 'ruling number' },
  startDate: { zh: '开始日期', en: 'start date' },
  termMonths: { zh: '期限（月）', en: 'term (months)' },
  statedExpiry: { zh: '裁定载明的届满日', en: 'stated expiry' },
  releasedOn: { zh: '解除日期', en: 'release date' },
  withinDays: { zh: '天数', en: 'days' },
  decisionDate: { zh: '移送决定日期', en: 'decision date' },
  transferDate: { zh: '移送日期', en: 'transfer date' },
  receivingCourt: { zh: '接收法院', en: 'receiving court' },
  pendingMatters: { zh: '待办事项', en: 'pending matters' },
  newCaseNumber: { zh: '新案号', en: 'new case number' },
  legalDocument: { zh: '执行依据', en: 'legal document' },
  acknowledgeExpiring: { zh: '确认仍然移送', en: 'acknowledge' },
  minCases: { zh: '案件数', en: 'number of cases' },
  // Public petition hearing.
  hearingId: { zh: '听证', en: 'hearing' },
  place: { zh: '地点', en: 'place' },
  isPublic: { zh: '是否公开', en: 'public' },
  panelRole: { zh: '听证员身份', en: 'panel role' },
  attendeeId: { zh: '参加人', en: 'attendee' },
  itemId: { zh: '物品', en: 'item' },
  quantity: { zh: '数量', en: 'quantity' },
  unit: { zh: '单位', en: 'unit' },
  measure: { zh: '执行措施', en: 'measure' },
  location: { zh: '现存放地/去向', en: 'location' },
  basis: { zh: '法律依据', en: 'legal basis' },
  documentNo: { zh: '文书号', en: 'document number' },
  attachmentId: { zh: '附件', en: 'attachment' },
  annotations: { zh: '标注', en: 'annotations' },
  x: { zh: '标注位置', en: 'annotation position' },
  y: { zh: '标注位置', en: 'annotation position' },
  x2: { zh: '标注终点', en: 'annotation end' },
  y2: { zh: '标注终点', en: 'annotation end' },
  colour: { zh: '颜色', en: 'colour' },
  stage: { zh: '阶段', en: 'stage' },
  stance: { zh: '意见', en: 'stance' },
  statement: { zh: '陈述', en: 'statement' },
  text: { zh: '说明', en: 'text' },
  questionId: { zh: '提问', en: 'question' },
  asker: { zh: '提问人', en: 'asker' },
  question: { zh: '问题', en: 'question' },
  answerer: { zh: '回答人', en: 'answerer' },
  answer: { zh: '回答', en: 'answer' },
  conclusion: { zh: '结论', en: 'conclusion' },
  cursor: { zh: '当前项目', en: 'current item' },
  // Settlements and distribution plans.
  acknowledged: { zh: '确认欠款', en: 'acknowledged debt' },
  principal: { zh: '本金', en: 'principal' },
  fee: { zh: '费用', en: 'costs' },
  interest: { zh: '一般债务利息', en: 'interest' },
  delayInterest: { zh: '迟延履行期间的债务利息', en: 'delay interest' },
  delayWaived: { zh: '放弃的迟延履行利息', en: 'waived delay interest' },
  items: { zh: '履行计划', en: 'plan items' },
  total: { zh: '总额', en: 'total' },
  count: { zh: '期数', en: 'number of instalments' },
  firstDate: { zh: '首期日期', en: 'first date' },
  dates: { zh: '各期日期', en: 'dates' },
  amounts: { zh: '各期金额', en: 'amounts' },
  perPeriod: { zh: '每期扣划金额', en: 'amount per period' },
  item: { zh: '抵债物', en: 'item' },
  agreedValue: { zh: '作价', en: 'agreed value' },
  deliveryDate: { zh: '交付日期', en: 'delivery date' },
  transferCosts: { zh: '过户费用负担', en: 'transfer costs' },
  payee: { zh: '收款人', en: 'payee' },
  purpose: { zh: '用途', en: 'purpose' },
  clauses: { zh: '协议条款', en: 'clauses' },
  graceDays: { zh: '宽限期（日）', en: 'grace days' },
  guarantor: { zh: '担保人', en: 'guarantor' },
  manner: { zh: '履行方式', en: 'manner of payment' },
  concludedOn: { zh: '签订日期', en: 'concluded on' },
  missedSeq: { zh: '未履行的期次', en: 'missed instalment' },
  creditor: { zh: '债权人', en: 'creditor' },
  class: { zh: '受偿顺位', en: 'priority class' },
  collateralValue: { zh: '担保财产变价款', en: 'collateral proceeds' },
  sealedOn: { zh: '查封、扣押、冻结日期', en: 'seized on' },
  planDate: { zh: '方案日期', en: 'plan date' },
  debtor: { zh: '被执行人', en: 'debtor' },
};

/** What the error messages name: 「未找到该案件（编号 42）」. */
export const ENTITY_LABELS = {
  case: { zh: '案件', en: 'case' },
  party: { zh: '当事人', en: 'party' },
  obligation: { zh: '债务项目', en: 'obligation' },
  payment: { zh: '付款', en: 'payment' },
  excluded: { zh: '不计迟延利息的期间', en: 'excluded interval' },
  rate: { zh: '利率表', en: 'rate table' },
  export: { zh: '导出文书', en: 'exported document' },
  session: { zh: '对账', en: 'reconciliation session' },
  entry: { zh: '对账项目', en: 'entry' },
  importBatch: { zh: '导入批次', en: 'import batch' },
  entrySet: { zh: '核算清单', en: 'entry set' },
  entrySetPayment: { zh: '核算清单中的付款', en: 'entry-set payment' },
  entryResolution: { zh: '差异处理', en: 'difference resolution' },
  measure: { zh: '查控措施', en: 'measure' },
  transfer: { zh: '移送记录', en: 'transfer' },
  trustedCertificate: { zh: '受信任证书', en: 'trusted certificate' },
  // Public petition hearing.
  hearing: { zh: '听证', en: 'hearing' },
  hearingAttendee: { zh: '听证参加人', en: 'hearing attendee' },
  hearingItem: { zh: '执行物品', en: 'hearing item' },
  hearingAttachment: { zh: '附件', en: 'attachment' },
  hearingQuestion: { zh: '听证提问', en: 'hearing question' },
  // Settlements and distribution plans.
  settlement: { zh: '执行和解协议', en: 'settlement agreement' },
  distribution: { zh: '执行款分配方案', en: 'distribution plan' },
  // The 执行款 register.
  receipt: { zh: '执行款到账记录', en: 'receipt' },
  payout: { zh: '执行款发放记录', en: 'payout' },
} as const;
export type EntityName = keyof typeof ENTITY_LABELS;

/** What an audit row did, as the chain report names it. */
export const AUDIT_ACTION_LABELS: Record<string, { zh: string; en: string }> = {
  create: { zh: '新增', en: 'create' },
  update: { zh: '修改', en: 'update' },
  delete: { zh: '删除', en: 'delete' },
};

/** The platform's own texts: the dispatcher, the services, the database, signing and verifying. */
export const PLATFORM_MESSAGES = {
  internal: { zh: '内部错误，操作未保存。', en: 'Internal error; nothing was saved.' },
  unknownMethod: { zh: '未知的操作：{name}', en: 'unknown method: {name}' },
  notFound: { zh: '未找到该{entity}（编号 {id}）', en: '{entity} {id} not found' },
  /** 「金额：金额最多保留两位小数（到分）」: a field label and a validation message. */
  fieldIssue: { zh: '{label}：{message}', en: '{label}: {message}' },
  codeTaken: { zh: '编号 {code} 已被使用', en: 'code {code} is already used in this case' },

  // the database refused at start, and the services in recovery mode
  dbCorrupt: {
    zh: '数据库文件已损坏或不是本程序的数据库（{file}）：{reason}。请从备份恢复。',
    en: 'The database file is damaged or not ours ({file}): {reason}. Restore from a backup.',
  },
  dbTooNew: {
    zh: '数据库版本（{found}）高于本程序支持的版本（{supported}），请升级程序后再打开；数据未作任何修改。',
    en: 'The database is version {found}, newer than this program supports ({supported}). Upgrade the program; nothing was changed.',
  },
  // the compiled better-sqlite3 does not load (core/platform/db/native-binding.ts)
  nativeBindingElectron: {
    zh: '数据库组件 better-sqlite3 不是为本 Electron（{electron}，ABI {abi}）编译的，程序无法打开数据库。请在程序目录重新运行 npm start（它会下载或在本机编译 Electron 版组件：Linux 需 python3、make、g++，约四分钟），或改用 npm run web。文件：{file}；原因：{reason}',
    en: 'The database module better-sqlite3 is not built for this Electron ({electron}, ABI {abi}); the database cannot open. Run npm start again in the program folder (it downloads or compiles the Electron build: on Linux python3, make, g++, about four minutes), or use npm run web. File: {file}; reason: {reason}',
  },
  nativeBindingNode: {
    zh: '数据库组件 better-sqlite3 无法在本 Node.js（ABI {abi}）中加载，请在程序目录运行 npm rebuild better-sqlite3。原因：{reason}',
    en: 'The database module better-sqlite3 does not load in this Node.js (ABI {abi}); run npm rebuild better-sqlite3 in the program folder. Reason: {reason}',
  },
  recoveryMode: {
    zh: '数据库未能打开，程序处于恢复模式，只能查看和恢复备份。原因：{cause}',
    en: 'The database could not be opened; the program is in recovery mode (backups only). Cause: {cause}',
  },

  // export jobs
  databaseReplaced: {
    zh: '生成文书期间数据库已关闭或已从备份恢复，文书未登记，请重新导出',
    en: 'the database was closed or restored while the document was laid out; nothing was registered, export again',
  },
  fontsMissing: {
    zh: '找不到文书字体（NotoSerifSC / NotoSansSC），请运行 npm run fonts。',
    en: 'document fonts not found (NotoSerifSC / NotoSansSC); run `npm run fonts`.',
  },

  // the signing identity (.p12)
  p12Unreadable: {
    zh: '无法打开证书文件（.p12）：密码错误或文件已损坏（{reason}）',
    en: 'cannot open the .p12: wrong passphrase or damaged file ({reason})',
  },
  passphraseNeedsKeyStore: {
    zh: '签名证书的密码由系统密钥库保护，只能在本机桌面版中打开；请在桌面版中导出文书',
    en: "the signing certificate's passphrase is sealed by the OS key store: open it in the desktop app on this machine",
  },
  passphraseSealedElsewhere: {
    zh: '本机系统密钥库无法解开签名证书的密码（数据文件夹可能复制自另一台电脑或另一个账户）；请重新导入本院证书',
    en: "the OS key store cannot open the signing certificate's passphrase (the data folder may come from another machine or account): import the court certificate again",
  },
  p12NoRsaKey: {
    zh: '证书文件中没有 RSA 私钥（本程序暂不支持 SM2 等其他算法）',
    en: 'no RSA private key in the .p12 (SM2 and others are not supported)',
  },
  p12NoCertificate: {
    zh: '证书文件中没有与私钥匹配的证书',
    en: 'no certificate in the .p12 matches its private key',
  },

  // the audit chain
  auditIntact: {
    zh: '审计链完好：共 {rows} 行，链头 {head}',
    en: 'audit chain intact: {rows} rows, head {head}',
  },
  /** {where}: auditRow, or nothing when the row itself is gone. */
  auditBroken: {
    zh: '审计链已断开：第 {seq} 行{where}与链不符，该行或其前一行在写入后被改动或删除。',
    en: 'audit chain broken at row {seq}{where}: it or the row before it was changed or removed after it was written.',
  },
  auditRow: { zh: '（{entity} {id}，{action}，{at}）', en: ' ({entity} {id}, {action}, {at})' },

  // verifying a signed PDF
  verifyUnsigned: {
    zh: '文件中没有数字签名（或不是 PDF 文件），无法核验。',
    en: 'The file carries no digital signature (or is not a PDF); it cannot be verified.',
  },
  verifyBroken: {
    zh: '签名无效：文件在签署后被改动，或签名已损坏（{problem}）。不得作为本院出具的文书使用。',
    en: 'Signature NOT valid: the file was changed after signing or the signature is damaged ({problem}).',
  },
  /** The whole file is covered by valid signatures whose signers are all trusted. */
  verifyTrusted: {
    zh: '签名有效，签名人 {signer}（受信任），文件自签署后未被改动。签署时间：{when}。{registered}',
    en: 'Signature valid, signer {signer} (trusted); the file is unchanged since signing. Signed {when}.{registered}',
  },
  /** {kind}: the document's name in Chinese, its kind in English. */
  verifyRegisteredNote: {
    zh: '本机导出登记：{kind}，{fileName}。',
    en: ' Registered export: {kind}, {fileName}.',
  },
  verifyUntrusted: {
    zh: '签名有效，但签名人不在受信任列表：{signers}。文件自签署后未被改动，但签名人身份未经确认，请向出具单位核对证书指纹。',
    en: 'Signature valid, but the signer is not in the trusted list: {signers}. The file is unchanged, but who signed it is not confirmed; check the certificate fingerprint with the issuer.',
  },
  /** {outside}: verifyOutsideRevisions or verifyOutsideBytes. */
  verifyModified: {
    zh: '签署后被修改：{outside}不在任何有效签名范围内。签名人 {signer} 签署的只是此前的内容（签署时间：{when}），本文件不得作为签署时的文书使用。',
    en: 'MODIFIED after signing: {outside} lie outside every valid signature. {signer} signed only what came before (signed {when}); this file is not the document as signed.',
  },
  verifyOutsideRevisions: {
    zh: '第 {from}–{to} 字节（第 {revisions} 次修订）',
    en: 'bytes {from}–{to} (revision {revisions})',
  },
  verifyOutsideBytes: {
    zh: '文件末尾第 {from}–{to} 字节的追加内容',
    en: 'bytes {from}–{to} appended at the end',
  },
  signedAtUnknown: { zh: '时间不明', en: 'time unknown' },
} as const;

import type { Catalogue } from '../../lib/text';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  asOfMissing: {
    zh: '请先填写计算截止日（案件信息中的「计算截止日」）',
    en: 'set the as-of date of the case first',
  },
  notJson: { zh: '账目文件不是有效的 JSON：{reason}', en: 'not valid JSON: {reason}' },
  idFormat: {
    zh: '编号 {id} 只能包含字母、数字、短横线和下划线（最多 32 个字符）',
    en: 'id {id} may contain letters, digits, - and _ only (32 at most)',
  },
  variantPaymentNotFound: {
    zh: '方案「{name}」中的付款 {id} 不存在',
    en: 'variant {name}: payment {id} not found',
  },

  // Problems of a ledger file (ledger-file.ts); {where} is the path in the file, or the root.
  root: { zh: '(根)', en: '(root)' },
  atPath: { zh: '{where}：{problem}', en: '{where}: {problem}' },
  date: { zh: '日期无效，应为真实存在的 YYYY-MM-DD 日期', en: 'not a real ISO date YYYY-MM-DD' },
  dateRange: {
    zh: '日期超出本程序计算的年份范围（1900—2199 年）',
    en: 'a real date, but outside the years this program computes (1900–2199)',
  },
  nulChar: {
    zh: '{path} 含有空字符（NUL），请删除后再导入',
    en: '{path} contains a NUL character; remove it',
  },
  amount: {
    zh: '金额应为字符串，如 "1234.56"，最多两位小数，不带逗号或正负号',
    en: 'amount must be a string like "1234.56" with at most two decimals, no commas or signs',
  },
  positive: { zh: '付款金额必须大于零', en: 'payment amount must be greater than zero' },
  rate: { zh: '利率应为小数字符串，如 "0.06"', en: 'rate must be a decimal string such as "0.06"' },
  unknownFields: { zh: '{where}：含有未知字段 {keys}', en: '{where}: unknown field(s) {keys}' },
  missingField: { zh: '缺少必填字段 {path}', en: 'missing required field {path}' },
  formatWrong: { zh: 'format 必须为 "{format}"', en: 'format must be "{format}"' },
  invalidValue: { zh: '{where}：取值无效（{detail}）', en: '{where}: invalid value ({detail})' },
  asOfArgInvalid: { zh: '--as-of 日期无效：{asOf}', en: '--as-of is not a real date: {asOf}' },
  asOfNowhere: {
    zh: '文件和命令行都没有指定计算截止日 asOf',
    en: 'no asOf in the file nor on the command line',
  },
  duplicateId: {
    zh: '{path}：编号 {id} 与 {first} 重复（义务与付款的编号须互不相同）',
    en: '{path}: id {id} duplicates {first} (ids are unique across obligations and payments)',
  },
  baseUnknown: {
    zh: '{path}：利息 {id} 的计息基数 {base} 不存在',
    en: '{path}: interest {id} refers to unknown base {base}',
  },
  baseIsInterest: {
    zh: '{path}：计息基数 {base} 本身是利息，不能再计息',
    en: '{path}: base {base} is itself an interest',
  },
  untilBeforeFrom: {
    zh: '{path}：截止日 {until} 早于起算日 {from}',
    en: '{path}: {until} is before from {from}',
  },
  lprBeforeFixings: {
    zh: '{path}：LPR 自 2019-08-20 起才有报价，起算日不得早于 2019-08-19（「自2019年8月20日起」写作 "2019-08-19"）',
    en: '{path}: no LPR before 2019-08-20; from must be 2019-08-19 or later',
  },
  statedDisagrees: {
    zh: '{path}：判决表述的利率与计算用的利率不一致',
    en: '{path}: the rate as stated does not match the rate computed with',
  },
  rateTooHigh: {
    zh: '{path}：年利率达到或超过 100%，请核对是否把百分数当作小数录入（年利率 6% 应写作 "0.06"）',
    en: '{path}: an annual rate of 100 % or more; was a percentage entered as a fraction (6 % is "0.06")?',
  },
  toBeforeFrom: { zh: '{path}：结束日 {to} 早于开始日 {from}', en: '{path}: {to} is before from {from}' },
  agreedToBeforeFrom: { zh: '{path}：结束日早于开始日', en: '{path} is before from' },
} as const satisfies Catalogue;

/**
 * Phrases of the 迟延履行利息计算说明 (document.ts): court language, zh-CN only. The statement's phrases
 * shared with other documents (title, intro, totals) are in core/platform/documents/messages.ts.
 */
export const phrases = {
  /** Section numbers: 一、当事人 … 八、计算过程. */
  numerals: '一二三四五六七八九十',
  heading: (numeral: string, text: string) => `${numeral}、${text}`,
  headings: {
    parties: '当事人',
    obligations: '生效法律文书确定的债务',
    payments: '履行及执行到位情况',
    excluded: '不计算迟延履行利息的期间',
    basis: '计算依据与设置',
    allocations: '款项分配（清偿抵充）',
    balances: '截至计算截止日的债务余额',
    trace: '计算过程',
  },
  columns: {
    code: '编号',
    item: '项目',
    kind: '类型',
    amountYuan: '金额（元）',
    termOrSchedule: '期限 / 计息方式',
    number: '序号',
    date: '日期',
    method: '方式',
    from: '自',
    to: '至',
    reason: '事由',
    setting: '设置项',
    adopted: '本次计算采用',
    payment: '付款',
    paymentAmount: '付款金额',
    rule: '规则',
    appliedTo: '抵充项目',
    bucket: '类别',
    appliedAmount: '抵充金额',
  },
  benchmarkSource: '基准利率来源',
  lprSource: 'LPR 来源',

  // 「张某某（委托代理人王某），证件号码 110***********1234，电话 139****1111」
  withRepresentative: (name: string, representative: string) => `${name}（${representative}）`,
  idNumber: (idNumber: string) => `，证件号码 ${idNumber}`,
  phone: (phone: string) => `，电话 ${phone}`,

  /** 「(2026)黑1084执恢12号买卖合同纠纷一案」, the {case} of the intro. */
  thisCaseNamed: (caseNumber: string, title: string) => `${caseNumber}${title}一案`,

  schedule: {
    dayBasis: (days: number) => `，按 ${days} 天折算日利率`,
    fixed: (annual: string) => `固定年利率 ${annual}`,
    benchmark: (band: string) => `中国人民银行同期贷款基准利率（${band}）`,
    /** How a fixed band's settings value begins (固定：六个月以内); the band alone is printed. */
    fixedBandPrefix: '固定：',
    lpr1y: '一年期贷款市场报价利率（LPR）',
    lpr5y: '五年期以上贷款市场报价利率（LPR）',
    benchmarkThenLpr: '2019年8月19日前按基准利率、此后按一年期LPR',
  },
  untilDate: (until: string) => `至 ${until} 止`,
  untilPaid: '至清偿之日止',
  /** 「以借款本金为基数，自 2006年7月1日 起至清偿之日止，按年利率 6% 计算」: the judgment's own words */
  runningInterest: (base: string, from: string, until: string, schedule: string) =>
    `以${base}为基数，自 ${from} 起${until}，${schedule}计算`,
  due: (due: string) => `履行期限届满之日 ${due}，迟延履行期间的债务利息自次日起计算`,

  /** The settings in court language, each with its basis (section 计算依据与设置). */
  settingsHeading: '本次计算采用以下方法：',
  settingLines: {
    dayBasis: {
      360: '计息天数：每年按三百六十日计算，日利率 = 年利率 ÷ 360（参照《中国人民银行关于人民币存贷款计结息问题的通知》）',
      365: '计息天数：每年按三百六十五日计算，日利率 = 年利率 ÷ 365',
    },
    band: {
      byDelayLength:
        '2014年7月31日以前的迟延履行期间：按迟延履行期间的长短确定同期贷款基准利率的期限档次（法释〔2009〕6号）',
      fixed: (band: string) => `2014年7月31日以前的迟延履行期间：固定按「${band}」档次的贷款基准利率计算`,
    },
    rateChange: {
      segment: '基准利率在迟延履行期间调整的，自调整之日起分段计算',
      rateAtStart: '基准利率在迟延履行期间调整的，仍全程适用迟延履行开始时的利率',
    },
    dayCount: {
      endMinusDue: '迟延履行期间自生效法律文书确定的履行期限届满之次日起计算（法释〔2014〕8号 第二条）',
      inclusive: '迟延履行期间自履行期限届满之日起计算（含届满当日）',
    },
    regimeCOrder: (order: string) => `2014年8月1日以后的清偿顺序：${order}（法释〔2014〕8号 第四条）`,
    oldBandTo: {
      boundary:
        '2014年7月31日以前的迟延履行期间债务利息计算至2014年7月31日，档次按截至该日的迟延期间确定（法释〔2014〕8号 第七条）',
      end: '2014年7月31日以前的迟延履行期间债务利息的档次按迟延履行至实际清偿之日的期间确定',
    },
    rounding: '金额计算至分，分以下四舍五入；清偿金额按计算至分的数额抵充',
    regimeAOrder: (order: string) => `2009年5月18日以前的清偿顺序：${order}`,
    regimeB:
      '2009年5月18日至2014年7月31日期间的清偿：金钱债务与迟延履行期间的债务利息按比例并还（法释〔2009〕6号 第二条）',
    agreedOrders: (orders: string) => `当事人约定的清偿顺序：${orders}`,
    doubledRate: '2014年8月1日以后：加倍部分债务利息按日万分之一点七五计算（法释〔2014〕8号 第一条）',
  },
  /** S7 per obligation: courts differ on whether fees count, so the choice is printed for each. */
  inDelayBase: (label: string, yes: boolean) => `加倍部分债务利息计算基数含${label}：${yes ? '是' : '否'}`,
  noGeneralInterest: '判决未确定一般债务利息',
  /** Shown when doubled interest has grown past the principal: not an error, but worth a second look. */
  doubledExceedsPrincipal: (doubled: string, principal: string) =>
    `提示：累计加倍部分债务利息 ${doubled} 元已超过本金 ${principal} 元。法律对加倍部分债务利息未设上限，请核对迟延履行期间、不计算迟延履行利息的期间及履行情况是否录入完整。`,
  regimeColumn: {
    A: '先息后本',
    B: '并还',
    C: '先本后息',
    agreed: '约定顺序',
  } as Record<string, string>,

  none: '无',
  agreedOrder: (from: string, to: string | null, order: string) => `${from} 至 ${to ?? '今'}：${order}`,
  listSeparator: '；',

  dateWithIso: (chinese: string, iso: string) => `${chinese}（${iso}）`,
  subtotal: (bucket: string) => `${bucket}小计`,
  subject: (title: string, asOf: string) => `${title}（截至 ${asOf}）`,
  /** The exported file's name ends 「…截至2016-03-31.pdf」. */
  fileSuffix: (asOf: string) => `截至${asOf}`,
} as const;

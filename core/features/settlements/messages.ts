import type { Catalogue } from '../../lib/text';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  // The plan's problems (plan.ts): shown beside the item, and the first one refuses saving as concluded.
  instalmentCount: {
    zh: '分期期数应为 1 至 {max} 的整数',
    en: 'the number of instalments must be 1 to {max}',
  },
  instalmentAmountsCount: {
    zh: '自定义金额有 {given} 项，与期数 {count} 不符',
    en: '{given} custom amounts for {count} instalments',
  },
  // {total}: the item's total, formatted in zh and as typed in en.
  instalmentAmountsSum: {
    zh: '各期金额合计 {sum} 元，与分期总额 {total} 元不符',
    en: 'the instalments add up to {sum}, not {total}',
  },
  instalmentDatesCount: {
    zh: '自定义日期有 {given} 个，与期数 {count} 不符',
    en: '{given} custom dates for {count} instalments',
  },
  instalmentDatesOrder: { zh: '各期日期应逐期推后', en: 'instalment dates must increase' },
  deductionPerPeriod: {
    zh: '每期扣划金额应大于零，且扣划次数不超过 {max} 次',
    en: 'the amount per period must be above zero and at most {max} periods',
  },
  waivedTooMuch: {
    zh: '放弃的迟延履行利息不得超过迟延履行利息',
    en: 'the waived delay interest may not exceed the delay interest',
  },
  // {label}: a schedule row's label below.
  dateRange: {
    zh: '{label}的日期超出可计算的范围（1900—2199 年）',
    en: '{label} falls outside the years 1900–2199',
  },
  beforeAsOf: {
    zh: '{label}的日期 {date} 早于确认欠款的日期 {asOf}',
    en: '{label} on {date} is before the acknowledgement date {asOf}',
  },

  // Schedule rows' labels (plan.ts), also the 事项 column of the agreement's 履行计划表.
  labelLump: { zh: '一次性付款', en: 'lump sum' },
  labelInstalment: { zh: '分期付款 第 {part}/{parts} 期', en: 'instalment {part} of {parts}' },
  // {source}: the deduction's source as typed (收入 when blank), the same in both languages.
  labelDeduction: {
    zh: '从{source}中扣划 第 {part}/{parts} 次',
    en: 'deduction {part} of {parts} ({source})',
  },
  // {quantity}: a space and the quantity, or nothing.
  labelInKind: { zh: '以物抵债：{item}{quantity}', en: 'in-kind offset: {item}{quantity}' },
  // {purpose}: labelPurpose, or nothing.
  labelThirdParty: {
    zh: '第三人{payer}向{payee}支付{purpose}',
    en: 'third party {payer} pays {payee}{purpose}',
  },
  labelPurpose: { zh: '（{purpose}）', en: ' ({purpose})' },

  // How the results were reached, shown with them (track.ts, default-scenario.ts, distribution.ts).
  statusRule: {
    zh: '全部约定款项均已付清为「已履行完毕」；否则，任一期款项在约定日期后超过 {grace} 日（宽限期）仍未足额支付的为「违约」；其余为「正在履行」。实际付款按日期先后依次冲抵最早到期的约定款项；只计确认欠款日之后、截止日之前（含）的付款。',
    en: 'Completed when every scheduled amount is paid; otherwise defaulted when any amount was still not paid in full more than {grace} day(s) (the grace period) after its date; otherwise performing. Payments go to the earliest scheduled amount first, in date order; only payments after the acknowledgement date and up to the as-of date count.',
  },
  scenarioRule: {
    zh: '被执行人不履行和解协议的，申请执行人可以申请恢复执行原生效法律文书；恢复执行时，已按和解协议履行的部分应当扣除（《最高人民法院关于执行和解若干问题的规定》第九条、第十七条）。此处按原判决重新计算至截止日，并把和解协议项下已付款项作为付款计入。',
    en: 'If the debtor does not perform the agreement, the creditor may apply to resume enforcement of the original judgment; what was paid under the agreement is deducted (SPC Provisions on Enforcement Settlement, arts. 9 and 17). The original judgment is recomputed to the as-of date with the amounts paid under the agreement entered as payments.',
  },
  residualRule: {
    zh: '同一顺位不足清偿的，按债权数额比例分配，每份先取到分（舍去分以下部分）；剩余的分按舍去部分从大到小逐一补足 1 分，舍去部分相同的，按债权登记顺序在先者优先。',
    en: 'A class that cannot be paid in full is shared in proportion to the claims, each share first cut to the fen; the fen left over go one each to the largest cut-off remainders, ties to the claim listed first.',
  },

  // The distribution's priority classes and its computation steps ({class}: one of the classes).
  classCosts: { zh: '执行费用', en: 'enforcement costs' },
  classPriority: { zh: '工资等优先债权', en: 'wages and other priority claims' },
  classSecured: { zh: '担保物权优先受偿部分', en: 'secured (up to the collateral value)' },
  classOrdinary: { zh: '普通债权', en: 'ordinary claims' },
  traceSecuredExcess: {
    zh: '{n}. {creditor}：担保债权 {amount} 元，担保物价值 {collateral} 元，优先受偿部分 {secured} 元，超出的 {excess} 元作为普通债权。',
    en: '{n}. {creditor}: secured claim {amount}, collateral {collateral}: {secured} secured, {excess} ordinary.',
  },
  traceAvailable: { zh: '可供分配的执行款 {amount} 元。', en: 'Amount to distribute: {amount}.' },
  traceClassFull: {
    zh: '{class}：共 {count} 项，合计 {claimed} 元；剩余 {available} 元足以清偿，全额受偿，余 {left} 元。',
    en: '{class}: {count} claim(s), {claimed} in all; {available} available, paid in full, {left} left.',
  },
  traceClassShared: {
    zh: '{class}：共 {count} 项，合计 {claimed} 元；剩余 {available} 元不足清偿，按比例 {ratio}% 分配，后一顺位不再受偿。',
    en: '{class}: {count} claim(s), {claimed} in all; only {available} left, shared pro rata at {ratio} %; later classes get nothing.',
  },
  traceShare: {
    zh: '  {n}. {creditor}：{available} × {share} ÷ {claimed} = {paid} 元',
    en: '  {n}. {creditor}: {available} × {share} ÷ {claimed} = {paid}',
  },
  traceDistributed: { zh: '合计分配 {distributed} 元。', en: 'Distributed {distributed}.' },
  traceDistributedLeftover: {
    zh: '合计分配 {distributed} 元，清偿全部债权后余 {leftover} 元退还被执行人。',
    en: 'Distributed {distributed}; {leftover} left after every claim, returned to the debtor.',
  },

  // Refusals of the handlers.
  concludedNeedsDate: {
    zh: '已签订的协议须填写签订日期',
    en: 'a concluded agreement needs the date it was concluded',
  },
  // {problem}: the plan's first problem, above.
  concludedPlanProblem: {
    zh: '履行计划有误，不能作为已签订的协议保存：{problem}',
    en: 'the plan has a problem and cannot be saved as concluded: {problem}',
  },
  concludedUnbalanced: {
    zh: '已签订的协议，履行计划须与应付合计 {total} 元相符（现差 {gap} 元）；可先保存为草稿',
    en: "a concluded agreement's plan must cover the agreed total {total} exactly (gap {gap}); save it as a draft first",
  },
  noScheduledAmount: {
    zh: '履行计划中没有第 {seq} 笔应付款项',
    en: 'the plan has no scheduled amount {seq}',
  },
  madeElsewhere: {
    zh: '该和解协议系在原执行法院（{court}，{caseNumber}）达成，随案移送，本院不能修改或删除',
    en: 'this settlement was made under the original court ({court}, {caseNumber}) and came with the case; it cannot be changed here',
  },
  settlementOtherCase: { zh: '该和解协议不属于本案', en: 'the settlement belongs to another case' },
  distributionOtherCase: {
    zh: '该分配方案不属于本案',
    en: 'the distribution plan belongs to another case',
  },
  signingMadeElsewhere: {
    zh: '该和解协议系在原执行法院（{court}）达成，不能在本院签名',
    en: 'this settlement was made under the original court ({court}) and cannot be signed here',
  },
  signingNotConcluded: {
    zh: '和解协议保存为「已签订」后才能签名',
    en: 'a settlement can be signed once it is saved as concluded',
  },

  // A transfer package's settlements.json that does not hold together (transfer.ts).
  importNoConcludedOn: {
    zh: '已签订的协议缺少签订日期',
    en: 'a concluded agreement has no date of conclusion',
  },
  importWaivedTooMuch: {
    zh: '放弃的迟延履行利息超过迟延履行利息',
    en: 'the waived delay interest exceeds the delay interest',
  },
  importDuplicateSigner: { zh: '签名人重复', en: 'a signer appears twice' },
} as const satisfies Catalogue;

/** A settlement's parties and signers as the documents name them (signers.ts, document.ts). */
const ROLES = {
  creditor: '申请执行人',
  debtor: '被执行人',
  guarantor: '担保人',
  thirdParty: '第三人',
  judge: '审判员',
  clerk: '书记员',
} as const;

const AGREEMENT = '执行和解协议';

/** Phrases of this feature's documents: court language, zh-CN only. */
export const phrases = {
  roles: ROLES,
  /** Between the names of several parties of one side. */
  nameSeparator: '、',
  agreementTitle: AGREEMENT,
  distributionTitle: '执行款分配方案',
  draftTitle: (title: string) => `${title}（草稿）`,

  // The agreement's clauses (wording.ts). Amounts come in as 「55,000.00 元（人民币伍万伍仟元整）」.
  clauseAmount: (figures: string, capital: string) => `${figures} 元（${capital}）`,
  /** Who bears the costs of handing over an in-kind item. */
  bearers: { debtor: ROLES.debtor, creditor: ROLES.creditor, shared: '双方各半' },
  defaultOrder:
    '被执行人按本协议支付的款项，依次抵偿费用、一般债务利息、本金，最后抵偿迟延履行期间的债务利息。',
  owedPrincipal: (amount: string) => `本金 ${amount}`,
  owedFee: (amount: string) => `费用 ${amount}`,
  owedInterest: (amount: string) => `一般债务利息 ${amount}`,
  owedDelay: (amount: string) => `迟延履行期间的债务利息 ${amount}`,
  acknowledged: (date: string, debtor: string, creditor: string, owed: readonly string[]) =>
    `截至${date}，被执行人${debtor}尚欠申请执行人${creditor}：${owed.join('；')}。`,
  waived: (waived: string, kept: string) =>
    `申请执行人自愿放弃迟延履行期间的债务利息 ${waived}，保留 ${kept}。`,
  agreedTotal: (total: string) => `双方确认，被执行人按本协议应付款项合计 ${total}。`,
  lump: (date: string, amount: string, note: string) => `被执行人于${date}前一次性支付 ${amount}。${note}`,
  instalments: (count: number, total: string, parts: readonly string[], note: string) =>
    `被执行人分 ${count} 期支付 ${total}：${parts.join('；')}。${note}`,
  instalmentPart: (part: number, date: string, amount: string) => `第 ${part} 期于${date}前支付 ${amount}`,
  /** The deduction's source when the parties named none. */
  income: '收入',
  deduction: (d: {
    from: string;
    source: string;
    perPeriod: string;
    total: string;
    times: number;
    last: { date: string; amount: string } | null;
    note: string;
  }) =>
    `自${d.from}起，每月从被执行人的${d.source}中扣划 ${d.perPeriod}，至扣足 ${d.total} 为止，共 ${d.times} 次` +
    (d.last ? `，最后一次于${d.last.date}扣划 ${d.last.amount}` : '') +
    `。${d.note}`,
  inKind: (d: {
    item: string;
    quantity: string;
    value: string;
    date: string;
    bearer: string;
    note: string;
  }) =>
    `被执行人以${d.item}${d.quantity ? `（${d.quantity}）` : ''}作价 ${d.value}抵偿债务，于${d.date}前交付申请执行人；过户、运输等费用由${d.bearer}负担。${d.note}`,
  thirdParty: (d: {
    payer: string;
    date: string;
    payee: string;
    amount: string;
    purpose: string;
    counts: boolean;
    note: string;
  }) =>
    `第三人${d.payer}于${d.date}前向${d.payee}支付 ${d.amount}${d.purpose ? `，用于${d.purpose}` : ''}` +
    (d.counts ? '，该款项抵偿被执行人对申请执行人的债务。' : '，该款项不计入被执行人应付申请执行人的款项。') +
    d.note,
  headingAcknowledged: '一、确认欠款',
  headingPlan: '二、履行方式与期限',
  headingOrder: '三、清偿顺序',
  headingDefault: '四、违约责任',
  headingGuarantee: '五、担保',
  /** The last clause is the fifth, or the sixth after a guarantee. */
  headingPlace: (guaranteed: boolean) => `${guaranteed ? '六' : '五'}、履行地点和方式`,
  defaultClause: (graceDays: number, extra: string) =>
    `被执行人未按本协议约定的期限和金额履行任何一期义务${graceDays > 0 ? `（宽限期 ${graceDays} 日）` : ''}的，申请执行人可以申请恢复执行原生效法律文书，被执行人已按本协议履行的部分应当扣除（《最高人民法院关于执行和解若干问题的规定》第九条、第十七条）。${extra}`,
  guaranteeClause: (g: { name: string; idNumber: string; scope: string }) =>
    `${g.name}${g.idNumber ? `（${g.idNumber}）` : ''}自愿为被执行人履行本协议提供担保${g.scope ? `，担保范围：${g.scope}` : ''}，并承诺在被执行人不履行本协议时自愿接受直接强制执行；恢复执行原生效法律文书后，人民法院可以依申请执行人的申请直接裁定执行担保财产或者保证人的财产（《最高人民法院关于执行和解若干问题的规定》第十八条）。`,
  placeClause: (place: string, manner: string) =>
    `履行地点：${place || '执行法院所在地'}。履行方式：${manner || '转账至申请执行人指定账户'}。`,

  // The agreement as a document (document.ts).
  agreementIntro: (caseNumber: string, title: string) =>
    `${caseNumber ? `${caseNumber}${title}一案` : '本案'}执行过程中，申请执行人与被执行人经自愿协商，达成如下和解协议：`,
  scheduleHeading: '附：履行计划表',
  columnSeq: '序号',
  columnDate: '日期',
  columnItem: '事项',
  columnAmount: '金额（元）',
  columnCumulative: '累计（元）',
  columnRemaining: '尚余（元）',
  total: '合计',
  notCounted: (label: string) => `${label}（不计入）`,
  agreementTotals: (t: {
    total: string;
    totalCapital: string;
    planned: string;
    plannedCapital: string;
    gap: string | null;
  }) =>
    `按本协议应付款项合计 ${t.total} 元（${t.totalCapital}），履行计划合计 ${t.planned} 元（${t.plannedCapital}）${t.gap === null ? '，二者相符。' : `，相差 ${t.gap} 元。`}`,
  agreementEffect: '本协议经双方当事人签字（盖章）后生效，一式三份，双方当事人各执一份，一份附卷。',
  agreementClosing: (court: string) => `${court}（${AGREEMENT}附卷）`,
  agreementSubject: (title: string, total: string) => `${title}（应付合计 ${total} 元）`,

  // The distribution plan as a document (document.ts).
  distributionIntro: (d: {
    debtor: string;
    amount: string;
    amountCapital: string;
    claims: number;
    totalClaims: string;
    totalClaimsCapital: string;
  }) =>
    `被执行人${d.debtor}名下可供分配的执行款共计 ${d.amount} 元（${d.amountCapital}）。参与分配的债权共 ${d.claims} 项，合计 ${d.totalClaims} 元（${d.totalClaimsCapital}）。依照执行费用、工资等优先债权、担保物权优先受偿部分、普通债权的顺序清偿，同一顺位不足清偿的按比例分配，分配方案如下：`,
  headingClasses: '一、各顺位受偿情况',
  columnClass: '顺位',
  columnClassClaimed: '债权合计（元）',
  columnPaid: '分配（元）',
  columnRatio: '受偿比例',
  headingClaims: '二、各债权人分配额',
  columnCreditor: '债权人',
  columnClaimed: '债权（元）',
  columnUnpaid: '未受偿（元）',
  share: (n: number, creditor: string, paid: string, capital: string) =>
    `${n}. ${creditor}分得 ${paid} 元（${capital}）。`,
  headingTrace: '三、计算过程',
  residualRule: (rule: string) => `尾差处理规则：${rule}`,
  leftover: (amount: string, capital: string) =>
    `清偿全部债权后余款 ${amount} 元（${capital}），退还被执行人。`,
  objection: '债权人或者被执行人对本分配方案有异议的，可以自收到分配方案之日起十五日内向本院提出书面异议。',
  distributionSubject: (title: string, amount: string) => `${title}（${amount} 元）`,

  // The 执行情况说明's 「执行和解及履行情况」 of a transferred case (transfer.ts).
  reportAmount: (figures: string, capital: string) => `${figures}元（${capital}）`,
  agreementStatus: { performing: '正在履行', completed: '已履行完毕', defaulted: '违约' },
  signingDone: '已签名',
  signingUnderWay: (signed: number) => `签名中（${signed} 人已签）`,
  signingNone: '未签名',
  proceedingTitle: (n: number, title: string, originCourt: string | null) =>
    `${n}. ${title || AGREEMENT}${originCourt === null ? '' : `（原执行法院${originCourt}达成）`}`,
  draftStatus: '草稿，未签订',
  draftDetail: (title: string, total: string, planned: string) =>
    `${title}：尚在协商，未签订；草稿中应付合计 ${total}，履行计划合计 ${planned}。`,
  breach: (seq: number, date: string) => `；第 ${seq} 笔约定款项逾期未付，自${date}起构成违约`,
  concludedStatus: (status: string, signing: string) => `${status}（${signing}）`,
  concludedDetail: (d: {
    title: string;
    total: string;
    asOf: string;
    paid: string;
    outstanding: string;
    breach: string;
    status: string;
  }) =>
    `${d.title}：约定应付合计 ${d.total}，截至${d.asOf}` +
    `已履行 ${d.paid}，未履行 ${d.outstanding}${d.breach}；` +
    `履行状态：${d.status}。`,
} as const;

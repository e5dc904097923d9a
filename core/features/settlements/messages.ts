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

  // The distribution's classes and its computation steps ({class}: one of the classes; {n}: the claim's number).
  classCosts: { zh: '执行费用', en: 'enforcement costs' },
  classSecured: {
    zh: '担保物权人就担保财产变价款优先受偿部分',
    en: 'secured claims, from their own collateral',
  },
  classPriority: { zh: '其他依法优先受偿的债权', en: 'other claims the law pays first' },
  classLiving: {
    zh: '劳动报酬、医疗费用等基本生活所需债权（地方规定）',
    en: 'wages and medical costs for basic living (local rule)',
  },
  classOrdinary: { zh: '普通债权', en: 'ordinary claims' },
  traceWho: { zh: '第 {n} 项债权人{creditor}', en: 'claim {n} ({creditor})' },
  traceWhoAmount: { zh: '{who} {amount} 元', en: '{who} {amount}' },
  traceExact: { zh: '得 {x}', en: '= {x}' },
  traceAbout: { zh: '约得 {x}', en: '≈ {x}' },
  listSep: { zh: '、', en: ', ' },
  listSemi: { zh: '；', en: '; ' },
  traceAvailable: { zh: '可供分配的执行款 {amount} 元。', en: 'Amount to distribute: {amount}.' },
  traceAvailableWithCollateral: {
    zh: '可供分配的执行款 {amount} 元，其中担保财产变价款 {proceeds} 元，其他执行款 {free} 元。',
    en: 'Amount to distribute: {amount}, of which {proceeds} realised from collateral and {free} other money.',
  },
  traceCostsFromCollateral: {
    zh: '执行费用先从其他执行款 {free} 元中支付，不足部分 {take} 元按各担保财产变价款的比例从中扣除：{each}。',
    en: 'Enforcement costs come first out of the other money ({free}); the {take} it cannot cover is taken from the collateral proceeds in proportion: {each}.',
  },
  traceSecuredExact: {
    zh: '第 {n} 项债权人{creditor}：担保债权 {amount} 元，就其担保财产变价款 {proceeds} 元优先受偿 {paid} 元，恰好清偿。',
    en: 'Claim {n} ({creditor}): secured claim {amount}, paid {paid} from its collateral proceeds of {proceeds}, in full.',
  },
  traceSecuredShort: {
    zh: '第 {n} 项债权人{creditor}：担保债权 {amount} 元，就其担保财产变价款 {proceeds} 元优先受偿 {paid} 元；未受偿的 {short} 元作为普通债权参与分配。',
    en: 'Claim {n} ({creditor}): secured claim {amount}, paid {paid} from its collateral proceeds of {proceeds}; the unpaid {short} joins the ordinary claims.',
  },
  traceSecuredExcess: {
    zh: '第 {n} 项债权人{creditor}：担保债权 {amount} 元，就其担保财产变价款 {proceeds} 元优先受偿 {paid} 元，全额受偿；变价款余 {excess} 元并入其他执行款。',
    en: 'Claim {n} ({creditor}): secured claim {amount}, paid {paid} in full from its collateral proceeds of {proceeds}; the {excess} left over joins the other money.',
  },
  traceSecuredNoProceeds: {
    zh: '第 {n} 项债权人{creditor}：担保债权 {amount} 元，未填写担保财产变价款，不能优先受偿；{short} 元作为普通债权参与分配。',
    en: 'Claim {n} ({creditor}): secured claim {amount} with no collateral proceeds entered: nothing paid first; {short} joins the ordinary claims.',
  },
  traceClassFull: {
    zh: '{class}：共 {count} 项，合计 {claimed} 元；剩余 {available} 元足以清偿，全额受偿，余 {left} 元。',
    en: '{class}: {count} claim(s), {claimed} in all; {available} available, paid in full, {left} left.',
  },
  traceClassShared: {
    zh: '{class}：共 {count} 项，合计 {claimed} 元；剩余 {available} 元不足清偿，按债权数额比例分配，受偿比例 {ratio}%，后一顺序不再受偿。',
    en: '{class}: {count} claim(s), {claimed} in all; only {available} left, shared pro rata at {ratio} %; later ones get nothing.',
  },
  traceShare: {
    zh: '第 {n} 项债权人{creditor}：可分配的 {available} 元乘以其债权 {share} 元，除以本顺序债权合计 {claimed} 元，{exact} 元，取到分为 {floor} 元。',
    en: 'Claim {n} ({creditor}): {available} available times its claim {share}, divided by the class total {claimed}, {exact}; cut to the fen: {floor}.',
  },
  traceResidual: {
    zh: '各份取到分后合计少分 {count} 分，按舍去部分从大到小每人补 1 分：{who}。',
    en: 'Cut to the fen the shares leave {count} fen; they go one each to the largest cut-off parts: {who}.',
  },
  traceResidualOne: {
    zh: '第 {n} 项债权人{creditor}（舍去 {cut} 分）补 1 分，分得 {paid} 元',
    en: 'claim {n} ({creditor}, {cut} fen cut off) gets 1 fen, {paid} in all',
  },
  traceLivingFirst: {
    zh: '本方案采用地方规定：劳动报酬、医疗费用等基本生活所需债权先于普通债权受偿（不得先于担保物权人就担保财产变价款受偿）。',
    en: 'This plan applies the local rule: wages and medical costs for basic living before the ordinary claims (never before a secured claim on its own collateral).',
  },
  traceLivingOrdinary: {
    zh: '本方案未采用劳动报酬、医疗费用优先的地方规定，此类债权按普通债权受偿。',
    en: 'This plan does not apply a local wage-first rule: those claims are ordinary claims.',
  },
  traceSealingOrder: {
    zh: '被执行人为企业法人，普通债权按照执行法院采取查封、扣押、冻结措施的先后顺序受偿；同日采取措施的，按债权数额比例受偿。',
    en: 'The debtor is an enterprise: ordinary claims are paid in the order of seizure; claims seized the same day share pro rata.',
  },
  traceSealedOn: { zh: '{day}查封、扣押、冻结的{who}', en: 'seized {day}: {who}' },
  traceUnsealed: {
    zh: '未采取查封、扣押、冻结措施的普通债权',
    en: 'ordinary claims with no seizure',
  },
  traceSetAside: {
    zh: '第 {n} 项债权人{creditor}的分配额 {amount} 元涉及分配方案异议之诉，予以提存，待诉讼终结后按生效裁判分配。',
    en: 'Claim {n} ({creditor}): its share of {amount} is the subject of a suit against the plan and is set aside until the judgment.',
  },
  traceDistributed: {
    zh: '合计分配 {distributed} 元，其中现予支付 {payNow} 元，提存 {setAside} 元。',
    en: 'Distributed {distributed}: {payNow} paid now, {setAside} set aside.',
  },
  traceDistributedLeftover: {
    zh: '合计分配 {distributed} 元，其中现予支付 {payNow} 元，提存 {setAside} 元；清偿全部债权后余 {leftover} 元退还被执行人。',
    en: 'Distributed {distributed}: {payNow} paid now, {setAside} set aside; {leftover} left after every claim, returned to the debtor.',
  },
  basisCivil508: {
    zh: '分配规则：被执行人为公民或者其他组织，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零八条，执行所得价款扣除执行费用，并清偿应当优先受偿的债权后，对于普通债权，原则上按照其占全部申请参与分配债权数额的比例受偿；担保物权人仅就其担保财产的变价款优先受偿。',
    en: 'Rule: the debtor is a citizen or other organisation (SPC Interpretation of the Civil Procedure Law, art. 508): enforcement costs, then claims paid first (a secured creditor only from its own collateral), then ordinary claims in proportion.',
  },
  basisEnterprise514: {
    zh: '分配规则：被执行人为企业法人，未经破产程序，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十四条、《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第55条，扣除执行费用并清偿应当优先受偿的债权后，普通债权按照财产保全和执行中查封、扣押、冻结财产的先后顺序清偿；担保物权人仅就其担保财产的变价款优先受偿。',
    en: 'Rule: the debtor is an enterprise not moved into bankruptcy (art. 514 of the Interpretation; art. 55 of the Provisions on Enforcement Work): costs, then claims paid first (a secured creditor only from its own collateral), then ordinary claims by the order of seizure.',
  },
  basisLivingFirst: {
    zh: '另依本院适用的地方规定（参照《中华人民共和国民事强制执行法（草案）》），劳动报酬、医疗费用等基本生活所需债权先于普通债权受偿。',
    en: 'Also, by the local rule this court applies (cf. the draft Civil Enforcement Law, 2022), wages and medical costs for basic living come before the ordinary claims.',
  },

  // The dates after a distribution plan (clocks.ts).
  clockRule: {
    zh: '分配方案送达各债权人和被执行人；对分配方案有异议的，应当自收到之日起十五日内书面提出；未提出异议的债权人、被执行人自收到异议通知之日起十五日内可以提出反对意见；异议人自收到反对意见通知之日起十五日内可以向本院提起诉讼，诉讼期间进行分配的，提存与争议债权数额相应的款项（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零九条、第五百一十条）。期间开始之日不计算在内；期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期（《中华人民共和国民事诉讼法》第八十五条）。',
    en: 'The plan is served on every creditor and the debtor; objections in writing within 15 days of receipt; the others may oppose within 15 days of the notice of the objection; the objector may sue within 15 days of the notice of the opposition, and while the suit runs the disputed amounts are set aside (Interpretation arts. 509, 510). The first day is not counted; a period ending on a public holiday ends on the next working day (Civil Procedure Law art. 85).',
  },
  clockStageNotServed: { zh: '分配方案尚未送达', en: 'the plan has not been served yet' },
  clockStageServing: {
    zh: '分配方案尚未送达全部债权人和被执行人，异议期尚未全部起算',
    en: 'the plan has not been served on every party yet',
  },
  clockStageObjectionPeriod: {
    zh: '异议期内，暂不分配',
    en: 'within the objection period: nothing is paid yet',
  },
  clockStageFinal: {
    zh: '异议期届满无人提出异议，按分配方案分配',
    en: 'the objection period ended with no objection: pay by the plan',
  },
  clockStageNotifyOthers: {
    zh: '已有书面异议，应当通知未提出异议的债权人、被执行人',
    en: 'an objection was made: notify the parties who did not object',
  },
  clockStageOppositionPeriod: { zh: '反对意见期内，暂不分配', en: 'within the opposition period' },
  clockStageRevise: {
    zh: '反对意见期届满无人反对，依异议人的意见对分配方案审查修正后分配',
    en: 'no opposition: the plan is reviewed and revised by the objection, then paid',
  },
  clockStageNotifyObjector: {
    zh: '已有反对意见，应当通知异议人；争议款项暂予提存',
    en: 'an opposition was made: notify the objector; the disputed amounts are held',
  },
  clockStageSuitPeriod: {
    zh: '起诉期内，争议款项提存，其余款项可以分配',
    en: 'within the period to sue: the disputed amounts are held, the rest may be paid',
  },
  clockStageNoSuit: {
    zh: '起诉期届满异议人未起诉，按原分配方案分配',
    en: 'no suit in time: pay by the original plan',
  },
  clockStageSuitPending: {
    zh: '分配方案异议之诉审理中，争议款项提存，其余款项可以分配',
    en: 'the suit is pending: the disputed amounts are set aside, the rest may be paid',
  },
  clockObjection: { zh: '{party}提出异议', en: 'objection by {party}' },
  clockOpposition: { zh: '提出反对意见', en: 'opposition' },
  clockSuit: { zh: '异议人起诉', en: 'the objector’s suit' },
  clockDueSoon: {
    zh: '{what}的期限于{day}届满（尚余 {days} 日）',
    en: 'the period for {what} ends on {day} ({days} day(s) left)',
  },
  clockLateObjection: {
    zh: '异议于异议期届满（{day}）后提出',
    en: 'the objection came after the objection period ended ({day})',
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
  proceedsExceedAmount: {
    zh: '各担保财产变价款合计 {proceeds} 元，超过可供分配的执行款 {amount} 元',
    en: 'the collateral proceeds ({proceeds}) exceed the amount to distribute ({amount})',
  },
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

/**
 * Where a deduction is made from: a bare noun (养老金, 工资) is the debtor's; a phrase that already says
 * whose and where (被执行人在某社保中心领取的养老金) is used as written, so it is never doubled.
 */
export function deductionSource(source: string): string {
  const s = source || '收入';
  return /被执行人|的|在|由/.test(s) ? s : `被执行人的${s}`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 2 → 二, 10 → 十, 12 → 十二, 25 → 二十五: a small count as a document writes it. */
export function countZh(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

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
    `自${d.from}起，每月从${deductionSource(d.source)}中扣划 ${d.perPeriod}，至扣足 ${d.total} 为止，共 ${d.times} 次` +
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
    `履行地点：${place || '执行法院所在地'}。履行方式：${manner}。`,
  /** The manner of each plan item when the parties wrote none (wording.ts). */
  mannerTransfer: '被执行人将款项转账至申请执行人指定账户',
  mannerOf: {
    money: (n: number) => `第 ${n} 项由被执行人转账至申请执行人指定账户`,
    deduction: (n: number, source: string) =>
      `第 ${n} 项由协助执行单位按月从${deductionSource(source)}中扣划，经本院执行款专户转付申请执行人`,
    inKind: (n: number, item: string) => `第 ${n} 项由被执行人向申请执行人交付${item}并办理交付、过户手续`,
    thirdParty: (n: number, payer: string, payee: string) => `第 ${n} 项由第三人${payer}直接向${payee}支付`,
  },
  mannerJoin: '；',

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
  /** {holders}: who keeps a copy (申请执行人李某、被执行人张某、担保人赵某), one each, and one for the file. */
  agreementEffect: (holders: readonly string[]) =>
    `本协议经${holders.length > 2 ? '签署各方' : '双方当事人'}签字（盖章）后生效，一式${countZh(holders.length + 1)}份，${holders.join('、')}各执一份，一份附卷。`,
  holder: (role: string, name: string) => `${role}${name}`,
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
    `被执行人${d.debtor}名下可供分配的执行款共计 ${d.amount} 元（${d.amountCapital}）。参与分配的债权共 ${d.claims} 项，合计 ${d.totalClaims} 元（${d.totalClaimsCapital}）。分配方案如下：`,
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
  columnPayNow: '现予支付（元）',
  columnSetAside: '提存（元）',
  payNowAndSetAside: (t: {
    payNow: string;
    payNowCapital: string;
    setAside: string | null;
    setAsideCapital: string;
  }) =>
    `本方案现予支付 ${t.payNow} 元（${t.payNowCapital}）` +
    (t.setAside === null
      ? '，无提存款项。'
      : `；与争议债权数额相应的 ${t.setAside} 元（${t.setAsideCapital}）予以提存，待分配方案异议之诉终结后按生效裁判分配。`),
  headingClocks: '四、送达与异议、反对、起诉期限',
  columnParty: '受送达人',
  columnServedOn: '送达日期',
  columnObjectionEnds: '异议期届满日',
  unserved: (parties: readonly string[]) => `尚未送达：${parties.join('、')}。`,
  oppositionEnds: (from: string, to: string) =>
    `异议通知于${from}送达未提出异议的债权人、被执行人，提出反对意见的期限至${to}届满。`,
  suitEnds: (from: string, to: string) => `反对意见通知于${from}送达异议人，提起诉讼的期限至${to}届满。`,
  clockStage: (day: string, stage: string) => `截至${day}：${stage}。`,
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

import type { Catalogue } from '../../lib/text';
import type { PayoutStatus, ReceiptMethod } from './rules';

/** This feature's errors and labels, zh-CN and en; keys are named in code as 'receipts.<key>'. */
export const messages = {
  payoutBeyondReceipt: {
    zh: '发放合计 {paid} 元超过该笔执行款 {amount} 元',
    en: 'the payouts ({paid}) exceed the receipt ({amount})',
  },
  payoutBeforeReceipt: {
    zh: '发放日期不得早于到账日期 {receivedOn}',
    en: 'a payout cannot be before the money arrived ({receivedOn})',
  },
  payoutPlanOtherCase: {
    zh: '该分配方案不属于本案',
    en: 'the distribution plan belongs to another case',
  },
  payoutNotInPlan: {
    zh: '「{payee}」不是该分配方案的债权人',
    en: '“{payee}” is not a creditor of that plan',
  },
  payoutBeyondPlan: {
    zh: '按分配方案，{payee}现予支付 {payNow} 元，已发放 {paid} 元，本次最多可发放 {left} 元',
    en: 'by the plan {payee} is to be paid {payNow} now; {paid} paid, at most {left} more',
  },
  receiptHasPayouts: {
    zh: '该笔执行款已有发放记录，请先删除发放记录',
    en: 'the receipt has payouts; delete them first',
  },
  clockRule: {
    zh: '执行款到账后三十日内完成核算、结算执行费用、通知领取并发放（《最高人民法院关于执行款物管理工作的规定》第十一条）；届满前 7 日内未发放完毕的提示。',
    en: 'Money received is to be accounted for and paid out within 30 days (SPC Provisions on the Management of Enforcement Money and Property, art. 11); flagged from 7 days before.',
  },
} as const satisfies Catalogue;

/** Court language of the register's documents and stored values, zh-CN only. */
export const phrases = {
  methods: { transfer: '转账', cash: '现金', deduction: '扣划', other: '其他' } satisfies Record<
    ReceiptMethod,
    string
  >,
  statuses: {
    paidOut: '已发放完毕',
    open: '待发放',
    due: '即将届满',
    overdue: '逾期未发放',
  } satisfies Record<PayoutStatus, string>,
  ledgerTitle: '执行款收付台账',
  ledgerIntro: (year: string, month: number, count: number, total: string) =>
    `${year}年${month}月到账执行款共 ${count} 笔，合计 ${total} 元。`,
  columnReceivedOn: '到账时间',
  columnAmount: '金额（元）',
  columnCaseNumber: '案号',
  columnJudge: '承办人',
  columnCreditor: '申请执行人',
  columnDebtor: '被执行人',
  columnPayer: '交款人',
  columnReason: '交款原由',
  columnPaidOut: '已发放（元）',
  total: '合计',
  reconcilers: '对账人',
  reconciler: (n: number) => `对账人${n === 1 ? '一' : '二'}`,
  nameSeparator: '、',
  ledgerSubject: (month: string) => `执行款收付台账（${month}）`,
  cashTitle: '收款笔录',
  cashBody: (d: {
    date: string;
    payer: string;
    caseNumber: string;
    amount: string;
    capital: string;
    reason: string;
  }) =>
    `${d.date}，交款人${d.payer}就${d.caseNumber || '本案'}向本院当面交付现金 ${d.amount} 元（${d.capital}）${d.reason ? `，交款原由：${d.reason}` : ''}。经两名经办人员当面清点无误，款项于当日存入本院执行款专户。`,
  cashPayer: '交款人',
  cashOfficer: (n: number) => `经办人${n === 1 ? '一' : '二'}`,
  cashSubject: (payer: string, amount: string) => `收款笔录（${payer}，${amount} 元）`,
} as const;

import type { Field } from './mapping';

/**
 * Words this feature matches as values, not texts to translate: the column headings of the statements
 * seen in practice (bank statements, court account reports), normalised (no spaces, no bracketed unit,
 * lower case), that name each payment field. Its proposed mapping takes the first column that matches.
 */
export const HEADER_WORDS: Record<Field, readonly string[]> = {
  date: [
    '日期',
    '交易日期',
    '到账日期',
    '记账日期',
    '入账日期',
    '交易时间',
    '付款日期',
    '缴款日期',
    '到账时间',
    'date',
  ],
  amount: [
    '金额',
    '收入',
    '收入金额',
    '贷方金额',
    '贷方发生额',
    '到账金额',
    '交易金额',
    '缴款金额',
    '入账金额',
    'amount',
  ],
  payer: [
    '付款人',
    '对方户名',
    '付款人名称',
    '对方账户名称',
    '对方名称',
    '缴款人',
    '交款人',
    '付款方',
    'payer',
  ],
  kind: ['类型', '款项类型', '执行方式', '到账方式', 'kind'],
  note: ['摘要', '备注', '用途', '附言', '说明', '交易摘要', 'note'],
};

/** The statement layouts recognised by their preamble and header (layouts.ts reads them). */
export const LAYOUT_IDS = ['alipay', 'wechat', 'icbc', 'ccb', 'cmb'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

/**
 * Each layout as its files are written: words of its preamble (every one must appear above the header),
 * the header cells that must all be present, which column feeds which field (`amountAlt`: the expense
 * column read where the income column is empty), the first cell of its footer, and for the payment apps
 * the columns and values that mark refunds, closed trades and 不计收支, and the order numbers that pair
 * a refund with its order. Column names exactly as the files head them.
 */
export type LayoutWords = {
  preamble: readonly string[];
  header: readonly string[];
  mapping: { date: string; amount: string; amountAlt?: string; payer?: string; note?: string };
  footer?: readonly string[];
  /** cell texts that mean "nothing here" */
  empty: readonly string[];
  status?: {
    column: string;
    refund: readonly string[];
    closed: readonly string[];
  };
  /** 收/支: the value of a row that moved no money either way */
  direction?: { column: string; neutral: readonly string[] };
  /** a column whose text containing one of these words marks a refund (交易类型「…-退款」) */
  refundMarker?: { column: string; words: readonly string[] };
  orders?: readonly string[];
};

export const LAYOUTS: Record<LayoutId, LayoutWords> = {
  alipay: {
    preamble: ['支付宝'],
    header: ['交易时间', '交易分类', '交易对方', '收/支', '金额', '交易状态', '交易订单号'],
    mapping: { date: '交易时间', amount: '金额', payer: '交易对方', note: '商品说明' },
    empty: ['', '/', '-', '--'],
    status: { column: '交易状态', refund: ['退款成功'], closed: ['交易关闭'] },
    direction: { column: '收/支', neutral: ['不计收支'] },
    refundMarker: { column: '交易分类', words: ['退款'] },
    orders: ['交易订单号', '商家订单号'],
  },
  wechat: {
    preamble: ['微信支付账单明细'],
    header: ['交易时间', '交易类型', '交易对方', '收/支', '金额(元)', '当前状态', '交易单号'],
    mapping: { date: '交易时间', amount: '金额(元)', payer: '交易对方', note: '商品' },
    empty: ['', '/', '-', '--'],
    status: { column: '当前状态', refund: ['已退款'], closed: ['已关闭', '交易关闭'] },
    direction: { column: '收/支', neutral: ['/'] },
    refundMarker: { column: '交易类型', words: ['退款'] },
    orders: ['交易单号', '商户单号'],
  },
  icbc: {
    preamble: ['工商银行'],
    header: ['交易日期', '摘要', '交易金额(收入)', '交易金额(支出)', '对方户名'],
    mapping: {
      date: '交易日期',
      amount: '交易金额(收入)',
      amountAlt: '交易金额(支出)',
      payer: '对方户名',
      note: '摘要',
    },
    footer: ['人民币合计'],
    empty: ['', '-', '--'],
  },
  ccb: {
    preamble: ['建设银行'],
    header: ['记账日', '交易日期', '支出', '收入', '摘要', '对方户名'],
    mapping: { date: '交易日期', amount: '收入', amountAlt: '支出', payer: '对方户名', note: '摘要' },
    footer: ['以上数据仅供参考'],
    empty: ['', '-', '--'],
  },
  cmb: {
    preamble: ['招商银行'],
    header: ['交易日期', '收入', '支出', '交易类型', '交易备注'],
    mapping: { date: '交易日期', amount: '收入', amountAlt: '支出', note: '交易备注' },
    footer: ['# 收入合计', '#收入合计', '收入合计'],
    empty: ['', '-', '--'],
  },
};

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

import type { Catalogue, Text } from '../../lib/text';
import type { Field } from './mapping';
import type { LayoutId } from './vocabulary';

/**
 * This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'.
 * {text} and {column} are as the file has them (some English messages quote them: `quoted`); {list} is
 * a list already joined with `separators`.
 */
export const messages = {
  // the file as a whole (IMPORT_INVALID, details.reason)
  notBase64: {
    zh: '文件内容传输有误（不是 base64 编码），请重新选择文件',
    en: 'file content is not base64; choose the file again',
  },
  tooLarge: { zh: '文件超过 20 MB，请拆分后再导入', en: 'the file is over 20 MB; split it first' },
  empty: { zh: '文件中没有任何内容', en: 'the file has no content' },
  headerOnly: { zh: '文件只有表头，没有付款记录', en: 'the file has a header but no rows' },
  mappingUnknownColumn: {
    zh: '列对应有误：「{field}」对应的列「{column}」在文件中不存在；文件的列：{list}',
    en: 'mapping: column {column} for {field} is not in the file; columns: {list}',
  },
  mappingIncomplete: { zh: '请指定「{list}」对应的列', en: 'choose the column for {list}' },
  rowErrors: {
    zh: '第 {row} 行：{list}。共 {count} 行有错误，未导入任何付款，请改正文件或列对应后重试',
    en: 'row {row}: {list}. {count} row(s) have errors; nothing was imported',
  },
  rowsUnknown: { zh: '所选的第 {list} 行不是付款记录', en: 'selected rows {list} are not payment rows' },
  noRowsSelected: { zh: '没有选择要导入的行', en: 'no rows selected' },

  // one row (shown beside it in the preview; any one stops the confirm)
  dateEmpty: { zh: '日期为空', en: 'date is empty' },
  dateNoSuchDay: { zh: '日期「{text}」不存在（请核对年月日）', en: 'no such date: {text}' },
  dateUnreadable: {
    zh: '日期「{text}」无法识别，应为 2024-03-05、2024/3/5、2024年3月5日 或 20240305',
    en: 'cannot read date {text}; use 2024-03-05, 2024/3/5, 2024年3月5日 or 20240305',
  },
  amountEmpty: { zh: '金额为空', en: 'amount is empty' },
  amountNegative: { zh: '金额「{text}」为负数，不是收到的款项', en: 'negative amount: {text}' },
  amountSeparator: {
    zh: '金额「{text}」的千位分隔符位置不对',
    en: 'misplaced thousands separator: {text}',
  },
  amountDecimals: { zh: '金额「{text}」超过两位小数（到分）', en: 'more than two decimals: {text}' },
  amountTooLarge: { zh: '金额「{text}」超出允许范围', en: 'amount too large: {text}' },
  amountInvalid: { zh: '金额「{text}」不是有效数字', en: 'not an amount: {text}' },
  amountZero: { zh: '金额为零', en: 'amount is zero' },
  kindUnknown: {
    zh: '类型「{text}」不是 {list} 之一（可不对应此列）',
    en: 'kind {text} is not one of {list} (or leave the column unmapped)',
  },
  payerTooLong: { zh: '付款人超过 {max} 个字', en: 'payer longer than {max}' },
  noteTooLong: { zh: '摘要超过 {max} 个字', en: 'note longer than {max}' },
  formulaWithoutValue: {
    zh: '「{column}」列是公式单元格，文件中没有计算结果（公式单元格无计算结果）：请在 Excel 中打开后保存，或复制后「选择性粘贴→数值」再导入',
    en: 'column {column} is a formula cell saved without its computed value: open and save the file in Excel, or paste values only, then import again',
  },
  unreadableCharacters: {
    zh: '「{column}」列含有无法识别的字符（文件可能被截断，或编码损坏）：请核对原文件',
    en: 'column {column} holds unreadable characters (the file may be cut short or its encoding damaged)',
  },
  cellTooLong: {
    zh: '「{column}」列的单元格过长（{length} 个字符，上限 {max}），不像付款记录',
    en: 'cell in column {column} is too long ({length} characters, limit {max})',
  },
  duplicatesCase: {
    zh: '与本案已有付款 {code}（{date}，{amount} 元）重复',
    en: 'duplicates payment {code} of the case ({date}, {amount})',
  },
  duplicatesRow: { zh: '与文件第 {row} 行重复', en: 'duplicates row {row} of the file' },

  // rows of a recognised statement that are not payments: shown beside their order, never imported
  skippedRefund: {
    zh: '退款，对应第 {row} 行的订单，不作为履行款导入',
    en: 'a refund of the order on row {row}; not imported as a payment',
  },
  skippedRefundAlone: {
    zh: '退款（文件中没有对应的订单），不作为履行款导入',
    en: 'a refund (its order is not in the file); not imported as a payment',
  },
  skippedClosed: {
    zh: '交易关闭，未发生资金往来，不作为履行款导入',
    en: 'a closed trade: no money moved; not imported',
  },
  skippedClosedPaired: {
    zh: '交易关闭（与第 {row} 行为同一订单），未发生资金往来，不作为履行款导入',
    en: 'a closed trade (same order as row {row}): no money moved; not imported',
  },
  skippedNeutral: {
    zh: '不计收支（如余额宝转入转出），不作为履行款导入',
    en: 'neither income nor expense (e.g. a transfer between own accounts); not imported',
  },
  noticeRefunded: {
    zh: '该订单已在第 {row} 行退款 {amount} 元，请核实是否仍计为履行款',
    en: 'this order was refunded ({amount}) on row {row}: check whether it still counts as paid',
  },
  rowsSkipped: {
    zh: '所选的第 {list} 行是退款、关闭的交易或不计收支，不能作为履行款导入',
    en: 'selected rows {list} are refunds, closed trades or neither income nor expense; they cannot be imported',
  },
} as const satisfies Catalogue;

/** The statement layouts by name, as the preview says which one it recognised. */
export const layoutNames = {
  alipay: { zh: '支付宝交易流水证明', en: 'Alipay transaction statement' },
  wechat: { zh: '微信支付账单', en: 'WeChat Pay bill' },
  icbc: { zh: '工商银行借记卡明细', en: 'ICBC debit card statement' },
  ccb: { zh: '建设银行账户明细', en: 'CCB account statement' },
  cmb: { zh: '招商银行交易流水', en: 'CMB transaction statement' },
} as const satisfies Record<LayoutId, Text>;

/** The payment fields as the mapping messages name them. */
export const fieldNames = {
  date: { zh: '日期', en: 'date' },
  amount: { zh: '金额', en: 'amount' },
  payer: { zh: '付款人', en: 'payer' },
  kind: { zh: '类型', en: 'kind' },
  note: { zh: '摘要', en: 'note' },
} as const satisfies Record<Field, Text>;

/** A file's own text, quoted in the English messages that quote it. */
export const quoted = (text: string): Text => ({ zh: text, en: JSON.stringify(text) });

/** How the messages join a list: rows and columns with 、 / ', ', problems with ； / '; '. */
export const separators = {
  list: { zh: '、', en: ', ' },
  problems: { zh: '；', en: '; ' },
  fields: { zh: '」「', en: ' and ' },
} as const satisfies Record<string, Text>;

/**
 * Words this feature writes into the case, zh-CN only: names for columns the file leaves unnamed or
 * names twice, and the note of an imported payment (「付款人：张三；执行款〔导入#3 第 12 行〕」).
 */
export const phrases = {
  blankColumn: (n: number) => `第${n}列`,
  repeatedColumn: (name: string, n: number) => `${name}（第${n}列）`,
  notePayer: (payer: string) => `付款人：${payer}`,
  noteSeparator: '；',
  noteSource: (batchId: number, row: number) => `〔导入#${batchId} 第 ${row} 行〕`,
} as const;

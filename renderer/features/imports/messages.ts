import { fieldNames } from '../../../core/features/imports/messages';
import type { Catalogue } from '../../../core/lib/text';

/**
 * Statement import (#/case/<id>/import) and the import history.
 * Each key carries both languages (core/lib/text Text), so zh-CN and en cannot drift apart.
 * Names core's catalogue already gives (the same words in its messages) take core's Chinese.
 */
export const messages = {
  'import.link': { zh: '导入银行流水', en: 'Import bank statement' },
  'import.title': { zh: '导入银行流水', en: 'Import bank statement' },
  'import.subtitle': {
    zh: '选择银行流水或法院专户明细（CSV 或 XLSX），核对每一行后再确认导入；确认前不保存任何数据。',
    en: 'Choose a bank statement or court account export (CSV or XLSX), check every row, then confirm; nothing is saved before that.',
  },
  'import.layout': {
    zh: '已识别为「{name}」：表头前的说明和表尾合计不导入，退款、关闭的交易和不计收支单独列出，不作为履行款。',
    en: 'Recognised as {name}: the notes above the header and the totals below are left out; refunds, closed trades and neutral rows are listed apart, not as payments.',
  },
  'import.summary.skipped': { zh: '退款/关闭/不计收支', en: 'Refunds, closed, neutral' },
  'import.backToCase': { zh: '返回案件', en: 'Back to the case' },
  'import.fileHeading': { zh: '选择文件', en: 'File' },
  'import.chooseFile': { zh: '流水文件', en: 'Statement file' },
  'import.fileHint': {
    zh: '支持 CSV（UTF-8 或 GBK 编码）和 XLSX，最大 20 MB。第一行有内容的行视为表头。',
    en: 'CSV (UTF-8 or GBK) and XLSX, up to 20 MB. The first row with content is the header.',
  },
  'import.readFailed': {
    zh: '无法读取所选文件，请重新选择。',
    en: 'The chosen file could not be read; choose it again.',
  },
  'import.format': {
    zh: '格式 {format}，编码 {encoding}，表头在第 {header} 行',
    en: 'Format {format}, encoding {encoding}, header on row {header}',
  },
  'import.previous': {
    zh: '注意：同一文件此前已导入本案：',
    en: 'Note: this very file was imported into this case before:',
  },
  'import.previousItem': {
    zh: '{when}，{who} 导入 {n} 笔，合计 {total} 元',
    en: '{when}, {who} imported {n} payment(s), total {total}',
  },
  'import.mappingHeading': { zh: '列对应', en: 'Columns' },
  'import.mappingHint': {
    zh: '按表头自动对应；如不正确，请为每一项选择文件中的列，修改后立即重新预览。日期和金额必须对应。',
    en: "Matched by the header; if wrong, choose the file's column for each item; the preview is redone at once. Date and amount are required.",
  },
  'import.sheet': { zh: '工作表', en: 'Sheet' },
  'import.unmapped': { zh: '（不对应）', en: '(not mapped)' },
  'import.field.date': { zh: fieldNames.date.zh, en: 'Date' },
  'import.field.amount': { zh: fieldNames.amount.zh, en: 'Amount' },
  'import.field.payer': { zh: fieldNames.payer.zh, en: 'Payer' },
  'import.field.kind': { zh: fieldNames.kind.zh, en: 'Kind' },
  'import.field.note': { zh: fieldNames.note.zh, en: 'Note' },
  'import.rowsHeading': { zh: '逐行预览', en: 'Rows' },
  'import.selectGood': { zh: '只选无错误的行', en: 'Select rows without errors' },
  'import.selectAll': { zh: '全选', en: 'Select all' },
  'import.selectRow': { zh: '选择第 {row} 行', en: 'Select row {row}' },
  'import.col.row': { zh: '行号', en: 'Row' },
  'import.col.errors': { zh: '问题', en: 'Problems' },
  'import.summary.rows': { zh: '共计行数', en: 'Rows' },
  'import.summary.valid': { zh: '无错误', en: 'Without errors' },
  'import.summary.invalid': { zh: '有错误', en: 'With errors' },
  'import.summary.selected': { zh: '已选', en: 'Selected' },
  'import.summary.total': { zh: '已选无误行合计（元）', en: 'Total of selected good rows' },
  'import.confirm': { zh: '确认导入', en: 'Confirm import' },
  'import.working': { zh: '正在处理…', en: 'Working…' },
  'import.hint.noFile': { zh: '请先选择文件并核对预览。', en: 'Choose a file and check the preview first.' },
  'import.hint.blocked': {
    zh: '已选的第 {rows} 行有错误：请改正文件、修改列对应，或取消勾选这些行。',
    en: 'Selected row(s) {rows} have errors: fix the file or the columns, or unselect them.',
  },
  'import.hint.noneSelected': { zh: '未选择任何行。', en: 'No row selected.' },
  'import.hint.ready': {
    zh: '将导入 {n} 笔，合计 {total} 元。Esc 返回案件。',
    en: '{n} payment(s) will be imported, total {total}. Esc goes back to the case.',
  },
  'import.done': { zh: '已导入 {n} 笔（{file}）', en: 'Imported {n} payment(s) ({file})' },
  'import.history': { zh: '流水导入记录', en: 'Statement imports' },
  'import.history.file': { zh: '文件', en: 'File' },
  'import.history.when': { zh: '导入时间', en: 'Imported at' },
  'import.history.who': { zh: '导入人', en: 'By' },
  'import.history.rows': { zh: '导入笔数', en: 'Imported' },
  'import.history.rowsValue': { zh: '{n} / {of} 行', en: '{n} / {of} rows' },
  'import.history.total': { zh: '合计', en: 'Total' },
} satisfies Catalogue;

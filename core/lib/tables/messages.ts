import type { Catalogue } from '../text';

/** What can be wrong with a file as a whole: it stops the preview (problems.ts carries the text). */
export const messages = {
  empty: { zh: '文件是空的', en: 'the file is empty' },
  tooLarge: { zh: '文件超过 20 MB，请拆分后再导入', en: 'the file is over 20 MB; split it first' },
  legacyXls: {
    zh: '这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入',
    en: 'this is a legacy .xls file; save it as .xlsx or CSV first',
  },
  notATable: { zh: '文件不是 CSV 文本，也不是 .xlsx 表格', en: 'the file is neither CSV text nor .xlsx' },
  csvQuote: {
    zh: 'CSV 文件格式错误：第 {row} 行附近的引号没有闭合',
    en: 'broken CSV: unterminated quote near row {row}',
  },
  noWorkbook: {
    zh: 'Excel 文件中没有工作簿（不是 .xlsx 格式？）',
    en: 'no workbook in the file (not .xlsx?)',
  },
  /** {name} is quoted in English (JSON), as the sheet name may be empty. */
  sheetUnknown: {
    zh: '工作表「{name}」不存在；本文件的工作表：{sheets}',
    en: 'no sheet {name}; sheets: {sheets}',
  },
  sheetEmpty: { zh: 'Excel 文件中找不到工作表「{name}」的内容', en: 'sheet {name} has no content' },
  zipBroken: { zh: 'Excel 文件已损坏或不是 .xlsx 格式（{why}）', en: 'not a readable .xlsx file ({why})' },
  listSeparator: { zh: '、', en: ', ' },
} satisfies Catalogue;

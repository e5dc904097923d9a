import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Statement files built in the test, as the banks' exports look. */
export const CSV_TEXT = [
  '交易日期,收入金额（元）,对方户名,摘要',
  '2024/3/5,"1,234.56",张三,执行款',
  '2024年4月1日,500,张三,"备注, 含逗号"',
  '20240502,10000.5,李四,',
].join('\r\n');

export const utf8 = (text: string, bom = true) =>
  new Uint8Array(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8'));
export const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));

/** An .xlsx as Excel writes it: real date cells, numbers as doubles (one of them 0.1 + 0.2). */
export async function statementXlsx(extraRows: (string | number | Date)[][] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['本表为法院执行款专户到账明细']);
  const ws = wb.addWorksheet('到账明细');
  ws.addRow(['序号', '到账日期', '金额', '付款人', '备注']);
  ws.addRow([1, new Date(Date.UTC(2020, 3, 19)), 1234.5, '被执行人甲', '第一笔']);
  ws.addRow([2, new Date(Date.UTC(2020, 4, 19)), 0.1 + 0.2, '被执行人甲', '']);
  ws.addRow([3, '2020-06-01', 30000, '案外人乙', '代付']);
  for (const r of extraRows) ws.addRow(r);
  ws.getColumn(2).numFmt = 'yyyy-mm-dd';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

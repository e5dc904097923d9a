/** An .xlsx workbook as the API returns it: the renderer saves the bytes under the file name. */
export type SpreadsheetExport = {
  fileName: string;
  mime: string;
  base64: string;
  /** each sheet's name and number of data rows (title and header not counted) */
  sheets: { name: string; rows: number }[];
};

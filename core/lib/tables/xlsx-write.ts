import { Decimal } from '../money/decimal';
import { dayNumber, isIsoDate } from '../money/dates';
import { zipSync } from './zip';

/**
 * Writing an .xlsx synchronously, for the same reason zip.ts reads one: the API handlers run inside one
 * synchronous SQLite transaction, and exceljs writes only asynchronously. The tests read every workbook
 * written here back with exceljs. What a clerk's spreadsheet needs and no more: typed cells (amounts as
 * numbers shown with two decimals, days as real dates), a title row, a bold header that stays in view
 * with a filter, column widths. No formula is ever written; a text that starts with = + - @ is stored
 * as a string with Excel's quote prefix, so neither opening nor editing the cell can run it.
 */

export type Cell =
  | string
  | null
  /** yuan as a decimal string (two decimals at most): a number formatted #,##0.00 */
  | { money: string }
  /** ISO day: a date serial formatted yyyy-mm-dd */
  | { date: string }
  /** a count, a number of days, a sequence number */
  | { int: number }
  /** a decimal string shown with four decimals (a ratio in percent) */
  | { decimal: string };

export type Column = { header: string; width?: number };

export type SheetSpec = {
  /** at most 31 characters, none of : \ / ? * [ ] (cut and replaced here) */
  name: string;
  /** row 1: what the sheet is (case number, as-of day); the header is row 2 */
  title: string;
  columns: Column[];
  rows: Cell[][];
};

// Style indexes into cellXfs below.
const STYLE = { text: 0, header: 1, money: 2, date: 3, int: 4, decimal: 5, quoted: 6, title: 7 } as const;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/><numFmt numFmtId="166" formatCode="0.0000"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="SimSun"/><family val="2"/></font><font><b/><sz val="11"/><name val="SimSun"/><family val="2"/></font><font><b/><sz val="14"/><name val="SimSun"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="8">
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>
<xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

// XML 1.0 has no place for most control characters: they are dropped rather than corrupt the file.
const escapeXml = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, with its phantom 1900-02-29 (real dates here are later). */
export const excelSerial = (iso: string) => dayNumber(iso) + 25569;

/** A text Excel would take as a formula if it were typed in: = + - @ (and a leading tab or CR). */
export const looksLikeFormula = (text: string) => /^[=+\-@\t\r]/.test(text);

export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const base = (name.replace(/[:\\/?*[\]]/g, '_').replace(/^'|'$/g, '') || 'Sheet').slice(0, 31);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++)
    candidate = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  return candidate;
}

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function numberText(value: string, places: number): string {
  const d = new Decimal(value);
  if (!d.isFinite()) throw new Error(`not a number: ${value}`);
  // At most 15 significant digits survive in a spreadsheet number; amounts of a court case stay far below.
  return d.toFixed(places);
}

function cellXml(ref: string, cell: Cell, strings: SharedStrings, style?: number): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'string') {
    const s = style ?? (looksLikeFormula(cell) ? STYLE.quoted : STYLE.text);
    return `<c r="${ref}" t="s" s="${s}"><v>${strings.add(cell)}</v></c>`;
  }
  if ('money' in cell) return `<c r="${ref}" s="${STYLE.money}"><v>${numberText(cell.money, 2)}</v></c>`;
  if ('decimal' in cell)
    return `<c r="${ref}" s="${STYLE.decimal}"><v>${numberText(cell.decimal, 4)}</v></c>`;
  if ('int' in cell) {
    if (!Number.isSafeInteger(cell.int)) throw new Error(`not an integer: ${cell.int}`);
    return `<c r="${ref}" s="${STYLE.int}"><v>${cell.int}</v></c>`;
  }
  if (!isIsoDate(cell.date)) throw new Error(`not an ISO day: ${cell.date}`);
  return `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(cell.date)}</v></c>`;
}

function sheetXml(spec: SheetSpec, strings: SharedStrings): string {
  const width = spec.columns.length;
  const last = columnLetter(Math.max(width, 1) - 1);
  const rows: string[] = [];
  rows.push(`<row r="1">${cellXml('A1', spec.title, strings, STYLE.title)}</row>`);
  rows.push(
    `<row r="2">${spec.columns.map((c, i) => cellXml(`${columnLetter(i)}2`, c.header, strings, STYLE.header)).join('')}</row>`,
  );
  spec.rows.forEach((cells, r) => {
    const n = r + 3;
    const xml = cells
      .slice(0, width)
      .map((cell, c) => cellXml(`${columnLetter(c)}${n}`, cell, strings))
      .join('');
    rows.push(`<row r="${n}">${xml}</row>`);
  });
  const cols = spec.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 14}" customWidth="1"/>`)
    .join('');
  const lastRow = spec.rows.length + 2;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<dimension ref="A1:${last}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (width > 0 ? `<autoFilter ref="A2:${last}${lastRow}"/>` : '') +
    `</worksheet>`
  );
}

const enc = (s: string) => new TextEncoder().encode(s);

/** The workbook's bytes; `modified` (ISO 8601) is written as its creation time. */
export function writeXlsx(sheets: readonly SheetSpec[], modified: string): Uint8Array {
  if (sheets.length === 0) throw new Error('a workbook needs a sheet');
  const strings = new SharedStrings();
  const taken = new Set<string>();
  const names = sheets.map((s) => {
    const name = sheetName(s.name, taken);
    taken.add(name.toLowerCase());
    return name;
  });
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = enc(sheetXml(s, strings))));
  const sheetList = names
    .map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  // The filter of each sheet is a defined name Excel expects beside the autoFilter element.
  const filters = sheets
    .map((s, i) =>
      s.columns.length === 0
        ? ''
        : `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(names[i]!.replace(/'/g, "''"))}'!$A$2:$${columnLetter(s.columns.length - 1)}$${s.rows.length + 2}</definedName>`,
    )
    .join('');
  files['xl/workbook.xml'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="0"/><bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`,
  );
  const sheetRels = names
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const n = names.length;
  files['xl/_rels/workbook.xml.rels'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = enc(STYLES);
  files['xl/sharedStrings.xml'] = enc(strings.xml());
  files['_rels/.rels'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  files['docProps/core.xml'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Hearing Desk</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(modified)}</dcterms:created></cp:coreProperties>`,
  );
  const overrides = names
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  files['[Content_Types].xml'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  // A fixed time in the zip entries: the same sheets give the same bytes.
  const mtime = new Date('2000-01-01T00:00:00Z');
  const ordered: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const name of [
    '[Content_Types].xml',
    ...Object.keys(files).filter((k) => k !== '[Content_Types].xml'),
  ])
    ordered[name] = [files[name]!, { mtime }];
  return zipSync(ordered, { level: 6 });
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

import { Decimal } from '../money/decimal';
import { fromDayNumber } from '../money/dates';
import { render } from '../text';
import { messages } from './messages';
import { fileError } from './problems';
import { readZip } from './zip';

/**
 * The first (or a chosen) worksheet of an .xlsx as rows of cell texts, read synchronously (see zip.ts).
 * Every cell becomes the text the clerk sees: dates (date-formatted numbers) as ISO days, numbers as
 * their 15-significant-digit decimal text (what Excel displays; 0.1+0.2 reads "0.3"), so the amount
 * parser gets a decimal string and never a float.
 */
export type Workbook = {
  sheets: string[];
  sheet: string;
  rows: string[][];
  /** formula cells saved without a computed value ("row:col", 1-based row, 0-based column) */
  formulasWithoutValue: Set<string>;
};

/** A formula cell whose file holds no cached result (written by a program that does not calculate). */
function formulaWithoutValue(body: string): boolean {
  return /<f\b/.test(body) && !/<v>[\s\S]*?<\/v>/.test(body) && !/<is>/.test(body);
}

const ENTITY = /&(?:#x([0-9a-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s
    .replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : NAMED[name!.toLowerCase()]!,
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : undefined;
}

/** Text of a string item: its <t> runs, without phonetic (<rPh>) runs. */
function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += unescapeXml(m[1]!);
  return out;
}

// Built-in date and time formats of SpreadsheetML (ECMA-376 §18.8.30) plus the CJK ones Excel uses.
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

function dateStyles(styles: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!styles) return out;
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\s[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    custom.set(id, attr(m[0], 'formatCode') ?? '');
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  let index = 0;
  for (const m of xfs.matchAll(/<xf\s[^>]*?\/?>/g)) {
    const fmt = Number(attr(m[0], 'numFmtId') ?? 0);
    if (BUILTIN_DATE.has(fmt) || (custom.has(fmt) && isDateFormat(custom.get(fmt)!))) out.add(index);
    index++;
  }
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A cell's double as the decimal the bank wrote: 0.1+0.2 is stored as 0.30000000000000004, and 15
 * significant digits (what Excel itself shows) give back 0.3. More than two decimals after that is
 * refused by the amount parser, not rounded away.
 */
export function numberText(n: number): string {
  return new Decimal(n.toPrecision(15)).toFixed();
}

/** Serial day -> ISO day. 1900 system: day 60 is Excel's phantom 1900-02-29, so later days shift by one. */
function serialDate(serial: number, date1904: boolean): string {
  const day = Math.floor(serial);
  const epoch = date1904 ? -24107 : -25569; // 1904-01-01 and 1899-12-30 as day numbers since 1970
  return fromDayNumber(epoch + (date1904 || day > 60 ? day : day + 1));
}

function cellText(
  tag: string,
  body: string,
  shared: string[],
  dates: Set<number>,
  date1904: boolean,
): string {
  const type = attr(tag, 't') ?? 'n';
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  switch (type) {
    case 's':
      return shared[Number(v)] ?? '';
    case 'inlineStr':
      return itemText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
    case 'str':
    case 'e':
      return v === undefined ? '' : unescapeXml(v);
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return (v ?? '').slice(0, 10);
    default: {
      if (v === undefined || v.trim() === '') return '';
      const n = Number(v);
      if (!Number.isFinite(n)) return unescapeXml(v);
      return dates.has(Number(attr(tag, 's') ?? 0)) && n >= 1 ? serialDate(n, date1904) : numberText(n);
    }
  }
}

function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

export function readXlsx(bytes: Uint8Array, sheetName?: string): Workbook {
  const zip = readZip(bytes);
  const read = (name: string) => zip.get(name)?.().toString('utf8');
  const workbook = read('xl/workbook.xml');
  if (!workbook) throw fileError('xlsxBroken', messages.noWorkbook);
  const rels = new Map<string, string>();
  for (const m of (read('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\s[^>]*>/g))
    rels.set(attr(m[0], 'Id') ?? '', attr(m[0], 'Target') ?? '');
  const sheets = [...workbook.matchAll(/<sheet\s[^>]*>/g)].map((m) => ({
    name: attr(m[0], 'name') ?? '',
    target: rels.get(attr(m[0], 'r:id') ?? '') ?? '',
  }));
  const names = sheets.map((s) => s.name);
  const chosen = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!chosen) {
    const { zh, en } = messages.listSeparator;
    const text = render(messages.sheetUnknown, {
      name: { zh: sheetName ?? '', en: String(JSON.stringify(sheetName)) },
      sheets: { zh: names.join(zh), en: names.join(en) },
    });
    throw fileError('sheetUnknown', text, { sheets: names });
  }
  const date1904 = /<workbookPr\s[^>]*date1904="(1|true)"/.test(workbook);
  const shared = [...(read('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) =>
    itemText(m[1] ?? ''),
  );
  const dates = dateStyles(read('xl/styles.xml'));
  const xml = read(resolveTarget(chosen.target));
  if (xml === undefined) throw fileError('xlsxBroken', render(messages.sheetEmpty, { name: chosen.name }));

  const rows: string[][] = [];
  const formulasWithoutValue = new Set<string>();
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(attr(row[0], 'r') ?? rows.length + 1);
    const cells: string[] = [];
    for (const c of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = `<c${c[1]}>`;
      const ref = attr(tag, 'r');
      const col = ref ? columnIndex(ref) : cells.length;
      while (cells.length < col) cells.push('');
      cells[col] = cellText(tag, c[2] ?? '', shared, dates, date1904);
      // A formula with a cached result reads as that result; without one there is nothing to read.
      if (formulaWithoutValue(c[2] ?? '')) formulasWithoutValue.add(`${rowNumber}:${col}`);
    }
    // Keep sheet row numbers: the preview cites "第 N 行" as Excel shows it.
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  }
  return { sheets: names, sheet: chosen.name, rows, formulasWithoutValue };
}

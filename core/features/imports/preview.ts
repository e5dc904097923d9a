import { Decimal, ZERO } from '../../lib/money/decimal';
import { PAYMENT_KINDS, type PaymentKind } from '../../lib/interest/types';
import { parseAmountText, parseDateText } from './fields';
import { checkMapping, columnNames, findHeaderRow, isBlank, proposeMapping, type Mapping } from './mapping';
import { UNREADABLE } from '../../lib/tables/decode';
import { fileError, type Text } from '../../lib/tables/problems';
import { readTable, type Table } from '../../lib/tables/table';

/** One payment read from a row, in API form (yuan string, ISO date). */
export type ImportedPayment = {
  date: string;
  amount: string;
  payer: string;
  kind: PaymentKind;
  note: string;
};

export type PreviewRow = { row: number; values: string[]; payment?: ImportedPayment; errors: Text[] };

/** A payment already in the case; payer is known only for imported ones. */
export type ExistingPayment = { code: string; date: string; amount: string; payer: string | null };

export type Preview = {
  format: Table['format'];
  encoding: Table['encoding'];
  sheets: string[];
  sheet: string | null;
  headerRow: number;
  columns: string[];
  proposedMapping: Mapping;
  mapping: Mapping;
  rows: PreviewRow[];
  summary: { rows: number; valid: number; invalid: number; total: string };
};

const MAX_PAYER = 200;
const MAX_NOTE = 300;
/** Longer cells are cut in the preview and make their row an error: no statement line is that long. */
export const MAX_CELL_CHARS = 2000;

/**
 * Problems of the raw cells, before any field is read: an .xlsx formula without a computed value in a
 * mapped column, and a cell longer than MAX_CELL_CHARS anywhere in the row (cut in `values`).
 */
function cellProblems(
  table: Table,
  rowNumber: number,
  cells: string[],
  columns: string[],
  mapping: Mapping,
): { values: string[]; errors: Text[] } {
  const errors: Text[] = [];
  const mapped = new Set(
    Object.values(mapping)
      .filter((c): c is string => c !== null)
      .map((c) => columns.indexOf(c)),
  );
  const values = columns.map((name, c) => {
    const text = cells[c] ?? '';
    if (table.formulasWithoutValue.has(`${rowNumber}:${c}`) && mapped.has(c))
      errors.push({
        zh: `「${name}」列是公式单元格，文件中没有计算结果（公式单元格无计算结果）：请在 Excel 中打开后保存，或复制后「选择性粘贴→数值」再导入`,
        en: `column ${JSON.stringify(name)} is a formula cell saved without its computed value: open and save the file in Excel, or paste values only, then import again`,
      });
    if (text.includes(UNREADABLE))
      errors.push({
        zh: `「${name}」列含有无法识别的字符（文件可能被截断，或编码损坏）：请核对原文件`,
        en: `column ${JSON.stringify(name)} holds unreadable characters (the file may be cut short or its encoding damaged)`,
      });
    if (text.length <= MAX_CELL_CHARS) return text;
    errors.push({
      zh: `「${name}」列的单元格过长（${text.length} 个字符，上限 ${MAX_CELL_CHARS}），不像付款记录`,
      en: `cell in column ${JSON.stringify(name)} is too long (${text.length} characters, limit ${MAX_CELL_CHARS})`,
    });
    return `${text.slice(0, MAX_CELL_CHARS)}…`;
  });
  return { values, errors };
}

function readRow(
  cells: string[],
  columns: string[],
  mapping: Mapping,
): { payment?: ImportedPayment; errors: Text[] } {
  const cell = (field: keyof Mapping) => {
    const column = mapping[field];
    return column === null ? '' : (cells[columns.indexOf(column)] ?? '').trim();
  };
  const errors: Text[] = [];
  const date = parseDateText(cell('date'));
  if (!date.ok) errors.push(date.problem);
  const amount = parseAmountText(cell('amount'));
  if (!amount.ok) errors.push(amount.problem);
  const kindText = cell('kind');
  // An empty kind is the ordinary case: the debtor paid of his own accord.
  const kind = kindText === '' ? '自动履行' : PAYMENT_KINDS.find((k) => k === kindText);
  if (!kind)
    errors.push({
      zh: `类型「${kindText}」不是 ${PAYMENT_KINDS.join('、')} 之一（可不对应此列）`,
      en: `kind ${JSON.stringify(kindText)} is not one of ${PAYMENT_KINDS.join(', ')} (or leave the column unmapped)`,
    });
  const payer = cell('payer');
  if (payer.length > MAX_PAYER)
    errors.push({ zh: `付款人超过 ${MAX_PAYER} 个字`, en: `payer longer than ${MAX_PAYER}` });
  const note = cell('note');
  if (note.length > MAX_NOTE)
    errors.push({ zh: `摘要超过 ${MAX_NOTE} 个字`, en: `note longer than ${MAX_NOTE}` });
  if (errors.length || !date.ok || !amount.ok || !kind) return { errors };
  return { payment: { date: date.value, amount: amount.value, payer, kind, note }, errors };
}

/**
 * Flags a payment the case already has (same day and amount, and the same payer when the stored one is
 * known) and a repeat within the file; the first occurrence in the file stays clean.
 */
function markDuplicates(rows: PreviewRow[], existing: readonly ExistingPayment[]): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const p = r.payment;
    if (!p) continue;
    const amount = new Decimal(p.amount);
    const match = existing.find(
      (e) =>
        e.date === p.date &&
        new Decimal(e.amount).equals(amount) &&
        (!e.payer || !p.payer || e.payer === p.payer),
    );
    if (match)
      r.errors.push({
        zh: `与本案已有付款 ${match.code}（${match.date}，${match.amount} 元）重复`,
        en: `duplicates payment ${match.code} of the case (${match.date}, ${match.amount})`,
      });
    const key = `${p.date}|${p.amount}|${p.payer}`;
    const first = seen.get(key);
    if (first !== undefined)
      r.errors.push({ zh: `与文件第 ${first} 行重复`, en: `duplicates row ${first} of the file` });
    else seen.set(key, r.row);
    if (r.errors.length) delete r.payment;
  }
}

export type PreviewInput = { bytes: Uint8Array; mapping?: Partial<Mapping>; sheet?: string };

/**
 * The table to preview. Court and bank exports often open with a cover or notes sheet: unless the clerk
 * chose a sheet, take the first whose header names a date and an amount column (else the first sheet).
 */
function statementSheet(input: PreviewInput): Table {
  const first = readTable(input.bytes, input.sheet);
  if (input.sheet !== undefined || input.mapping || first.sheets.length < 2 || recognised(first))
    return first;
  for (const name of first.sheets.slice(1)) {
    const table = probe(input.bytes, name);
    if (table && recognised(table)) return table;
  }
  return first;
}

/** A sheet read only to look at its header: one that cannot be read is passed over, not reported. */
function probe(bytes: Uint8Array, sheet: string): Table | null {
  try {
    return readTable(bytes, sheet);
  } catch {
    return null;
  }
}

function recognised(table: Table): boolean {
  const headerIndex = findHeaderRow(table.rows);
  if (headerIndex < 0) return false;
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const mapping = proposeMapping(columnNames(table.rows[headerIndex]!, width));
  return mapping.date !== null && mapping.amount !== null;
}

/** The whole import as the clerk will see it, computed again on confirm: nothing here touches storage. */
export function previewImport(input: PreviewInput, existing: readonly ExistingPayment[]): Preview {
  const table = statementSheet(input);
  const headerIndex = findHeaderRow(table.rows);
  if (headerIndex < 0) throw fileError('empty', { zh: '文件中没有任何内容', en: 'the file has no content' });
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const columns = columnNames(table.rows[headerIndex]!, width);
  const proposedMapping = proposeMapping(columns);
  const mapping = checkMapping(input.mapping ?? proposedMapping, columns);

  const rows: PreviewRow[] = [];
  table.rows.forEach((cells, i) => {
    if (i <= headerIndex || isBlank(cells)) return;
    const raw = cellProblems(table, i + 1, cells, columns, mapping);
    const read = readRow(raw.values, columns, mapping);
    if (raw.errors.length === 0) rows.push({ row: i + 1, values: raw.values, ...read });
    else rows.push({ row: i + 1, values: raw.values, errors: [...raw.errors, ...read.errors] });
  });
  if (rows.length === 0)
    throw fileError('noRows', { zh: '文件只有表头，没有付款记录', en: 'the file has a header but no rows' });
  markDuplicates(rows, existing);

  const valid = rows.filter((r) => r.payment);
  const total = valid.reduce((s, r) => s.plus(r.payment!.amount), ZERO);
  return {
    format: table.format,
    encoding: table.encoding,
    sheets: table.sheets,
    sheet: table.sheet,
    headerRow: headerIndex + 1,
    columns,
    proposedMapping,
    mapping,
    rows,
    summary: {
      rows: rows.length,
      valid: valid.length,
      invalid: rows.length - valid.length,
      total: total.toFixed(2),
    },
  };
}

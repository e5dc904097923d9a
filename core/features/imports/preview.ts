import { Decimal, ZERO } from '../../lib/money/decimal';
import { PAYMENT_KINDS, type PaymentKind } from '../../lib/interest/types';
import { parseAmountText, parseDateText } from './fields';
import { checkMapping, columnNames, findHeaderRow, isBlank, proposeMapping, type Mapping } from './mapping';
import { UNREADABLE } from '../../lib/tables/decode';
import { fileError } from '../../lib/tables/problems';
import { render, type Text, type Vars } from '../../lib/text';
import { messages, quoted, separators } from './messages';
import { DEFAULT_PAYMENT_KIND } from '../../lib/interest/vocabulary';
import { readTable, type Table } from '../../lib/tables/table';
import {
  headerKey,
  layoutMapping,
  orderKeys,
  recogniseLayout,
  rowStatus,
  sameOrder,
  trimCell,
  type RecognisedLayout,
  type RowStatus,
} from './layouts';
import type { LayoutId } from './vocabulary';

/** One payment read from a row, in API form (yuan string, ISO date). */
export type ImportedPayment = {
  date: string;
  amount: string;
  payer: string;
  kind: PaymentKind;
  note: string;
};

export type PreviewRow = {
  row: number;
  values: string[];
  payment?: ImportedPayment;
  errors: Text[];
  /** A row of the statement that is not a payment (a refund, a closed trade, 不计收支): shown, never imported. */
  skipped?: Text;
  /** The row of the order a refund or closed trade belongs to. */
  pairedWith?: number;
  /** Not in the way of the import, but for the clerk to weigh (this order was refunded on row N). */
  notices?: Text[];
};

/** A payment already in the case; payer is known only for imported ones. */
export type ExistingPayment = { code: string; date: string; amount: string; payer: string | null };

export type Preview = {
  format: Table['format'];
  encoding: Table['encoding'];
  /** The statement layout recognised from the preamble and header; null: a generic table. */
  layout: LayoutId | null;
  sheets: string[];
  sheet: string | null;
  headerRow: number;
  columns: string[];
  proposedMapping: Mapping;
  mapping: Mapping;
  rows: PreviewRow[];
  summary: { rows: number; valid: number; invalid: number; skipped: number; total: string };
};

const problem = (key: keyof typeof messages, vars?: Vars): Text => render(messages[key], vars);

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
      errors.push(problem('formulaWithoutValue', { column: quoted(name) }));
    if (text.includes(UNREADABLE)) errors.push(problem('unreadableCharacters', { column: quoted(name) }));
    if (text.length <= MAX_CELL_CHARS) return text;
    errors.push(problem('cellTooLong', { column: quoted(name), length: text.length, max: MAX_CELL_CHARS }));
    return `${text.slice(0, MAX_CELL_CHARS)}…`;
  });
  return { values, errors };
}

function readRow(
  cells: string[],
  columns: string[],
  mapping: Mapping,
  amountAlt: string | null = null,
): { payment?: ImportedPayment; errors: Text[] } {
  const cell = (field: keyof Mapping) => {
    const column = mapping[field];
    return column === null ? '' : (cells[columns.indexOf(column)] ?? '').trim();
  };
  const errors: Text[] = [];
  const date = parseDateText(cell('date'));
  if (!date.ok) errors.push(date.problem);
  // Bank statements put income and expense in two columns: the other one where this one is empty.
  const alt = amountAlt === null ? '' : (cells[columns.indexOf(amountAlt)] ?? '').trim();
  const amount = parseAmountText(cell('amount') || alt);
  if (!amount.ok) errors.push(amount.problem);
  const kindText = cell('kind');
  // An empty kind is the ordinary case: the debtor paid of his own accord.
  const kind = kindText === '' ? DEFAULT_PAYMENT_KIND : PAYMENT_KINDS.find((k) => k === kindText);
  if (!kind)
    errors.push(
      problem('kindUnknown', {
        text: quoted(kindText),
        list: { zh: PAYMENT_KINDS.join(separators.list.zh), en: PAYMENT_KINDS.join(separators.list.en) },
      }),
    );
  const payer = cell('payer');
  if (payer.length > MAX_PAYER) errors.push(problem('payerTooLong', { max: MAX_PAYER }));
  const note = cell('note');
  if (note.length > MAX_NOTE) errors.push(problem('noteTooLong', { max: MAX_NOTE }));
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
      r.errors.push(problem('duplicatesCase', { code: match.code, date: match.date, amount: match.amount }));
    const key = `${p.date}|${p.amount}|${p.payer}`;
    const first = seen.get(key);
    if (first !== undefined) r.errors.push(problem('duplicatesRow', { row: first }));
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

type Marked = { row: PreviewRow; status: RowStatus; keys: string[] };

/**
 * Refunds and closed trades beside their order: each says which row it belongs to, and an order that
 * was refunded carries a notice (the clerk decides whether it still counts as paid).
 */
function pairOrders(marked: readonly Marked[], refundText: (m: Marked) => string): void {
  for (const m of marked) {
    if (!m.status) continue;
    const order =
      marked.find((o) => o !== m && !o.status && sameOrder(m.keys, o.keys)) ??
      marked.find((o) => o !== m && o.status !== 'refund' && sameOrder(m.keys, o.keys));
    if (order) m.row.pairedWith = order.row.row;
    const paired = order ? { row: order.row.row } : undefined;
    if (m.status === 'refund') {
      m.row.skipped = paired ? problem('skippedRefund', paired) : problem('skippedRefundAlone');
      if (order?.row.payment)
        (order.row.notices ??= []).push(problem('noticeRefunded', { row: m.row.row, amount: refundText(m) }));
    } else if (m.status === 'closed')
      m.row.skipped = paired ? problem('skippedClosedPaired', paired) : problem('skippedClosed');
    else m.row.skipped = problem('skippedNeutral');
  }
}

/** The whole import as the clerk will see it, computed again on confirm: nothing here touches storage. */
export function previewImport(input: PreviewInput, existing: readonly ExistingPayment[]): Preview {
  const table = statementSheet(input);
  const layout: RecognisedLayout | null = recogniseLayout(table.rows);
  const headerIndex = layout ? layout.headerIndex : findHeaderRow(table.rows);
  if (headerIndex < 0) throw fileError('empty', problem('empty'));
  const end = layout ? layout.end : table.rows.length;
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const header = table.rows[headerIndex]!;
  const columns = columnNames(layout ? header.map(trimCell) : header, width);
  const proposedMapping = layout ? layoutMapping(layout, columns) : proposeMapping(columns);
  const mapping = checkMapping(input.mapping ?? proposedMapping, columns);
  const altName = layout?.words.mapping.amountAlt;
  const amountAlt =
    altName && mapping.amount === proposedMapping.amount
      ? (columns.find((c) => headerKey(c) === altName) ?? null)
      : null;
  const empty = layout?.words.empty ?? [];
  // A layout's padding and placeholders go before anything is read; a generic table is read as it is.
  const clean = (cells: string[]) =>
    layout ? cells.map((c) => (empty.includes(trimCell(c)) ? '' : trimCell(c))) : cells;

  const rows: PreviewRow[] = [];
  const marked: Marked[] = [];
  table.rows.forEach((given, i) => {
    if (i <= headerIndex || i >= end || isBlank(given)) return;
    const cells = clean(given);
    const get = (name: string) => trimCell(given[columns.findIndex((c) => headerKey(c) === name)] ?? '');
    const status = layout ? rowStatus(layout.words, get) : null;
    const raw = cellProblems(table, i + 1, cells, columns, mapping);
    let row: PreviewRow;
    if (status) row = { row: i + 1, values: raw.values, errors: [] };
    else {
      const read = readRow(raw.values, columns, mapping, amountAlt);
      row =
        raw.errors.length === 0
          ? { row: i + 1, values: raw.values, ...read }
          : { row: i + 1, values: raw.values, errors: [...raw.errors, ...read.errors] };
    }
    rows.push(row);
    if (layout) marked.push({ row, status, keys: orderKeys(layout.words, get) });
  });
  if (rows.length === 0) throw fileError('noRows', problem('headerOnly'));
  const amountOf = (m: Marked) => {
    const column = mapping.amount === null ? -1 : columns.indexOf(mapping.amount);
    const text = m.row.values[column] ?? '';
    const parsed = parseAmountText(text);
    return parsed.ok ? parsed.value : text;
  };
  pairOrders(marked, amountOf);
  markDuplicates(rows, existing);

  const valid = rows.filter((r) => r.payment);
  const skipped = rows.filter((r) => r.skipped).length;
  const total = valid.reduce((s, r) => s.plus(r.payment!.amount), ZERO);
  return {
    format: table.format,
    encoding: table.encoding,
    layout: layout?.id ?? null,
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
      invalid: rows.length - valid.length - skipped,
      skipped,
      total: total.toFixed(2),
    },
  };
}

import { checkAmount } from '../../lib/money/amount';
import { Decimal } from '../../lib/money/decimal';
import { render, type Text, type Vars } from '../../lib/text';
import { checkQuantity } from './rules';
import { coded, listed, messages, phrases, quotedList, zhOnly, type HearingsMessage } from './messages';
import {
  ITEM_COLUMNS,
  ITEM_NAME_MAX,
  ITEM_TEXT_FIELDS,
  ITEM_TEXT_MAX,
  type ItemColumn,
  type ItemFields,
} from './item-fields';
import { ITEM_HEADER_WORDS, MEASURES, NO_VALUE_WORDS, VALUE_CURRENCY, type Measure } from './vocabulary';

/**
 * The executed-items list (执行物品清单) from a table of cell texts (core/lib/tables reads CSV/XLSX into one;
 * this part is pure). The header row is found by its words; every data row becomes an item or a list of
 * problems in Chinese and English with its file row number. Nothing is saved here: the handler saves the
 * items only on confirm, and only when no row has a problem.
 */

const problem = (key: HearingsMessage, vars?: Vars): Text => render(messages[key], vars);

const normalise = (h: string) =>
  h
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();

export function columnOf(header: string): ItemColumn | null {
  const h = normalise(header);
  return ITEM_COLUMNS.find((c) => ITEM_HEADER_WORDS[c].some((s) => normalise(s) === h)) ?? null;
}

export type ItemPreviewRow = { row: number; item: ItemFields | null; errors: Text[] };
export type ItemPreview = {
  headerRow: number;
  columns: { header: string; column: ItemColumn | null }[];
  rows: ItemPreviewRow[];
  okCount: number;
  errorCount: number;
};

/** Why a whole table is refused; each reason is also its entry in messages.ts. */
export type ItemTableReason = 'noHeader' | 'columnsMissing' | 'noRows';

export class ItemTableError extends Error {
  readonly zh: string;
  readonly en: string;
  readonly reason: ItemTableReason;
  readonly vars: Vars;
  constructor(reason: ItemTableReason, vars: Vars = {}) {
    const text = problem(reason, vars);
    super(`${text.zh}\n${text.en}`);
    this.name = 'ItemTableError';
    this.reason = reason;
    this.vars = vars;
    this.zh = text.zh;
    this.en = text.en;
  }
}

const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');

/** Value text -> yuan: ¥/￥/元 stripped, thousands separators only in their exact places. */
export function parseValueText(
  raw: string,
): { ok: true; value: string | null } | { ok: false; problem: Text } {
  let text = raw.trim().replace(VALUE_CURRENCY, '').trim();
  if (NO_VALUE_WORDS.includes(text)) return { ok: true, value: null };
  const vars = { raw: raw.trim() };
  if (text.includes(',')) {
    if (!/^[1-9][0-9]{0,2}(,[0-9]{3})+(\.[0-9]+)?$/.test(text))
      return { ok: false, problem: problem('valueSeparator', vars) };
    text = text.replace(/,/g, '');
  }
  const amount = checkAmount(text);
  if (amount === 'decimals') return { ok: false, problem: problem('valueDecimals', vars) };
  if (amount) return { ok: false, problem: problem('valueInvalid', vars) };
  return { ok: true, value: new Decimal(text).toFixed(2) };
}

function parseRow(cells: Partial<Record<ItemColumn, string>>): { item: ItemFields | null; errors: Text[] } {
  const errors: Text[] = [];
  const get = (c: ItemColumn) => (cells[c] ?? '').trim();
  const name = get('name');
  if (name === '') errors.push(problem('nameEmpty'));
  else if (name.length > ITEM_NAME_MAX) errors.push(problem('nameTooLong'));
  const quantity = get('quantity').replace(/,/g, '');
  const qp = checkQuantity(quantity);
  if (quantity === '') errors.push(problem('quantityEmpty'));
  else if (qp === 'format')
    errors.push(
      problem('quantityFormat', {
        quantity: { zh: get('quantity'), en: JSON.stringify(get('quantity')) },
      }),
    );
  else if (qp === 'zero') errors.push(problem('quantityZero'));
  const measureText = get('measure');
  const measure = MEASURES.find((m) => m === measureText);
  const measures = listed(MEASURES, MEASURES);
  if (!measure)
    errors.push(
      measureText === ''
        ? problem('measureEmpty', { measures })
        : problem('measureUnknown', { measure: zhOnly(measureText), measures }),
    );
  const value = parseValueText(get('value'));
  if (!value.ok) errors.push(value.problem);
  for (const c of ITEM_TEXT_FIELDS)
    if (get(c).length > ITEM_TEXT_MAX[c])
      errors.push(problem('textTooLong', { field: coded(c, phrases.itemColumn[c]), max: ITEM_TEXT_MAX[c] }));
  if (errors.length > 0) return { item: null, errors };
  // The fields with a rule of their own as parsed above; every other one as written.
  const parsed: Partial<ItemFields> = {
    name,
    quantity: new Decimal(quantity).toString(),
    measure: measure as Measure,
    value: value.ok ? value.value : null,
  };
  const item = Object.fromEntries(ITEM_COLUMNS.map((c) => [c, c in parsed ? parsed[c] : get(c)]));
  return { item: item as ItemFields, errors: [] };
}

/** The header is the first of the first twenty rows naming at least two known columns. */
export function previewItems(rows: readonly string[][]): ItemPreview {
  let headerRow = -1;
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const known = new Set(rows[i]!.map(columnOf).filter((c) => c !== null));
    if (known.size >= 2) {
      headerRow = i;
      break;
    }
  }
  if (headerRow < 0) throw new ItemTableError('noHeader');
  const header = rows[headerRow]!;
  const columns = header.map((h) => ({ header: h.trim(), column: columnOf(h) }));
  const indexOf = new Map<ItemColumn, number>();
  columns.forEach((c, i) => {
    if (c.column && !indexOf.has(c.column)) indexOf.set(c.column, i);
  });
  const missing = (['name', 'quantity', 'measure'] as const).filter((c) => !indexOf.has(c));
  if (missing.length > 0)
    throw new ItemTableError('columnsMissing', {
      columns: quotedList(
        missing.map((c) => phrases.itemColumn[c]),
        missing,
      ),
    });
  const out: ItemPreviewRow[] = [];
  for (let i = headerRow + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const cells: Partial<Record<ItemColumn, string>> = {};
    for (const [column, index] of indexOf) cells[column] = row[index] ?? '';
    out.push({ row: i + 1, ...parseRow(cells) });
  }
  if (out.length === 0) throw new ItemTableError('noRows');
  const errorCount = out.filter((r) => r.errors.length > 0).length;
  return { headerRow: headerRow + 1, columns, rows: out, okCount: out.length - errorCount, errorCount };
}

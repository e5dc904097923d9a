import { checkAmount } from '../../lib/money/amount';
import { Decimal } from '../../lib/money/decimal';
import { checkQuantity, MEASURES, type ItemFields, type Measure } from './rules';

/**
 * The executed-items list (执行物品清单) from a table of cell texts (core/lib/tables reads CSV/XLSX into one;
 * this part is pure). The header row is found by its words; every data row becomes an item or a list of
 * problems in Chinese and English with its file row number. Nothing is saved here: the handler saves the
 * items only on confirm, and only when no row has a problem.
 */

export type Text = { zh: string; en: string };

export const ITEM_COLUMNS = [
  'name',
  'quantity',
  'unit',
  'measure',
  'location',
  'basis',
  'documentNo',
  'value',
  'note',
] as const;
export type ItemColumn = (typeof ITEM_COLUMNS)[number];

export const ITEM_COLUMN_ZH: Record<ItemColumn, string> = {
  name: '物品名称',
  quantity: '数量',
  unit: '单位',
  measure: '执行措施',
  location: '现存放地/去向',
  basis: '法律依据',
  documentNo: '文书号',
  value: '价值（元）',
  note: '备注',
};

const SYNONYMS: Record<ItemColumn, string[]> = {
  name: ['物品', '物品名称', '名称', '财产名称', '标的物', '品名', 'item', 'name'],
  quantity: ['数量', 'quantity', 'qty'],
  unit: ['单位', '计量单位', 'unit'],
  measure: ['执行措施', '措施', '处置方式', '采取措施', '处置措施', 'measure'],
  location: ['现存放地', '去向', '现状', '存放地点', '现在何处', '存放地', '现存放地/去向', 'location'],
  basis: ['法律依据', '依据', 'basis'],
  documentNo: ['文书号', '文号', '文书编号', '裁定书号', '文书字号', 'documentno', 'document'],
  value: ['价值', '金额', '估值', '评估价值', '价值（元）', '成交价', 'value'],
  note: ['备注', '说明', 'note'],
};

const normalise = (h: string) =>
  h
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();

export function columnOf(header: string): ItemColumn | null {
  const h = normalise(header);
  return ITEM_COLUMNS.find((c) => SYNONYMS[c].some((s) => normalise(s) === h)) ?? null;
}

export type ItemPreviewRow = { row: number; item: ItemFields | null; errors: Text[] };
export type ItemPreview = {
  headerRow: number;
  columns: { header: string; column: ItemColumn | null }[];
  rows: ItemPreviewRow[];
  okCount: number;
  errorCount: number;
};

export class ItemTableError extends Error {
  readonly zh: string;
  readonly en: string;
  readonly reason: string;
  constructor(reason: string, zh: string, en: string) {
    super(`${zh}\n${en}`);
    this.name = 'ItemTableError';
    this.reason = reason;
    this.zh = zh;
    this.en = en;
  }
}

const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');

/** Value text -> yuan: ¥/￥/元 stripped, thousands separators only in their exact places. */
export function parseValueText(
  raw: string,
): { ok: true; value: string | null } | { ok: false; problem: Text } {
  let text = raw
    .trim()
    .replace(/^(?:人民币|RMB|CNY|[¥￥])\s*|\s*元$/gi, '')
    .trim();
  if (text === '' || text === '-' || text === '—' || text === '无' || text === '未评估')
    return { ok: true, value: null };
  if (text.includes(',')) {
    if (!/^[1-9][0-9]{0,2}(,[0-9]{3})+(\.[0-9]+)?$/.test(text))
      return {
        ok: false,
        problem: {
          zh: `价值「${raw.trim()}」的千位分隔符位置不对`,
          en: `misplaced thousands separator: ${raw.trim()}`,
        },
      };
    text = text.replace(/,/g, '');
  }
  const problem = checkAmount(text);
  if (problem === 'decimals')
    return {
      ok: false,
      problem: {
        zh: `价值「${raw.trim()}」超过两位小数（到分）`,
        en: `more than two decimals: ${raw.trim()}`,
      },
    };
  if (problem)
    return {
      ok: false,
      problem: { zh: `价值「${raw.trim()}」不是有效金额`, en: `not an amount: ${raw.trim()}` },
    };
  return { ok: true, value: new Decimal(text).toFixed(2) };
}

function parseRow(cells: Partial<Record<ItemColumn, string>>): { item: ItemFields | null; errors: Text[] } {
  const errors: Text[] = [];
  const get = (c: ItemColumn) => (cells[c] ?? '').trim();
  const name = get('name');
  if (name === '') errors.push({ zh: '物品名称为空', en: 'item name is empty' });
  else if (name.length > 200) errors.push({ zh: '物品名称过长（最多 200 字）', en: 'item name too long' });
  const quantity = get('quantity').replace(/,/g, '');
  const qp = checkQuantity(quantity);
  if (quantity === '') errors.push({ zh: '数量为空', en: 'quantity is empty' });
  else if (qp === 'format')
    errors.push({
      zh: `数量「${get('quantity')}」不是有效数字（最多四位小数，不带单位）`,
      en: `quantity ${JSON.stringify(get('quantity'))} is not a number (at most four decimals, no unit)`,
    });
  else if (qp === 'zero') errors.push({ zh: '数量不能为零', en: 'quantity is zero' });
  const measureText = get('measure');
  const measure = MEASURES.find((m) => m === measureText);
  if (!measure)
    errors.push({
      zh:
        measureText === ''
          ? `执行措施为空，应为${MEASURES.join('、')}之一`
          : `执行措施「${measureText}」不在${MEASURES.join('、')}之中`,
      en: `measure must be one of ${MEASURES.join(', ')}`,
    });
  const value = parseValueText(get('value'));
  if (!value.ok) errors.push(value.problem);
  const long = (['unit', 'location', 'basis', 'documentNo', 'note'] as const).filter(
    (c) => get(c).length > 500,
  );
  for (const c of long)
    errors.push({ zh: `${ITEM_COLUMN_ZH[c]}过长（最多 500 字）`, en: `${c} is too long (500 characters)` });
  if (errors.length > 0) return { item: null, errors };
  return {
    item: {
      name,
      quantity: new Decimal(quantity).toString(),
      unit: get('unit'),
      measure: measure as Measure,
      location: get('location'),
      basis: get('basis'),
      documentNo: get('documentNo'),
      value: value.ok ? value.value : null,
      note: get('note'),
    },
    errors: [],
  };
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
  if (headerRow < 0)
    throw new ItemTableError(
      'noHeader',
      `找不到表头：前 20 行中没有一行含有「物品名称」「数量」「执行措施」等列名`,
      'no header row naming the item columns (物品名称, 数量, 执行措施, ...) in the first 20 rows',
    );
  const header = rows[headerRow]!;
  const columns = header.map((h) => ({ header: h.trim(), column: columnOf(h) }));
  const indexOf = new Map<ItemColumn, number>();
  columns.forEach((c, i) => {
    if (c.column && !indexOf.has(c.column)) indexOf.set(c.column, i);
  });
  const missing = (['name', 'quantity', 'measure'] as const).filter((c) => !indexOf.has(c));
  if (missing.length > 0)
    throw new ItemTableError(
      'columnsMissing',
      `表头缺少「${missing.map((c) => ITEM_COLUMN_ZH[c]).join('」「')}」列`,
      `the header lacks ${missing.join(', ')}`,
    );
  const out: ItemPreviewRow[] = [];
  for (let i = headerRow + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    const cells: Partial<Record<ItemColumn, string>> = {};
    for (const [column, index] of indexOf) cells[column] = row[index] ?? '';
    out.push({ row: i + 1, ...parseRow(cells) });
  }
  if (out.length === 0)
    throw new ItemTableError('noRows', '表头下面没有物品行', 'no item rows below the header');
  const errorCount = out.filter((r) => r.errors.length > 0).length;
  return { headerRow: headerRow + 1, columns, rows: out, okCount: out.length - errorCount, errorCount };
}

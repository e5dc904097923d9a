import { fileError } from '../../lib/tables/problems';

/** Which column feeds which payment field. Values are column names as shown in the preview. */
export const FIELDS = ['date', 'amount', 'payer', 'kind', 'note'] as const;
export type Field = (typeof FIELDS)[number];
export type Mapping = Record<Field, string | null>;

export const FIELD_NAMES: Record<Field, { zh: string; en: string }> = {
  date: { zh: '日期', en: 'date' },
  amount: { zh: '金额', en: 'amount' },
  payer: { zh: '付款人', en: 'payer' },
  kind: { zh: '类型', en: 'kind' },
  note: { zh: '摘要', en: 'note' },
};

// Header words of the exports seen in practice (bank statements, court account reports), normalised.
const SYNONYMS: Record<Field, string[]> = {
  date: [
    '日期',
    '交易日期',
    '到账日期',
    '记账日期',
    '入账日期',
    '交易时间',
    '付款日期',
    '缴款日期',
    '到账时间',
    'date',
  ],
  amount: [
    '金额',
    '收入',
    '收入金额',
    '贷方金额',
    '贷方发生额',
    '到账金额',
    '交易金额',
    '缴款金额',
    '入账金额',
    'amount',
  ],
  payer: [
    '付款人',
    '对方户名',
    '付款人名称',
    '对方账户名称',
    '对方名称',
    '缴款人',
    '交款人',
    '付款方',
    'payer',
  ],
  kind: ['类型', '款项类型', '执行方式', '到账方式', 'kind'],
  note: ['摘要', '备注', '用途', '附言', '说明', '交易摘要', 'note'],
};

/** "金额（元）", " 交易日期 " and "Amount" all name the same thing. */
function normalise(header: string): string {
  return header
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

function fieldOf(header: string): Field | null {
  const h = normalise(header);
  return FIELDS.find((f) => SYNONYMS[f].includes(h)) ?? null;
}

export const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');

/** The first row among the first twenty naming at least two known fields; else the first non-blank row. */
export function findHeaderRow(rows: readonly string[][]): number {
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const fields = new Set(rows[i]!.map(fieldOf).filter((f) => f !== null));
    if (fields.size >= 2) return i;
  }
  return rows.findIndex((r) => !isBlank(r));
}

/** Column names: the header text, "第 N 列" for a blank one, and the column number added to a repeated one. */
export function columnNames(header: readonly string[], width: number): string[] {
  const texts = Array.from({ length: width }, (_, i) => (header[i] ?? '').trim());
  return texts.map((text, i) => {
    if (text === '') return `第${i + 1}列`;
    return texts.filter((t) => t === text).length > 1 ? `${text}（第${i + 1}列）` : text;
  });
}

/** Each field gets the first column whose header is one of its words. */
export function proposeMapping(columns: readonly string[]): Mapping {
  const mapping: Mapping = { date: null, amount: null, payer: null, kind: null, note: null };
  for (const column of columns) {
    const field = fieldOf(column.replace(/（第\d+列）$/, ''));
    if (field && mapping[field] === null) mapping[field] = column;
  }
  return mapping;
}

/** The user's mapping, checked: every named column exists; date and amount are mapped. */
export function checkMapping(mapping: Partial<Mapping>, columns: readonly string[]): Mapping {
  const full: Mapping = { date: null, amount: null, payer: null, kind: null, note: null, ...mapping };
  for (const field of FIELDS) {
    const column = full[field];
    if (column !== null && !columns.includes(column))
      throw fileError(
        'mappingUnknownColumn',
        {
          zh: `列对应有误：「${FIELD_NAMES[field].zh}」对应的列「${column}」在文件中不存在；文件的列：${columns.join('、')}`,
          en: `mapping: column ${JSON.stringify(column)} for ${field} is not in the file; columns: ${columns.join(', ')}`,
        },
        { field, column, columns },
      );
  }
  const missing = (['date', 'amount'] as const).filter((f) => full[f] === null);
  if (missing.length)
    throw fileError(
      'mappingIncomplete',
      {
        zh: `请指定「${missing.map((f) => FIELD_NAMES[f].zh).join('」「')}」对应的列`,
        en: `choose the column for ${missing.join(' and ')}`,
      },
      { missing, columns },
    );
  return full;
}

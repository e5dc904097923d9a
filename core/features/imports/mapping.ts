import { fileError } from '../../lib/tables/problems';
import { render, type Text } from '../../lib/text';
import { fieldNames, messages, phrases, quoted, separators } from './messages';
import { HEADER_WORDS } from './vocabulary';

/** Which column feeds which payment field. Values are column names as shown in the preview. */
export const FIELDS = ['date', 'amount', 'payer', 'kind', 'note'] as const;
export type Field = (typeof FIELDS)[number];
export type Mapping = Record<Field, string | null>;

/** "金额（元）", " 交易日期 " and "Amount" all name the same thing. */
function normalise(header: string): string {
  return header
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

function fieldOf(header: string): Field | null {
  const h = normalise(header);
  return FIELDS.find((f) => HEADER_WORDS[f].includes(h)) ?? null;
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
    if (text === '') return phrases.blankColumn(i + 1);
    return texts.filter((t) => t === text).length > 1 ? phrases.repeatedColumn(text, i + 1) : text;
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

const joined = (items: readonly string[], separator: Text): Text => ({
  zh: items.join(separator.zh),
  en: items.join(separator.en),
});

/** The user's mapping, checked: every named column exists; date and amount are mapped. */
export function checkMapping(mapping: Partial<Mapping>, columns: readonly string[]): Mapping {
  const full: Mapping = { date: null, amount: null, payer: null, kind: null, note: null, ...mapping };
  for (const field of FIELDS) {
    const column = full[field];
    if (column !== null && !columns.includes(column))
      throw fileError(
        'mappingUnknownColumn',
        render(messages.mappingUnknownColumn, {
          field: fieldNames[field],
          column: quoted(column),
          list: joined(columns, separators.list),
        }),
        { field, column, columns },
      );
  }
  const missing = (['date', 'amount'] as const).filter((f) => full[f] === null);
  if (missing.length)
    throw fileError(
      'mappingIncomplete',
      render(messages.mappingIncomplete, {
        list: {
          zh: missing.map((f) => fieldNames[f].zh).join(separators.fields.zh),
          en: missing.map((f) => fieldNames[f].en).join(separators.fields.en),
        },
      }),
      { missing, columns },
    );
  return full;
}

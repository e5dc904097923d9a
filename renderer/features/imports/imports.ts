import { sumAmounts } from '../../ui/lib/money';

/**
 * Pure helpers of the statement import and double-entry screens: file bytes -> base64, the column
 * mapping as the selects show it, which rows the clerk chose and what they add up to.
 */

export const MAPPING_FIELDS = ['date', 'amount', 'payer', 'kind', 'note'] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];
export type ColumnMapping = Record<MappingField, string | null>;

/** Bytes -> base64 without a 100k-argument spread (chunks of 32 KiB through String.fromCharCode). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** A chosen file as the API takes it. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** A select's value ('' = not mapped) -> the mapping with that field changed. */
export function withColumn(mapping: ColumnMapping, field: MappingField, value: string): ColumnMapping {
  return { ...mapping, [field]: value === '' ? null : value };
}

export type RowLike = {
  row: number;
  errors: readonly unknown[];
  payment?: { amount: string } | undefined;
  /** a refund, closed trade or 不计收支 row of a recognised statement: shown, never imported */
  skipped?: unknown;
};

/** A row the clerk cannot import as it stands: one with problems, or one that is not a payment. */
export const blocked = (r: RowLike) => r.errors.length > 0 || r.skipped !== undefined;

/** The rows chosen when a preview arrives: every payment row, bad ones too (they block until fixed). */
export const initialSelection = (rows: readonly RowLike[]) =>
  new Set(rows.filter((r) => r.skipped === undefined).map((r) => r.row));

/** What the selection amounts to: counts, selected rows with errors, the total of the selected good rows. */
export function selectionSummary(rows: readonly RowLike[], selected: ReadonlySet<number>) {
  const chosen = rows.filter((r) => selected.has(r.row));
  const bad = chosen.filter(blocked);
  const good = chosen.filter((r) => !blocked(r) && r.payment);
  return {
    rows: rows.length,
    valid: rows.filter((r) => !blocked(r)).length,
    invalid: rows.filter((r) => r.errors.length > 0).length,
    skipped: rows.filter((r) => r.skipped !== undefined).length,
    selected: chosen.length,
    selectedWithErrors: bad.map((r) => r.row),
    total: sumAmounts(good.map((r) => r.payment!.amount)),
  };
}

/** imports.confirm's `rows`: omitted when every row is chosen (the whole file, all or nothing). */
export function rowsToSend(rows: readonly RowLike[], selected: ReadonlySet<number>): number[] | undefined {
  if (rows.every((r) => selected.has(r.row))) return undefined;
  return rows.filter((r) => selected.has(r.row)).map((r) => r.row);
}

import type { Mapping } from './mapping';
import { LAYOUTS, LAYOUT_IDS, type LayoutId, type LayoutWords } from './vocabulary';

/**
 * The statements clerks receive have fixed layouts (支付宝 交易流水证明, 微信支付账单, 工商银行 借记卡明细,
 * 建设银行, 招商银行): recognised by the words of their preamble and their header row, read between the
 * header and the footer, cells cleaned of their padding (spaces, tabs after order numbers) and of the
 * placeholders that mean empty ("/", "-"). Refunds, closed trades and 不计收支 rows are recognised so the
 * preview can show them beside their order instead of importing them or dropping them unseen.
 */

export type RecognisedLayout = {
  id: LayoutId;
  words: LayoutWords;
  headerIndex: number;
  /** index of the first row after the data (the footer), or the row count */
  end: number;
};

/** Rows above the header a layout may have (支付宝 about 24, 微信 16, the banks 1–8). */
const SEARCH_ROWS = 80;

/** Padding of every kind exported statements carry: spaces, tabs, ideographic spaces, NBSP. */
export const trimCell = (text: string) => text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');

/** A header cell as the layouts name it: no padding or inner spaces, half-width brackets. */
export const headerKey = (text: string) =>
  trimCell(text)
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

function footerAt(rows: readonly string[][], from: number, footer: readonly string[] | undefined): number {
  if (!footer) return rows.length;
  for (let i = from; i < rows.length; i++) {
    const first = rows[i]!.map(trimCell).find((c) => c !== '');
    if (first !== undefined && footer.some((w) => first.startsWith(w))) return i;
  }
  return rows.length;
}

export function recogniseLayout(rows: readonly string[][]): RecognisedLayout | null {
  let above = '';
  for (let i = 0; i < Math.min(rows.length, SEARCH_ROWS); i++) {
    const keys = new Set(rows[i]!.map(headerKey));
    for (const id of LAYOUT_IDS) {
      const words = LAYOUTS[id];
      if (words.header.every((h) => keys.has(h)) && words.preamble.every((w) => above.includes(w)))
        return { id, words, headerIndex: i, end: footerAt(rows, i + 1, words.footer) };
    }
    above += rows[i]!.join(' ');
  }
  return null;
}

/** The layout's mapping in the column names of this file (a layout column the file lacks stays unmapped). */
export function layoutMapping(layout: RecognisedLayout, columns: readonly string[]): Mapping {
  const column = (name: string | undefined) =>
    name === undefined ? null : (columns.find((c) => headerKey(c) === name) ?? null);
  const m = layout.words.mapping;
  return {
    date: column(m.date),
    amount: column(m.amount),
    payer: column(m.payer),
    kind: null,
    note: column(m.note),
  };
}

export type RowStatus = 'refund' | 'closed' | 'neutral' | null;

/** A row read by its header names (trimmed, placeholders kept): what kind of row it is. */
export function rowStatus(words: LayoutWords, get: (column: string) => string): RowStatus {
  const status = words.status && get(words.status.column);
  const marker = words.refundMarker && get(words.refundMarker.column);
  if (status && words.status!.refund.includes(status)) return 'refund';
  if (marker && words.refundMarker!.words.some((w) => marker.includes(w))) return 'refund';
  if (status && words.status!.closed.includes(status)) return 'closed';
  if (words.direction && words.direction.neutral.includes(get(words.direction.column))) return 'neutral';
  return null;
}

/** A refund's or closed trade's order: the row sharing an order number (a refund's may extend it). */
export function orderKeys(words: LayoutWords, get: (column: string) => string): string[] {
  return (words.orders ?? []).map(get).filter((k) => k.length >= 6 && !words.empty.includes(k));
}

export const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.some((x) => b.some((y) => x === y || x.startsWith(y) || y.startsWith(x)));

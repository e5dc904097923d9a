import type { RatesView } from '../../../core/features/rates/model';

/** The LPR table as shown: each row with the user's entry behind it, if the row was entered on this computer. */
export type LprAddition = RatesView['additions'][number];
export type LprDisplayRow = RatesView['lpr'][number] & { addition: LprAddition | null };

export function lprDisplayRows(view: Pick<RatesView, 'lpr' | 'additions'>): LprDisplayRow[] {
  const byDate = new Map(view.additions.map((a) => [a.from, a]));
  return view.lpr.map((row) => ({ ...row, addition: byDate.get(row.from) ?? null }));
}

/** Effective date of the last LPR row (a new fixing must come after it), or null for an empty table. */
export const lastLprDate = (view: Pick<RatesView, 'lpr'>): string | null => view.lpr.at(-1)?.from ?? null;

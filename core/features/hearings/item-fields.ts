import { z } from 'zod';
import { amountString, optionalText, requiredText } from '../../platform/api/schemas';
import { checkQuantity, QUANTITY_PATTERN } from './rules';
import { MEASURES } from './vocabulary';

/**
 * The fields of one executed item (执行物品), defined once: the API input (api.ts), the item table
 * (item-import.ts), the transfer package (transfer.ts), the store's columns (store.ts) and the handlers
 * all take them from here, so one more field is one more line here (see README).
 */

/** The free-text fields and the longest text each takes: typed in, imported from a table, carried in a package. */
export const ITEM_TEXT_MAX = { unit: 20, location: 500, basis: 500, documentNo: 100, note: 500 } as const;
export type ItemTextField = keyof typeof ITEM_TEXT_MAX;
export const ITEM_TEXT_FIELDS = Object.keys(ITEM_TEXT_MAX) as ItemTextField[];
export const ITEM_NAME_MAX = 200;

// The format is tested inside the refine too: zod runs every check even after one failed.
const quantity = z
  .string({ message: 'quantityFormat' })
  .regex(QUANTITY_PATTERN, { message: 'quantityFormat' })
  .refine((v) => checkQuantity(v) !== 'zero', { message: 'quantityZero' });

const free = (field: ItemTextField) => optionalText(ITEM_TEXT_MAX[field]);

/** The item's fields as the API takes them, in list order (the order of the view and of the audit rows). */
export const itemFieldShape = {
  name: requiredText(ITEM_NAME_MAX),
  /** a positive decimal string, at most four decimals ("3", "2.5", "0.125") */
  quantity,
  unit: free('unit'),
  measure: z.enum(MEASURES, { message: 'enumInvalid' }),
  location: free('location'),
  basis: free('basis'),
  documentNo: free('documentNo'),
  /** yuan, two decimals; null when no value was assessed */
  value: amountString.nullable().default(null),
  note: free('note'),
};

export type ItemFields = z.output<z.ZodObject<typeof itemFieldShape>>;
export type ItemColumn = keyof ItemFields;
export const ITEM_COLUMNS = Object.keys(itemFieldShape) as ItemColumn[];

// Every free-text field has its place in the shape (a type error here otherwise).
const _everyText: Record<ItemTextField, unknown> = itemFieldShape;

/** Just the item's fields of a method's input (which also names the hearing or the item). */
export function pickItemFields(input: ItemFields): ItemFields {
  return Object.fromEntries(ITEM_COLUMNS.map((c) => [c, input[c]])) as ItemFields;
}

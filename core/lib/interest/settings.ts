import { z } from 'zod';
import { BANDS } from '../rates/table';
import { BUCKET_LABELS, phrases } from './messages';
import type { BucketName, Settings } from './types';

export { BUCKET_LABELS, SETTING_LABELS } from './messages';

export const RULES_VERSION = 'hd-2026.2';

export const BUCKET_NAMES = ['fee', 'generalInterest', 'principal', 'oldDelay', 'doubled'] as const;
export const ORDER_NAMES = ['interestFirst', 'proportional', 'principalFirst'] as const;

export const DEFAULT_SETTINGS: Settings = {
  dayBasis: 360,
  band: 'byDelayLength',
  rateChange: 'segment',
  dayCount: 'endMinusDue',
  regimeCOrder: ['fee', 'generalInterest', 'principal', 'oldDelay', 'doubled'],
  oldBandTo: 'boundary',
  rounding: 'halfUpFen',
  regimeAOrder: 'interestFirst',
  agreedOrders: [],
};

const isoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** An order naming each of the five buckets once (agreed orders, claimed orders). */
export const permutation = z
  .array(z.enum(BUCKET_NAMES))
  .length(5)
  .refine((list) => new Set(list).size === 5, { message: 'must name each of the five buckets once' });

export const agreedOrderSchema = z.strictObject({
  from: isoDateText,
  to: isoDateText.nullable(),
  order: z.union([permutation, z.enum(ORDER_NAMES)]),
});

/** Every key optional; defaults filled by normalizeSettings. */
export const settingsSchema = z.strictObject({
  dayBasis: z.union([z.literal(360), z.literal(365)]).optional(),
  band: z.enum(['byDelayLength', ...BANDS.map((b) => `fixed:${b}` as const)]).optional(),
  rateChange: z.enum(['segment', 'rateAtStart']).optional(),
  dayCount: z.enum(['endMinusDue', 'inclusive']).optional(),
  regimeCOrder: permutation.optional(),
  oldBandTo: z.enum(['boundary', 'end']).optional(),
  rounding: z.literal('halfUpFen').optional(),
  regimeAOrder: z.enum(ORDER_NAMES).optional(),
  agreedOrders: z.array(agreedOrderSchema).optional(),
});

/** Full settings in the order INTEREST.md prints them. */
export function normalizeSettings(partial: Partial<Settings> | undefined): Settings {
  const p = partial ?? {};
  return {
    dayBasis: p.dayBasis ?? DEFAULT_SETTINGS.dayBasis,
    band: p.band ?? DEFAULT_SETTINGS.band,
    rateChange: p.rateChange ?? DEFAULT_SETTINGS.rateChange,
    dayCount: p.dayCount ?? DEFAULT_SETTINGS.dayCount,
    regimeCOrder: [...(p.regimeCOrder ?? DEFAULT_SETTINGS.regimeCOrder)] as BucketName[],
    oldBandTo: p.oldBandTo ?? DEFAULT_SETTINGS.oldBandTo,
    rounding: p.rounding ?? DEFAULT_SETTINGS.rounding,
    regimeAOrder: p.regimeAOrder ?? DEFAULT_SETTINGS.regimeAOrder,
    agreedOrders: (p.agreedOrders ?? []).map((a) => ({
      from: a.from,
      to: a.to,
      order: Array.isArray(a.order) ? [...a.order] : a.order,
    })),
  };
}

/** An order in words: 「费用 → 一般债务利息 → 本金 → …」 or the named rule. */
export function orderLabelZh(name: string): string {
  return (
    (phrases.orders as Record<string, string | undefined>)[name] ??
    name
      .split(' → ')
      .map((b) => BUCKET_LABELS[b as BucketName]?.zh ?? b)
      .join(' → ')
  );
}

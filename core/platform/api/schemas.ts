import { z } from 'zod';
import { checkAmount } from '../../lib/money/amount';
import { isIsoDate, ISO_DATE } from '../../lib/money/dates';
import { PAYMENT_KINDS } from '../../lib/interest/vocabulary';
import { STATED_FORMS, STATED_VALUE } from '../../lib/rates/stated';
import type { ValidationKey } from './messages';

/** Zod issue messages are catalogue keys (messages.ts); the dispatcher localises them. */
const key = (k: ValidationKey) => ({ message: k });

// No NUL: SQLite's length() stops at the first one, so "\u0000" would pass min(1) here and then
// fail a CHECK (length(name) >= 1) as an INTERNAL error (found by the API fuzzer).
export const text = (max: number) =>
  z
    .string(key('invalid'))
    .trim()
    .max(max, key('tooLong'))
    .refine((v) => !v.includes('\u0000'), key('nulChar'));
export const requiredText = (max: number) => text(max).min(1, key('required'));
export const optionalText = (max: number) => text(max).default('');

export const amountString = z.string(key('amountFormat')).superRefine((value, ctx) => {
  const problem = checkAmount(value);
  if (problem === 'decimals') ctx.addIssue({ code: 'custom', message: 'amountDecimals' });
  else if (problem === 'format') ctx.addIssue({ code: 'custom', message: 'amountFormat' });
  else if (problem === 'tooLarge') ctx.addIssue({ code: 'custom', message: 'amountTooLarge' });
});

export const positiveAmountString = amountString.refine(
  (v) => !/^0(\.0{1,2})?$/.test(v),
  key('amountPositive'),
);

export const isoDate = z.string(key('dateFormat')).superRefine((value, ctx) => {
  if (!ISO_DATE.test(value)) ctx.addIssue({ code: 'custom', message: 'dateFormat' });
  else if (!isIsoDate(value)) ctx.addIssue({ code: 'custom', message: 'dateInvalid' });
});

/** Annual rate as a decimal fraction string, e.g. "0.06". */
export const rateString = z
  .string(key('rateFormat'))
  .regex(/^(0|[1-9][0-9]?)(\.[0-9]{1,8})?$/, key('rateFormat'));

export const id = z.number(key('idInvalid')).int(key('idInvalid')).positive(key('idInvalid'));

/** Ledger codes: the `id` of obligations and payments in a ledger file ("P", "p1"). */
export const code = z.string(key('codeFormat')).regex(/^[A-Za-z0-9_-]{1,32}$/, key('codeFormat'));

export { PAYMENT_KINDS };
export const paymentKind = z.enum(PAYMENT_KINDS, key('enumInvalid'));

export const PARTY_ROLES = ['applicant', 'respondent', 'third'] as const;
export const OBLIGATION_KINDS = ['principal', 'fee', 'interestFixed', 'interestRunning'] as const;

/** A running interest's rate as the judgment states it, and basis points over a table (core/lib/rates/stated.ts). */
const statedRate = {
  addBp: rateString.optional(),
  stated: z
    .strictObject({
      form: z.enum(STATED_FORMS, key('enumInvalid')),
      value: z.string(key('rateFormat')).regex(STATED_VALUE, key('rateFormat')),
    })
    .optional(),
};

export const interestSchedule = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('fixed'),
      annual: rateString,
      multiplier: rateString.optional(),
      dayBasis: z.union([z.literal(360), z.literal(365)]).optional(),
      ...statedRate,
    }),
    z.strictObject({
      type: z.literal('benchmark'),
      band: z.enum(['upto6m', '6m1y', '1y3y', '3y5y', 'over5y']),
      multiplier: rateString.optional(),
      dayBasis: z.union([z.literal(360), z.literal(365)]).optional(),
      ...statedRate,
    }),
    z.strictObject({
      type: z.literal('lpr1y'),
      multiplier: rateString.optional(),
      dayBasis: z.union([z.literal(360), z.literal(365)]).optional(),
      ...statedRate,
    }),
    z.strictObject({
      type: z.literal('lpr5y'),
      multiplier: rateString.optional(),
      dayBasis: z.union([z.literal(360), z.literal(365)]).optional(),
      ...statedRate,
    }),
    z.strictObject({
      type: z.literal('benchmarkThenLpr'),
      multiplier: rateString.optional(),
      dayBasis: z.union([z.literal(360), z.literal(365)]).optional(),
      ...statedRate,
    }),
  ],
  key('enumInvalid'),
);
export type InterestSchedule = z.infer<typeof interestSchedule>;

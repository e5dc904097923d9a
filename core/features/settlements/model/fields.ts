import { z } from 'zod';
import { CLAIM_CLASSES, MAX_PARTS, RULE_SETS, TRANSFER_COST_BEARERS } from '..';
import {
  amountString,
  id,
  isoDate,
  optionalText,
  positiveAmountString,
  requiredText,
} from '../../../platform/api/schemas';

/** Input schemas of the settlement and distribution methods, used by contract.ts. */
const note = optionalText(500);

export const acknowledgedSchema = z.strictObject({
  asOf: isoDate,
  principal: amountString,
  fee: amountString.default('0.00'),
  interest: amountString.default('0.00'),
  delayInterest: amountString.default('0.00'),
  delayWaived: amountString.default('0.00'),
});

export const planItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('lump'), date: isoDate, amount: positiveAmountString, note }),
    z.strictObject({
      kind: z.literal('instalments'),
      total: positiveAmountString,
      count: z
        .number({ message: 'invalid' })
        .int({ message: 'invalid' })
        .min(1, { message: 'invalid' })
        .max(MAX_PARTS, { message: 'invalid' }),
      firstDate: isoDate,
      dates: z.array(isoDate).max(MAX_PARTS, { message: 'tooLong' }).nullable().default(null),
      amounts: z.array(amountString).max(MAX_PARTS, { message: 'tooLong' }).nullable().default(null),
      note,
    }),
    z.strictObject({
      kind: z.literal('deduction'),
      total: positiveAmountString,
      perPeriod: positiveAmountString,
      firstDate: isoDate,
      source: optionalText(50),
      note,
    }),
    z.strictObject({
      kind: z.literal('inKind'),
      item: requiredText(200),
      quantity: optionalText(50),
      agreedValue: positiveAmountString,
      deliveryDate: isoDate,
      transferCosts: z.enum(TRANSFER_COST_BEARERS, { message: 'enumInvalid' }).default('debtor'),
      note,
    }),
    z.strictObject({
      kind: z.literal('thirdParty'),
      payer: requiredText(200),
      payee: requiredText(200),
      amount: positiveAmountString,
      date: isoDate,
      purpose: optionalText(200),
      counts: z.boolean({ message: 'invalid' }).default(true),
      note,
    }),
  ],
  { message: 'enumInvalid' },
);

export const clausesSchema = z.strictObject({
  order: optionalText(1000),
  graceDays: z
    .number({ message: 'invalid' })
    .int({ message: 'invalid' })
    .min(0, { message: 'invalid' })
    .max(365, { message: 'invalid' })
    .default(0),
  defaultExtra: optionalText(1000),
  guarantor: z
    .strictObject({ name: requiredText(200), idNumber: optionalText(32), scope: optionalText(500) })
    .nullable()
    .default(null),
  place: optionalText(200),
  manner: optionalText(500),
});

export const planSchema = {
  acknowledged: acknowledgedSchema,
  items: z.array(planItemSchema).max(100, { message: 'tooLong' }),
  clauses: clausesSchema,
};

export const settlementFields = {
  title: optionalText(200),
  status: z.enum(['draft', 'concluded'], { message: 'enumInvalid' }).default('draft'),
  concludedOn: isoDate.nullable().default(null),
  ...planSchema,
};

export const claimSchema = z
  .strictObject({
    creditor: requiredText(200),
    class: z.enum(CLAIM_CLASSES, { message: 'enumInvalid' }),
    amount: positiveAmountString,
    /** for a secured claim: what its own collateral realised (担保财产变价款) */
    collateralValue: amountString.nullable().default(null),
    /** the day the creditor's 查封、扣押、冻结 took effect: the order for an enterprise debtor */
    sealedOn: isoDate.nullable().default(null),
    /** a suit about its share is pending: the share is set aside (提存) */
    disputed: z.boolean({ message: 'invalid' }).default(false),
    note,
  })
  .superRefine((c, ctx) => {
    if (c.class !== 'secured' && c.collateralValue !== null)
      ctx.addIssue({ code: 'custom', path: ['collateralValue'], message: 'notForKind' });
    if (c.class === 'secured' && c.collateralValue === null)
      ctx.addIssue({ code: 'custom', path: ['collateralValue'], message: 'required' });
  });

export const rulesSchema = z
  .strictObject({
    ruleSet: z.enum(RULE_SETS, { message: 'enumInvalid' }).default('civil508'),
    livingFirst: z.boolean({ message: 'invalid' }).default(false),
  })
  .default({ ruleSet: 'civil508', livingFirst: false });

/** The dates after the plan: service on every party, objections, the creditors' 反对, the suits. */
export const clocksSchema = z
  .strictObject({
    service: z
      .array(z.strictObject({ party: requiredText(200), servedOn: isoDate.nullable().default(null) }))
      .max(1000, { message: 'tooLong' })
      .default([]),
    objectionOn: isoDate.nullable().default(null),
    objectionNoticeOn: isoDate.nullable().default(null),
    oppositionOn: isoDate.nullable().default(null),
    oppositionNoticeOn: isoDate.nullable().default(null),
    suitFiledOn: isoDate.nullable().default(null),
  })
  .default({
    service: [],
    objectionOn: null,
    objectionNoticeOn: null,
    oppositionOn: null,
    oppositionNoticeOn: null,
    suitFiledOn: null,
  });

export const distributionFields = {
  title: optionalText(200),
  debtor: optionalText(200),
  planDate: isoDate,
  amount: amountString,
  claims: z.array(claimSchema).max(1000, { message: 'tooLong' }),
  rules: rulesSchema,
  clocks: clocksSchema,
};

export const settlementId = id;

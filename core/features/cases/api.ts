import { z } from 'zod';
import { read, write } from '../../platform/api/method';
import {
  amountString,
  code,
  id,
  interestSchedule,
  isoDate,
  OBLIGATION_KINDS,
  optionalText,
  PARTY_ROLES,
  paymentKind,
  positiveAmountString,
  requiredText,
  text,
} from '../../platform/api/schemas';
import { DEFAULT_PAYMENT_KIND } from '../../lib/interest/vocabulary';
import type { CaseDetail, CaseSummary, ExcludedInterval, Obligation, Party, Payment } from './model';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
const caseFields = {
  caseNumber: requiredText(64),
  title: optionalText(200),
  court: optionalText(100),
  judge: optionalText(50),
  clerk: optionalText(50),
  asOf: isoDate.nullable().default(null),
};

const partyFields = {
  role: z.enum(PARTY_ROLES, { message: 'enumInvalid' }),
  name: requiredText(200),
  idNumber: optionalText(32),
  phone: optionalText(32),
  address: optionalText(300),
  representative: optionalText(200),
};

const obligationFields = {
  code: code.optional(),
  kind: z.enum(OBLIGATION_KINDS, { message: 'enumInvalid' }),
  label: optionalText(100),
  amount: amountString.nullable().default(null),
  due: isoDate.nullable().default(null),
  base: code.nullable().default(null),
  schedule: interestSchedule.nullable().default(null),
  from: isoDate.nullable().default(null),
  until: isoDate.nullable().default(null),
  inDelayBase: z.boolean().nullable().default(null),
};

const paymentFields = {
  code: code.optional(),
  date: isoDate,
  amount: positiveAmountString,
  kind: paymentKind.default(DEFAULT_PAYMENT_KIND),
  note: optionalText(500),
};

export const casesContract = {
  'cases.list': read<CaseSummary[]>()(z.strictObject({ query: text(100).default('') })),
  'cases.get': read<CaseDetail>()(z.strictObject({ id })),
  'cases.create': write<CaseDetail>()(z.strictObject(caseFields)),
  'cases.update': write<CaseDetail>()(z.strictObject({ id, ...caseFields })),
  'cases.delete': write<{ id: number }>()(z.strictObject({ id })),
  'cases.createSample': write<CaseDetail>()(z.strictObject({})),
  'parties.list': read<Party[]>()(z.strictObject({ caseId: id })),
  'parties.add': write<Party>()(z.strictObject({ caseId: id, ...partyFields })),
  'parties.update': write<Party>()(z.strictObject({ id, ...partyFields })),
  'parties.delete': write<{ id: number }>()(z.strictObject({ id })),
  'obligations.list': read<Obligation[]>()(z.strictObject({ caseId: id })),
  'obligations.add': write<Obligation>()(z.strictObject({ caseId: id, ...obligationFields })),
  'obligations.update': write<Obligation>()(z.strictObject({ id, ...obligationFields })),
  'obligations.delete': write<{ id: number }>()(z.strictObject({ id })),
  'payments.list': read<Payment[]>()(z.strictObject({ caseId: id })),
  'payments.add': write<Payment>()(z.strictObject({ caseId: id, ...paymentFields })),
  'payments.edit': write<Payment>()(z.strictObject({ id, ...paymentFields })),
  'payments.delete': write<{ id: number }>()(z.strictObject({ id })),
  'excluded.add': write<ExcludedInterval>()(
    z.strictObject({ caseId: id, from: isoDate, to: isoDate, reason: optionalText(200) }),
  ),
  'excluded.delete': write<{ id: number }>()(z.strictObject({ id })),
} as const;

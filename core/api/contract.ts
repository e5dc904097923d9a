import { z } from 'zod';
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
} from './schemas';
import { PARTICIPANT_ROLES, SIDES } from '../hearing/reconciliation';
import { settingsSchema } from '../interest/settings';
import type {
  AppInfo,
  CaseDetail,
  CaseSummary,
  ComputeView,
  ExcludedInterval,
  LedgerExport,
  Obligation,
  Party,
  Payment,
  RatesView,
  ScenarioView,
  SessionSummary,
  SessionView,
} from './types';

/**
 * The one API contract (STYLE.md §2): method name -> zod input -> result type.
 * Hosts, preload and the renderer client are typed by this object; nothing else names a method string.
 * Handlers live in ./handlers, split by area, and are bound in ./handlers/registry.ts.
 */
type Spec<I extends z.ZodType, O> = { input: I; output?: O };
const method = <O>() => <I extends z.ZodType>(input: I): Spec<I, O> => ({ input });

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
  kind: paymentKind.default('自动履行'),
  note: optionalText(500),
};

const percent = z.string({ message: 'rateFormat' }).regex(/^(0|[1-9][0-9]?)(\.[0-9]{1,2})?$/, { message: 'rateFormat' });

const variant = z.strictObject({
  name: requiredText(100),
  payments: z
    .array(
      z.strictObject({
        id: code,
        date: isoDate.optional(),
        amount: positiveAmountString.optional(),
        removed: z.boolean().optional(),
      }),
    )
    .max(10_000)
    .optional(),
  settings: settingsSchema.optional(),
  asOf: isoDate.optional(),
});

/** A party's claim about a payment: another date or amount, or that it was never paid. */
const claim = z.strictObject({
  date: isoDate.optional(),
  amount: positiveAmountString.optional(),
  removed: z.boolean().optional(),
  kind: paymentKind.optional(),
});

export const contract = {
  'app.info': method<AppInfo>()(z.strictObject({})),

  'cases.list': method<CaseSummary[]>()(z.strictObject({ query: text(100).default('') })),
  'cases.get': method<CaseDetail>()(z.strictObject({ id })),
  'cases.create': method<CaseDetail>()(z.strictObject(caseFields)),
  'cases.update': method<CaseDetail>()(z.strictObject({ id, ...caseFields })),
  'cases.delete': method<{ id: number }>()(z.strictObject({ id })),
  'cases.createSample': method<CaseDetail>()(z.strictObject({})),

  'parties.list': method<Party[]>()(z.strictObject({ caseId: id })),
  'parties.add': method<Party>()(z.strictObject({ caseId: id, ...partyFields })),
  'parties.update': method<Party>()(z.strictObject({ id, ...partyFields })),
  'parties.delete': method<{ id: number }>()(z.strictObject({ id })),

  'obligations.list': method<Obligation[]>()(z.strictObject({ caseId: id })),
  'obligations.add': method<Obligation>()(z.strictObject({ caseId: id, ...obligationFields })),
  'obligations.update': method<Obligation>()(z.strictObject({ id, ...obligationFields })),
  'obligations.delete': method<{ id: number }>()(z.strictObject({ id })),

  'payments.list': method<Payment[]>()(z.strictObject({ caseId: id })),
  'payments.add': method<Payment>()(z.strictObject({ caseId: id, ...paymentFields })),
  'payments.edit': method<Payment>()(z.strictObject({ id, ...paymentFields })),
  'payments.delete': method<{ id: number }>()(z.strictObject({ id })),

  'excluded.add': method<ExcludedInterval>()(
    z.strictObject({ caseId: id, from: isoDate, to: isoDate, reason: optionalText(200) }),
  ),
  'excluded.delete': method<{ id: number }>()(z.strictObject({ id })),

  'ledger.compute': method<ComputeView>()(
    z.strictObject({
      caseId: id,
      asOf: isoDate.optional(),
      trace: z.boolean().default(true),
      timeline: z.boolean().default(false),
      settings: settingsSchema.optional(),
    }),
  ),
  'ledger.updateSettings': method<CaseDetail>()(z.strictObject({ caseId: id, settings: settingsSchema })),
  'ledger.export': method<LedgerExport>()(z.strictObject({ caseId: id })),
  'ledger.import': method<CaseDetail>()(z.strictObject({ caseId: id, text: z.string().max(20_000_000, { message: 'tooLong' }) })),
  'ledger.scenarios': method<ScenarioView>()(
    z.strictObject({ caseId: id, asOf: isoDate.optional(), variants: z.array(variant).min(1).max(20) }),
  ),

  'recon.list': method<SessionSummary[]>()(z.strictObject({ caseId: id })),
  'recon.get': method<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.create': method<SessionView>()(z.strictObject({ caseId: id })),
  'recon.addParticipant': method<SessionView>()(
    z.strictObject({ sessionId: id, role: z.enum(PARTICIPANT_ROLES, { message: 'enumInvalid' }), name: requiredText(200) }),
  ),
  'recon.start': method<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.pause': method<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.resume': method<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.move': method<SessionView>()(z.strictObject({ sessionId: id, cursor: z.number().int().min(0).max(1_000_000) })),
  'recon.position': method<SessionView>()(
    z.strictObject({
      sessionId: id,
      entryKey: requiredText(100),
      side: z.enum(SIDES, { message: 'enumInvalid' }),
      stance: z.enum(['agree', 'dispute'], { message: 'enumInvalid' }),
      claim: claim.nullable().default(null),
      statement: optionalText(2000),
    }),
  ),
  'recon.unlock': method<SessionView>()(z.strictObject({ sessionId: id, entryKey: requiredText(100), reason: requiredText(500) })),
  'recon.finding': method<SessionView>()(
    z.strictObject({
      sessionId: id,
      entryKey: requiredText(100),
      adopt: z.enum(['creditor', 'debtor', 'record', 'court'], { message: 'enumInvalid' }),
      claim: claim.nullable().default(null),
      reason: requiredText(2000),
    }),
  ),
  'recon.close': method<SessionView>()(z.strictObject({ sessionId: id })),

  'presenter.show': method<{ view: 'blank' | 'session' }>()(
    z.strictObject({ sessionId: id.optional(), blank: z.boolean().default(false) }),
  ),

  'rates.list': method<RatesView>()(z.strictObject({})),
  'rates.addLpr': method<RatesView>()(
    z.strictObject({ from: isoDate, oneYear: percent, over5y: percent, source: requiredText(300) }),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** Subscription topics pushed from host to renderer (SSE on the web host, IPC events in Electron). */
export type Topics = {
  'case.changed': { caseId: number };
  'presenter.show': { view: string; payload: unknown };
  'recon.changed': { sessionId: number; caseId: number };
};

/** Run-time list of the topics; `satisfies` keeps it equal to the Topics type. Hosts check names against it. */
const TOPICS = { 'case.changed': true, 'presenter.show': true, 'recon.changed': true } as const satisfies Record<TopicName, true>;
export const TOPIC_NAMES = Object.keys(TOPICS) as TopicName[];
export const isTopicName = (value: unknown): value is TopicName => typeof value === 'string' && Object.hasOwn(TOPICS, value);
export type TopicName = keyof Topics;

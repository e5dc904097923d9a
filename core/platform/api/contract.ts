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
import { PARTICIPANT_ROLES, SIDES } from '../../features/recon/rules';
import { ORDER_NAMES, permutation, settingsSchema } from '../../lib/interest/settings';
import { Decimal } from '../../lib/money/decimal';
import type { AppInfo } from './model';
import type { CaseDetail, CaseSummary, ExcludedInterval, Obligation, Party, Payment } from '../../features/cases/model';
import type { ComputeView, LedgerExport, ScenarioView } from '../../features/ledger/model';
import type { EntryApplyView, EntryDiffView, EntrySetView } from '../../features/entry-sets/model';
import type { ImportBatch, ImportConfirmView, ImportPreviewView } from '../../features/imports/model';
import type { RatesView } from '../../features/rates/model';
import type { SessionCursor, SessionSummary, SessionView } from '../../features/recon/model';
import type { DocumentExport, DocumentVerification } from '../../features/documents/model';
import type { IdentityView, SigningView } from '../../features/signatures/model';
import { SIGNING_KINDS, STROKE_LIMITS } from '../../features/signatures/rules';
import type { AuditVerifyView } from '../../features/backups/model';
import { revealInput } from '../documents/reveal';
import type { BackupListItem, BackupRestoreView, BackupStatusView } from '../../features/backups/model';
import type { ExportProgress } from './model';

// Measures and cross-court transfer (issue 9).
import { MAX_TERM_MONTHS, MEASURE_KINDS } from '../../features/measures/rules';
import type {
  CaseTransfer,
  DebtorGroup,
  ExpiringView,
  Measure,
  MeasureList,
  TransferChecklistView,
  TransferImportView,
  TransferPackageView,
  TransferVerifyView,
} from '../../features/transfer/model';
// Public petition hearing (issue 6).
import { hearingContract } from '../../features/hearings/api';
// Settlements and distribution plans (issue 7).
import { settlementContract } from '../../features/settlements/api';

/**
 * The one API contract (STYLE.md §2): method name -> zod input -> result type.
 * Hosts, preload and the renderer client are typed by this object; nothing else names a method string.
 * Handlers live in ./handlers, split by area, and are bound in ./handlers/registry.ts.
 */
type Spec<I extends z.ZodType, O> = { input: I; output?: O };
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): Spec<I, O> => ({ input });

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

const columnName = z.string({ message: 'invalid' }).max(200, { message: 'tooLong' }).nullable();
const importFile = {
  caseId: id,
  fileName: requiredText(255),
  // 20 MB of file is 26.7 million base64 characters; the handler checks the decoded size exactly.
  base64: z.string({ message: 'invalid' }).max(28_000_000, { message: 'tooLong' }),
  mapping: z
    .strictObject({
      date: columnName.optional(),
      amount: columnName.optional(),
      payer: columnName.optional(),
      kind: columnName.optional(),
      note: columnName.optional(),
    })
    .optional(),
  sheet: text(100).optional(),
};

const entryLineFields = {
  date: isoDate,
  amount: positiveAmountString,
  kind: paymentKind.default('自动履行'),
  payer: optionalText(200),
  note: optionalText(500),
};

const PERCENT = /^(0|[1-9][0-9]?)(\.[0-9]{1,2})?$/;
// Zod runs every check even after one failed: the range check tests the format itself, or Decimal
// would throw on "" (an INTERNAL error found by the API fuzzer).
const percent = z
  .string({ message: 'percentFormat' })
  .regex(PERCENT, { message: 'percentFormat' })
  .refine(
    (v) => !PERCENT.test(v) || (new Decimal(v).greaterThan(0) && new Decimal(v).lessThanOrEqualTo(20)),
    {
      message: 'percentRange',
    },
  );

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
  order: z.union([permutation, z.enum(ORDER_NAMES, { message: 'enumInvalid' })]).optional(),
});

/** Signing: a record by kind and id; signature_pad's toData() strokes (numbers finite by JSON and zod). */
const signingRecord = z.strictObject({ kind: z.enum(SIGNING_KINDS, { message: 'enumInvalid' }), id });
const stroke = z.strictObject({
  points: z
    .array(
      z.strictObject({
        x: z.number({ message: 'invalid' }),
        y: z.number({ message: 'invalid' }),
        pressure: z.number({ message: 'invalid' }),
        time: z.number({ message: 'invalid' }),
      }),
    )
    .max(STROKE_LIMITS.pointsPerStroke, { message: 'tooLong' }),
  penColor: z.string({ message: 'invalid' }).max(64, { message: 'tooLong' }).optional(),
  dotSize: z.number({ message: 'invalid' }).optional(),
  minWidth: z.number({ message: 'invalid' }).optional(),
  maxWidth: z.number({ message: 'invalid' }).optional(),
  velocityFilterWeight: z.number({ message: 'invalid' }).optional(),
  compositeOperation: z.string({ message: 'invalid' }).max(64, { message: 'tooLong' }).optional(),
});

/** A measure as entered: termMonths omitted = the usual maximum of the kind, null = no fixed term. */
const termMonths = z
  .number({ message: 'invalid' })
  .int({ message: 'invalid' })
  .min(1, { message: 'termRange' })
  .max(MAX_TERM_MONTHS, { message: 'termRange' })
  .nullable();
const measureFields = {
  kind: z.enum(MEASURE_KINDS, { message: 'enumInvalid' }),
  object: requiredText(500),
  rulingNumber: optionalText(100),
  startDate: isoDate,
  termMonths: termMonths.optional(),
  statedExpiry: isoDate.nullable().default(null),
  note: optionalText(500),
};
const transferFields = {
  transferDate: isoDate,
  decisionDate: isoDate.nullable().default(null),
  receivingCourt: optionalText(200),
  pendingMatters: optionalText(5000),
  legalDocument: optionalText(300),
};
// A package with its signed PDFs: up to 60 MB of zip travels as base64, like an import.
const packageBase64 = z
  .string({ message: 'required' })
  .max(80_000_000, { message: 'tooLong' })
  .regex(/^[A-Za-z0-9+/=\s]*$/, { message: 'invalid' });

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
  'ledger.import': method<CaseDetail>()(
    z.strictObject({ caseId: id, text: z.string().max(20_000_000, { message: 'tooLong' }) }),
  ),
  'ledger.scenarios': method<ScenarioView>()(
    z.strictObject({ caseId: id, asOf: isoDate.optional(), variants: z.array(variant).min(1).max(20) }),
  ),

  'recon.list': method<SessionSummary[]>()(z.strictObject({ caseId: id })),
  'recon.get': method<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.create': method<SessionView>()(z.strictObject({ caseId: id })),
  'recon.addParticipant': method<SessionView>()(
    z.strictObject({
      sessionId: id,
      role: z.enum(PARTICIPANT_ROLES, { message: 'enumInvalid' }),
      name: requiredText(200),
    }),
  ),
  'recon.start': method<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.pause': method<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.resume': method<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.move': method<SessionCursor>()(
    z.strictObject({ sessionId: id, cursor: z.number().int().min(0).max(1_000_000) }),
  ),
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
  'recon.unlock': method<SessionView>()(
    z.strictObject({ sessionId: id, entryKey: requiredText(100), reason: requiredText(500) }),
  ),
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

  // Statement import: the file travels as base64; confirm parses it again, so nothing the renderer
  // computed is trusted. Mapping values are column names as listed by the preview.
  'imports.preview': method<ImportPreviewView>()(z.strictObject(importFile)),
  'imports.confirm': method<ImportConfirmView>()(
    z.strictObject({ ...importFile, rows: z.array(id).max(1_000_000).optional() }),
  ),
  'imports.list': method<ImportBatch[]>()(z.strictObject({ caseId: id })),

  // Double entry: two clerks' lists, their differences, each settled, then the agreed list applied.
  'entrySets.create': method<EntrySetView>()(
    z.strictObject({ caseId: id, clerk: requiredText(50), label: optionalText(100) }),
  ),
  'entrySets.list': method<EntrySetView[]>()(z.strictObject({ caseId: id })),
  'entrySets.addPayment': method<EntrySetView>()(z.strictObject({ setId: id, ...entryLineFields })),
  'entrySets.deletePayment': method<EntrySetView>()(z.strictObject({ id })),
  'entrySets.import': method<EntrySetView>()(
    z.strictObject({
      setId: id,
      fileName: importFile.fileName,
      base64: importFile.base64,
      mapping: importFile.mapping,
      sheet: importFile.sheet,
    }),
  ),
  'entrySets.diff': method<EntryDiffView>()(z.strictObject({ setA: id, setB: id })),
  'entrySets.resolve': method<EntryDiffView>()(
    z.strictObject({
      setA: id,
      setB: id,
      key: requiredText(100),
      choice: z.enum(['a', 'b', 'other'], { message: 'enumInvalid' }),
      value: z.strictObject(entryLineFields).nullable().optional(),
      reason: optionalText(500),
    }),
  ),
  'entrySets.apply': method<EntryApplyView>()(z.strictObject({ setA: id, setB: id })),

  'rates.list': method<RatesView>()(z.strictObject({})),
  'rates.addLpr': method<RatesView>()(
    z.strictObject({ from: isoDate, oneYear: percent, over5y: percent, source: requiredText(300) }),
  ),
  'rates.removeLpr': method<RatesView>()(z.strictObject({ id, reason: requiredText(500) })),

  // reveal (issue 8): identity and phone numbers shown in full for this one document; masked by default.
  'documents.statement': method<DocumentExport>()(
    z.strictObject({ caseId: id, asOf: isoDate.optional(), ...revealInput }),
  ),
  'documents.verify': method<DocumentVerification>()(
    z.strictObject({
      base64: z
        .string({ message: 'required' })
        .max(140_000_000, { message: 'tooLong' })
        .regex(/^[A-Za-z0-9+/=\s]*$/, { message: 'invalid' }),
    }),
  ),

  // Reliability (issue 8): the audit chain walked end to end; the rotating backups for a restore screen.
  'audit.verify': method<AuditVerifyView>()(z.strictObject({})),
  'backup.list': method<BackupListItem[]>()(z.strictObject({})),

  // Reliability (issue 8): manual backup, restore with a safety copy first, recovery mode at start.
  // Run by the host layer (core/platform/api/services.ts + core/features/backups/store.ts), which owns the database handle.
  'backup.create': method<BackupListItem>()(z.strictObject({})),
  'backup.restore': method<BackupRestoreView>()(
    z.strictObject({ name: requiredText(120), confirm: requiredText(20) }),
  ),
  'backup.status': method<BackupStatusView>()(z.strictObject({})),

  // Signing (issue 5): handwritten signatures on a record in court order, refusal, the lock on completion.
  'signatures.list': method<SigningView>()(z.strictObject({ record: signingRecord })),
  'signatures.sign': method<SigningView>()(
    z.strictObject({
      record: signingRecord,
      signer: requiredText(100),
      strokes: z.array(stroke).max(STROKE_LIMITS.strokes, { message: 'tooLong' }),
      png: z
        .string({ message: 'required' })
        .max(1_400_000, { message: 'tooLong' })
        .regex(/^[A-Za-z0-9+/=]*$/, { message: 'invalid' }),
    }),
  ),
  'signatures.refuse': method<SigningView>()(
    z.strictObject({ record: signingRecord, signer: requiredText(100), reason: requiredText(500) }),
  ),
  'documents.reconMinutes': method<DocumentExport>()(z.strictObject({ sessionId: id, ...revealInput })),
  'documents.identity': method<IdentityView>()(z.strictObject({})),
  'documents.importIdentity': method<IdentityView>()(
    z.strictObject({
      base64: z
        .string({ message: 'required' })
        .min(1, { message: 'required' })
        .max(1_000_000, { message: 'tooLong' })
        .regex(/^[A-Za-z0-9+/=]*$/, { message: 'invalid' }),
      passphrase: z.string({ message: 'invalid' }).max(200, { message: 'tooLong' }),
    }),
  ),
  // Measures register and cross-court transfer (issue 9): 查控措施台账 with renewal chains and the expiry
  // alert; 执行情况说明; the signed transfer package (base64 zip, like imports) and its import; 集中执行.
  'measures.list': method<MeasureList>()(z.strictObject({ caseId: id, asOf: isoDate.optional() })),
  'measures.add': method<Measure>()(z.strictObject({ caseId: id, ...measureFields })),
  'measures.update': method<Measure>()(z.strictObject({ id, ...measureFields })),
  'measures.renew': method<Measure>()(
    z.strictObject({
      id,
      startDate: isoDate.optional(),
      termMonths: termMonths.optional(),
      statedExpiry: isoDate.nullable().default(null),
      rulingNumber: optionalText(100),
      note: optionalText(500),
    }),
  ),
  'measures.release': method<Measure>()(z.strictObject({ id, releasedOn: isoDate, note: optionalText(500) })),
  'measures.delete': method<{ id: number }>()(z.strictObject({ id })),
  'measures.expiring': method<ExpiringView>()(
    z.strictObject({
      withinDays: z
        .number({ message: 'invalid' })
        .int({ message: 'invalid' })
        .min(0, { message: 'invalid' })
        .max(366, { message: 'invalid' })
        .default(30),
      asOf: isoDate.optional(),
    }),
  ),
  'documents.statusAccount': method<DocumentExport>()(
    z.strictObject({ caseId: id, ...transferFields, ...revealInput }),
  ),
  'transfer.checklist': method<TransferChecklistView>()(
    z.strictObject({
      caseId: id,
      decisionDate: isoDate.nullable().default(null),
      asOf: isoDate.optional(),
      acknowledgeExpiring: z.boolean({ message: 'invalid' }).default(false),
    }),
  ),
  'transfer.export': method<TransferPackageView>()(
    z.strictObject({
      caseId: id,
      ...transferFields,
      asOf: isoDate.optional(),
      acknowledgeExpiring: z.boolean({ message: 'invalid' }).default(false),
    }),
  ),
  'transfer.verify': method<TransferVerifyView>()(z.strictObject({ base64: packageBase64 })),
  'transfer.import': method<TransferImportView>()(
    z.strictObject({
      base64: packageBase64,
      caseNumber: requiredText(64),
      court: optionalText(100),
      judge: optionalText(50),
      clerk: optionalText(50),
    }),
  ),
  'transfer.list': method<CaseTransfer[]>()(z.strictObject({ caseId: id })),
  'transfer.debtors': method<DebtorGroup[]>()(
    z.strictObject({
      asOf: isoDate.optional(),
      minCases: z
        .number({ message: 'invalid' })
        .int({ message: 'invalid' })
        .min(1, { message: 'invalid' })
        .max(100, { message: 'invalid' })
        .default(2),
    }),
  ),

  // Public petition hearing (issue 6): hearings.* — schemas in ./contract-hearing.ts.
  ...hearingContract,

  // Settlements and distribution plans (issue 7): settlements.*, distribution.*, documents.agreement and
  // documents.distribution — schemas in ./contract-settlement.ts.
  ...settlementContract,
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
  /** cursor is set when only the cursor moved: a window already there need not reload */
  'recon.changed': { sessionId: number; caseId: number; cursor?: number };
  'rates.changed': { version: string };
  /**
   * Export jobs (core/platform/api/export-job.ts): pages laid out so far; total is null until the last page is
   * laid out (the page count is known only then), then done = total. `input` is the call's input.
   */
  'export.progress': ExportProgress;
};

/** Run-time list of the topics; `satisfies` keeps it equal to the Topics type. Hosts check names against it. */
const TOPICS = {
  'case.changed': true,
  'presenter.show': true,
  'recon.changed': true,
  'rates.changed': true,
  'export.progress': true,
} as const satisfies Record<TopicName, true>;
export const TOPIC_NAMES = Object.keys(TOPICS) as TopicName[];
export const isTopicName = (value: unknown): value is TopicName =>
  typeof value === 'string' && Object.hasOwn(TOPICS, value);
export type TopicName = keyof Topics;

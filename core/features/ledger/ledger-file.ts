import { z } from 'zod';
import { checkAmount } from '../../lib/money/amount';
import { isCalendarDate, isIsoDate } from '../../lib/money/dates';
import { agreedOrderSchema, settingsSchema } from '../../lib/interest/settings';
import { PAYMENT_KINDS, type Ledger } from '../../lib/interest/types';
import { BANDS } from '../../lib/rates/table';
import {
  agreesWithStated,
  checkAnnual,
  fixedAnnual,
  STATED_FORMS,
  STATED_VALUE,
} from '../../lib/rates/stated';
import { render, type Text, type Vars } from '../../lib/text';
import { messages } from './messages';

/** Validation of a ledger file (INTEREST.md §6): every problem with a path and a Chinese and English message. */
export const LEDGER_FORMAT = 'hearing-desk/ledger@1';

export type LedgerProblem = { path: string; zh: string; en: string };
export type LedgerParse = { ok: true; ledger: Ledger } | { ok: false; problems: LedgerProblem[] };

// A real date out of the engine's years (9999-12-31) is named as such, not called unreal.
const date = z
  .string()
  .refine(isCalendarDate, { message: 'date', abort: true })
  .refine(isIsoDate, { message: 'dateRange' });
const amount = z.string().refine((v) => checkAmount(v) === null, { message: 'amount' });
const positive = amount.refine((v) => !/^0(\.0+)?$/.test(v), { message: 'positive' });
const rate = z.string().regex(/^(0|[1-9][0-9]*)(\.[0-9]+)?$/, { message: 'rate' });
const basis = z.union([z.literal(360), z.literal(365)]);
/** The rate as the judgment states it (core/lib/rates/stated.ts), printed in the statement. */
const stated = z.strictObject({ form: z.enum(STATED_FORMS), value: z.string().regex(STATED_VALUE) });
const scheduleOptions = {
  multiplier: rate.optional(),
  dayBasis: basis.optional(),
  addBp: rate.optional(),
  stated: stated.optional(),
};

const schedule = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fixed'), annual: rate, ...scheduleOptions }),
  z.strictObject({ type: z.literal('benchmark'), band: z.enum(BANDS), ...scheduleOptions }),
  z.strictObject({ type: z.enum(['lpr1y', 'lpr5y', 'benchmarkThenLpr']), ...scheduleOptions }),
]);

const id = z.string().min(1).max(64);
const label = z.string().max(200).optional();
const amountObligation = z.strictObject({
  id,
  kind: z.enum(['principal', 'fee', 'interestFixed']),
  label,
  amount,
  due: date,
  inDelayBase: z.boolean().optional(),
});
const runningInterest = z.strictObject({
  id,
  kind: z.literal('interestRunning'),
  label,
  base: id,
  schedule,
  from: date,
  until: date.nullable().optional(),
});

const ledgerSchema = z.strictObject({
  format: z.literal(LEDGER_FORMAT),
  caseNumber: z.string().max(64).optional(),
  asOf: date.optional(),
  obligations: z.array(z.discriminatedUnion('kind', [amountObligation, runningInterest])),
  payments: z.array(z.strictObject({ id, date, amount: positive, kind: z.enum(PAYMENT_KINDS).optional() })),
  excluded: z
    .array(z.strictObject({ from: date, to: date, reason: z.string().max(200).optional() }))
    .optional(),
  settings: settingsSchema.optional(),
});

/** The zod refinements' own messages name their catalogue entry. */
const KNOWN = {
  date: messages.date,
  dateRange: messages.dateRange,
  amount: messages.amount,
  positive: messages.positive,
  rate: messages.rate,
};
const isKnown = (message: string): message is keyof typeof KNOWN => Object.hasOwn(KNOWN, message);

const problem = (path: string, entry: Text, vars?: Vars): LedgerProblem => ({ path, ...render(entry, vars) });

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describeIssue(input: unknown, issue: z.core.$ZodIssue): LedgerProblem {
  const path = pathText(issue.path);
  const where = path || messages.root;
  if (isKnown(issue.message)) return problem(path, messages.atPath, { where, problem: KNOWN[issue.message] });
  if (issue.code === 'unrecognized_keys')
    return problem(path, messages.unknownFields, { where, keys: issue.keys.join(', ') });
  if (issue.path.length > 0 && valueAt(input, issue.path) === undefined)
    return problem(path, messages.missingField, { path });
  if (pathText(issue.path) === 'format')
    return problem(path, messages.formatWrong, { format: LEDGER_FORMAT });
  return problem(path, messages.invalidValue, { where, detail: issue.message });
}

/** Parses and checks a ledger; `asOf` from the command line may stand in for the file's. */
/** Where a NUL character sits in the file's strings (the API refuses NUL everywhere; so does the file). */
function nulPaths(value: unknown, path: (string | number)[] = [], out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(pathText(path) || messages.root.zh);
  } else if (Array.isArray(value)) value.forEach((v, i) => nulPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) out.push(pathText([...path, k]));
      nulPaths(v, [...path, k], out);
    }
  return out;
}

export function parseLedger(input: unknown, options: { asOf?: string } = {}): LedgerParse {
  const nul = nulPaths(input);
  if (nul.length > 0)
    return { ok: false, problems: nul.map((path) => problem(path, messages.nulChar, { path })) };
  const parsed = ledgerSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => describeIssue(input, i)) };
  const ledger = parsed.data as Ledger;
  const problems = semanticProblems(ledger);
  if (options.asOf !== undefined && !isIsoDate(options.asOf))
    problems.push(problem('--as-of', messages.asOfArgInvalid, { asOf: options.asOf }));
  if (!ledger.asOf && options.asOf === undefined) problems.push(problem('asOf', messages.asOfNowhere));
  return problems.length ? { ok: false, problems } : { ok: true, ledger };
}

function semanticProblems(ledger: Ledger): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const seen = new Map<string, string>();
  const note = (path: string, id: string) => {
    const first = seen.get(id);
    if (first) problems.push(problem(path, messages.duplicateId, { path, id, first }));
    else seen.set(id, path);
  };
  ledger.obligations.forEach((o, i) => note(`obligations[${i}]`, o.id));
  ledger.payments.forEach((p, i) => note(`payments[${i}]`, p.id));
  const byId = new Map(ledger.obligations.map((o) => [o.id, o]));
  ledger.obligations.forEach((o, i) => {
    if (o.kind !== 'interestRunning') return;
    const path = `obligations[${i}]`;
    const base = byId.get(o.base);
    const at = (field: string, entry: Text, vars: Vars = {}) =>
      problems.push(problem(`${path}.${field}`, entry, { path: `${path}.${field}`, ...vars }));
    if (!base) at('base', messages.baseUnknown, { id: o.id, base: o.base });
    else if (base.kind === 'interestRunning' || base.kind === 'interestFixed')
      at('base', messages.baseIsInterest, { base: o.base });
    if (o.until && o.until < o.from) at('until', messages.untilBeforeFrom, { until: o.until, from: o.from });
    const lpr = o.schedule.type === 'lpr1y' || o.schedule.type === 'lpr5y';
    if (lpr && o.from < '2019-08-19') at('from', messages.lprBeforeFixings);
    if (!agreesWithStated(o.schedule)) at('schedule.stated', messages.statedDisagrees);
    if (checkAnnual(fixedAnnual(o.schedule)) === 'refuse') at('schedule.annual', messages.rateTooHigh);
  });
  (ledger.excluded ?? []).forEach((e, i) => {
    const path = `excluded[${i}].to`;
    if (e.to < e.from) problems.push(problem(path, messages.toBeforeFrom, { path, to: e.to, from: e.from }));
  });
  (ledger.settings?.agreedOrders ?? []).forEach((a: z.infer<typeof agreedOrderSchema>, i: number) => {
    const path = `settings.agreedOrders[${i}]`;
    const from = `${path}.from`;
    const to = `${path}.to`;
    if (!isIsoDate(a.from))
      problems.push(problem(from, messages.atPath, { where: from, problem: messages.date }));
    if (a.to !== null && !isIsoDate(a.to))
      problems.push(problem(to, messages.atPath, { where: to, problem: messages.date }));
    else if (a.to !== null && a.to < a.from)
      problems.push(problem(to, messages.agreedToBeforeFrom, { path: to }));
  });
  return problems;
}

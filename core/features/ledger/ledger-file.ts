import { z } from 'zod';
import { checkAmount } from '../../lib/money/amount';
import { isIsoDate } from '../../lib/money/dates';
import { agreedOrderSchema, settingsSchema } from '../../lib/interest/settings';
import { PAYMENT_KINDS, type Ledger } from '../../lib/interest/types';
import { BANDS } from '../../lib/rates/table';

/** Validation of a ledger file (INTEREST.md §6): every problem with a path and a Chinese and English message. */
export const LEDGER_FORMAT = 'hearing-desk/ledger@1';

export type LedgerProblem = { path: string; zh: string; en: string };
export type LedgerParse = { ok: true; ledger: Ledger } | { ok: false; problems: LedgerProblem[] };

const date = z.string().refine(isIsoDate, { message: 'date' });
const amount = z.string().refine((v) => checkAmount(v) === null, { message: 'amount' });
const positive = amount.refine((v) => !/^0(\.0+)?$/.test(v), { message: 'positive' });
const rate = z.string().regex(/^(0|[1-9][0-9]*)(\.[0-9]+)?$/, { message: 'rate' });
const basis = z.union([z.literal(360), z.literal(365)]);
const scheduleOptions = { multiplier: rate.optional(), dayBasis: basis.optional() };

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

const MESSAGES: Record<string, { zh: string; en: string }> = {
  date: { zh: '日期无效，应为真实存在的 YYYY-MM-DD 日期', en: 'not a real ISO date YYYY-MM-DD' },
  amount: {
    zh: '金额应为字符串，如 "1234.56"，最多两位小数，不带逗号或正负号',
    en: 'amount must be a string like "1234.56" with at most two decimals, no commas or signs',
  },
  positive: { zh: '付款金额必须大于零', en: 'payment amount must be greater than zero' },
  rate: { zh: '利率应为小数字符串，如 "0.06"', en: 'rate must be a decimal string such as "0.06"' },
};

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
  const where = path || '(根)';
  const known = MESSAGES[issue.message];
  if (known) return { path, zh: `${where}：${known.zh}`, en: `${path || '(root)'}: ${known.en}` };
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return {
      path,
      zh: `${where}：含有未知字段 ${keys}`,
      en: `${path || '(root)'}: unknown field(s) ${keys}`,
    };
  }
  if (issue.path.length > 0 && valueAt(input, issue.path) === undefined)
    return { path, zh: `缺少必填字段 ${path}`, en: `missing required field ${path}` };
  if (pathText(issue.path) === 'format')
    return { path, zh: `format 必须为 "${LEDGER_FORMAT}"`, en: `format must be "${LEDGER_FORMAT}"` };
  return {
    path,
    zh: `${where}：取值无效（${issue.message}）`,
    en: `${path || '(root)'}: invalid value (${issue.message})`,
  };
}

/** Parses and checks a ledger; `asOf` from the command line may stand in for the file's. */
export function parseLedger(input: unknown, options: { asOf?: string } = {}): LedgerParse {
  const parsed = ledgerSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => describeIssue(input, i)) };
  const ledger = parsed.data as Ledger;
  const problems = semanticProblems(ledger);
  if (options.asOf !== undefined && !isIsoDate(options.asOf))
    problems.push({
      path: '--as-of',
      zh: `--as-of 日期无效：${options.asOf}`,
      en: `--as-of is not a real date: ${options.asOf}`,
    });
  if (!ledger.asOf && options.asOf === undefined)
    problems.push({
      path: 'asOf',
      zh: '文件和命令行都没有指定计算截止日 asOf',
      en: 'no asOf in the file nor on the command line',
    });
  return problems.length ? { ok: false, problems } : { ok: true, ledger };
}

function semanticProblems(ledger: Ledger): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const seen = new Map<string, string>();
  const note = (path: string, id: string) => {
    const first = seen.get(id);
    if (first)
      problems.push({
        path,
        zh: `${path}：编号 ${id} 与 ${first} 重复（义务与付款的编号须互不相同）`,
        en: `${path}: id ${id} duplicates ${first} (ids are unique across obligations and payments)`,
      });
    else seen.set(id, path);
  };
  ledger.obligations.forEach((o, i) => note(`obligations[${i}]`, o.id));
  ledger.payments.forEach((p, i) => note(`payments[${i}]`, p.id));
  const byId = new Map(ledger.obligations.map((o) => [o.id, o]));
  ledger.obligations.forEach((o, i) => {
    if (o.kind !== 'interestRunning') return;
    const path = `obligations[${i}]`;
    const base = byId.get(o.base);
    if (!base)
      problems.push({
        path: `${path}.base`,
        zh: `${path}.base：利息 ${o.id} 的计息基数 ${o.base} 不存在`,
        en: `${path}.base: interest ${o.id} refers to unknown base ${o.base}`,
      });
    else if (base.kind === 'interestRunning' || base.kind === 'interestFixed')
      problems.push({
        path: `${path}.base`,
        zh: `${path}.base：计息基数 ${o.base} 本身是利息，不能再计息`,
        en: `${path}.base: base ${o.base} is itself an interest`,
      });
    if (o.until && o.until < o.from)
      problems.push({
        path: `${path}.until`,
        zh: `${path}.until：截止日 ${o.until} 早于起算日 ${o.from}`,
        en: `${path}.until: ${o.until} is before from ${o.from}`,
      });
    const lpr = o.schedule.type === 'lpr1y' || o.schedule.type === 'lpr5y';
    if (lpr && o.from < '2019-08-19')
      problems.push({
        path: `${path}.from`,
        zh: `${path}.from：LPR 自 2019-08-20 起才有报价，起算日不得早于 2019-08-19（「自2019年8月20日起」写作 "2019-08-19"）`,
        en: `${path}.from: no LPR before 2019-08-20; from must be 2019-08-19 or later`,
      });
  });
  (ledger.excluded ?? []).forEach((e, i) => {
    if (e.to < e.from)
      problems.push({
        path: `excluded[${i}].to`,
        zh: `excluded[${i}].to：结束日 ${e.to} 早于开始日 ${e.from}`,
        en: `excluded[${i}].to: ${e.to} is before from ${e.from}`,
      });
  });
  (ledger.settings?.agreedOrders ?? []).forEach((a: z.infer<typeof agreedOrderSchema>, i: number) => {
    const path = `settings.agreedOrders[${i}]`;
    if (!isIsoDate(a.from))
      problems.push({
        path: `${path}.from`,
        zh: `${path}.from：${MESSAGES.date!.zh}`,
        en: `${path}.from: ${MESSAGES.date!.en}`,
      });
    if (a.to !== null && !isIsoDate(a.to))
      problems.push({
        path: `${path}.to`,
        zh: `${path}.to：${MESSAGES.date!.zh}`,
        en: `${path}.to: ${MESSAGES.date!.en}`,
      });
    else if (a.to !== null && a.to < a.from)
      problems.push({
        path: `${path}.to`,
        zh: `${path}.to：结束日早于开始日`,
        en: `${path}.to is before from`,
      });
  });
  return problems;
}

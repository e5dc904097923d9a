import type { InputOf } from '../../../core/platform/api/contract';
import { PAYMENT_KINDS } from '../../../core/features/cases/model';
import { DEFAULT_PAYMENT_KIND } from '../../../core/lib/interest/vocabulary';
import type { CaseDetail, Obligation, Party, Payment } from '../../../core/features/cases/model';
import type { FieldDef, FieldHint, Values } from '../../ui/RecordForm';
import { addDays, isIsoDate } from '../../../core/lib/money/dates';
import { writtenDate } from '../../../core/lib/money/input';
import {
  checkAnnual,
  fixedAnnual,
  perDay,
  scheduleFromStated,
  STATED_VALUE,
  type StatedForm,
  type StatedRate,
} from '../../../core/lib/rates/stated';
import { Decimal } from '../../../core/lib/money/decimal';
import type { MessageKey } from '../../app/i18n';

/** Field lists of each form and the conversions between form values (strings) and API inputs. */

const orNull = (v: string | undefined): string | null =>
  v === undefined || v.trim() === '' ? null : v.trim();
const str = (v: string | undefined): string => v ?? '';

export const CASE_FIELDS: readonly FieldDef[] = [
  {
    name: 'caseNumber',
    label: 'field.caseNumber',
    kind: 'text',
    required: true,
    placeholder: 'placeholder.caseNumber',
    wide: true,
  },
  { name: 'title', label: 'field.title', kind: 'text', wide: true },
  { name: 'court', label: 'field.court', kind: 'text' },
  { name: 'judge', label: 'field.judge', kind: 'text' },
  { name: 'clerk', label: 'field.clerk', kind: 'text' },
  { name: 'asOf', label: 'field.asOf', kind: 'date' },
];

export const EMPTY_CASE: Values = { caseNumber: '', title: '', court: '', judge: '', clerk: '', asOf: '' };

export function caseInput(v: Values): InputOf<'cases.create'> {
  return {
    caseNumber: str(v.caseNumber),
    title: str(v.title),
    court: str(v.court),
    judge: str(v.judge),
    clerk: str(v.clerk),
    asOf: orNull(v.asOf),
  };
}

export function caseValues(c: CaseDetail): Values {
  return {
    caseNumber: c.caseNumber,
    title: c.title,
    court: c.court,
    judge: c.judge,
    clerk: c.clerk,
    asOf: c.asOf ?? '',
  };
}

const ROLE_OPTIONS = [
  { value: 'applicant', label: 'role.applicant' },
  { value: 'respondent', label: 'role.respondent' },
  { value: 'third', label: 'role.third' },
] as const satisfies readonly { value: Party['role']; label: MessageKey }[];

export const roleLabel = (role: Party['role']): MessageKey => `role.${role}`;

export const PARTY_FIELDS: readonly FieldDef[] = [
  { name: 'role', label: 'field.role', kind: 'select', options: ROLE_OPTIONS, required: true },
  { name: 'name', label: 'field.name', kind: 'text', required: true, wide: true },
  { name: 'idNumber', label: 'field.idNumber', kind: 'text' },
  { name: 'phone', label: 'field.phone', kind: 'text' },
  { name: 'representative', label: 'field.representative', kind: 'text' },
  { name: 'address', label: 'field.address', kind: 'text', wide: true },
];

export const EMPTY_PARTY: Values = {
  role: 'applicant',
  name: '',
  idNumber: '',
  phone: '',
  representative: '',
  address: '',
};

export function partyFields(v: Values) {
  return {
    role: str(v.role) as Party['role'],
    name: str(v.name),
    idNumber: str(v.idNumber),
    phone: str(v.phone),
    address: str(v.address),
    representative: str(v.representative),
  };
}

export const partyValues = (p: Party): Values => ({
  role: p.role,
  name: p.name,
  idNumber: p.idNumber,
  phone: p.phone,
  representative: p.representative,
  address: p.address,
});

const KIND_OPTIONS = [
  { value: 'principal', label: 'kind.principal' },
  { value: 'fee', label: 'kind.fee' },
  { value: 'interestFixed', label: 'kind.interestFixed' },
  { value: 'interestRunning', label: 'kind.interestRunning' },
] as const satisfies readonly { value: Obligation['kind']; label: MessageKey }[];

export const kindLabel = (kind: Obligation['kind']): MessageKey => `kind.${kind}`;

/** The forms a judgment states a rate in (core/lib/rates/stated.ts), each with its unit beside the field. */
const RATE_FORM_OPTIONS = [
  { value: 'annualPct', label: 'rateForm.annualPct' },
  { value: 'monthlyPct', label: 'rateForm.monthlyPct' },
  { value: 'dailyPerMyriad', label: 'rateForm.dailyPerMyriad' },
  { value: 'lprTimes', label: 'rateForm.lprTimes' },
  { value: 'lprPlusBp', label: 'rateForm.lprPlusBp' },
  { value: 'benchmark', label: 'rateForm.benchmark' },
] as const satisfies readonly { value: StatedForm; label: MessageKey }[];

const RATE_UNITS: Record<StatedForm, MessageKey> = {
  annualPct: 'rateUnit.pct',
  monthlyPct: 'rateUnit.pct',
  dailyPerMyriad: 'rateUnit.perMyriad',
  lprTimes: 'rateUnit.times',
  lprPlusBp: 'rateUnit.bp',
  benchmark: 'rateUnit.times',
};

const LPR_TERM_OPTIONS = [
  { value: 'lpr1y', label: 'schedule.lpr1y' },
  { value: 'lpr5y', label: 'schedule.lpr5y' },
] as const satisfies readonly { value: string; label: MessageKey }[];

const BAND_OPTIONS = [
  { value: 'upto6m', label: 'band.upto6m' },
  { value: '6m1y', label: 'band.6m1y' },
  { value: '1y3y', label: 'band.1y3y' },
  { value: '3y5y', label: 'band.3y5y' },
  { value: 'over5y', label: 'band.over5y' },
  { value: 'thenLpr', label: 'band.thenLpr' },
] as const satisfies readonly { value: string; label: MessageKey }[];

const rateForm = (v: Values): StatedForm => (v.rateForm ?? 'annualPct') as StatedForm;
const isLprForm = (v: Values) => v.rateForm === 'lprTimes' || v.rateForm === 'lprPlusBp';

const running = (v: Values) => v.kind === 'interestRunning';
const notRunning = (v: Values) => !running(v);

/**
 * S7, whether an amount counts toward the base of the doubled (delay) interest: '' = the default
 * (principal and fee count, fixed interest does not), 'true', 'false'. The default's label says which it is.
 */
const delayBaseOptions = (defaultLabel: MessageKey) =>
  [
    { value: '', label: defaultLabel },
    { value: 'true', label: 'inDelayBase.true' },
    { value: 'false', label: 'inDelayBase.false' },
  ] as const satisfies readonly { value: string; label: MessageKey }[];

export const defaultInDelayBase = (kind: Obligation['kind']): boolean =>
  kind === 'principal' || kind === 'fee';

/** What the obligations table shows for S7: the effective choice, and whether it is the default. */
export function inDelayBaseLabel(o: Pick<Obligation, 'kind' | 'inDelayBase'>): MessageKey | null {
  if (o.kind === 'interestRunning') return null;
  if (o.inDelayBase === null)
    return defaultInDelayBase(o.kind) ? 'inDelayBase.defaultTrue' : 'inDelayBase.defaultFalse';
  return o.inDelayBase ? 'inDelayBase.true' : 'inDelayBase.false';
}

/** What the rate means on the base's amount: 「每日约 16.67 元，折合年利率 6%」, a warning above 24 %. */
function rateHint(v: Values, obligations: readonly Pick<Obligation, 'code' | 'amount'>[]): FieldHint | null {
  const schedule = scheduleOf(v);
  if (schedule === null) return null;
  const annual = fixedAnnual(schedule);
  if (annual === null) return { key: 'rateHint.table' };
  const pct = annual.times(100).toDecimalPlaces(4).toFixed();
  const check = checkAnnual(annual);
  if (check === 'refuse') return { key: 'rateHint.refused', vars: { pct }, warn: true };
  const base = obligations.find((o) => o.code === v.base?.trim())?.amount ?? null;
  const money = base === null ? null : perDay(base, annual, schedule.dayBasis ?? 360);
  if (check === 'warn')
    return {
      key: money ? 'rateHint.highPerDay' : 'rateHint.high',
      vars: { pct, amount: money ?? '' },
      warn: true,
    };
  return money
    ? { key: 'rateHint.perDay', vars: { pct, amount: money } }
    : { key: 'rateHint.perYear', vars: { pct } };
}

/** 「迟延履行期间的债务利息自次日（2015年1月11日）起计算」 */
function dueHint(v: Values): FieldHint {
  const due = v.due?.trim() ?? '';
  return isIsoDate(due)
    ? { key: 'hint.dueNext', vars: { next: writtenDate(addDays(due, 1)) } }
    : { key: 'hint.due' };
}

/** 「自 2006年7月1日 起计息（当日计入）」 */
function fromHint(v: Values): FieldHint {
  const from = v.from?.trim() ?? '';
  return isIsoDate(from) ? { key: 'hint.fromDay', vars: { day: writtenDate(from) } } : { key: 'hint.from' };
}

/** The obligation form; the rate's money hint reads the amount of the base among `obligations`. */
export function obligationFormFields(
  obligations: readonly Pick<Obligation, 'code' | 'amount'>[] = [],
): readonly FieldDef[] {
  return [
    { name: 'kind', label: 'field.kind', kind: 'select', options: KIND_OPTIONS, required: true },
    { name: 'code', label: 'field.code', kind: 'text' },
    { name: 'label', label: 'field.label', kind: 'text', wide: true },
    {
      name: 'amount',
      label: 'field.amount',
      kind: 'amount',
      placeholder: 'placeholder.amount',
      visible: notRunning,
    },
    { name: 'due', label: 'field.due', kind: 'date', visible: notRunning, hint: dueHint },
    // Two definitions of one field: only the default's label differs (by kind), and only one is ever visible.
    {
      name: 'inDelayBase',
      label: 'field.inDelayBase',
      kind: 'select',
      options: delayBaseOptions('inDelayBase.defaultTrue'),
      visible: (v) => v.kind === 'principal' || v.kind === 'fee',
    },
    {
      name: 'inDelayBase',
      label: 'field.inDelayBase',
      kind: 'select',
      options: delayBaseOptions('inDelayBase.defaultFalse'),
      visible: (v) => v.kind === 'interestFixed',
    },
    { name: 'base', label: 'field.base', kind: 'text', visible: running },
    {
      name: 'rateForm',
      label: 'field.rateForm',
      kind: 'select',
      options: RATE_FORM_OPTIONS,
      visible: running,
    },
    {
      name: 'lprTerm',
      label: 'field.lprTerm',
      kind: 'select',
      options: LPR_TERM_OPTIONS,
      visible: (v) => running(v) && isLprForm(v),
    },
    {
      name: 'band',
      label: 'field.band',
      kind: 'select',
      options: BAND_OPTIONS,
      visible: (v) => running(v) && v.rateForm === 'benchmark',
    },
    {
      name: 'annual',
      label: 'field.rateValue',
      kind: 'rate',
      visible: running,
      unit: (v) => RATE_UNITS[rateForm(v)],
      hint: (v) => rateHint(v, obligations),
    },
    { name: 'from', label: 'field.fromStated', kind: 'date', visible: running, hint: fromHint },
    { name: 'until', label: 'field.until', kind: 'date', visible: running },
  ];
}

export const OBLIGATION_FIELDS: readonly FieldDef[] = obligationFormFields();

export const EMPTY_OBLIGATION: Values = {
  kind: 'principal',
  code: '',
  label: '',
  amount: '',
  due: '',
  inDelayBase: '',
  base: '',
  rateForm: 'annualPct',
  lprTerm: 'lpr1y',
  band: '1y3y',
  annual: '',
  from: '',
  until: '',
};

function delayBaseInput(v: string | undefined): boolean | null {
  if (v === 'true') return true;
  if (v === 'false') return false;
  return null;
}

/** The schedule the form states, or null while its value is not a number yet (the API then says 必填). */
function scheduleOf(v: Values): NonNullable<Obligation['schedule']> | null {
  const value = str(v.annual).trim();
  if (!STATED_VALUE.test(value)) return null;
  const stated: StatedRate = { form: rateForm(v), value };
  const thenLpr = v.band === 'thenLpr';
  return scheduleFromStated(stated, {
    type: isLprForm(v)
      ? v.lprTerm === 'lpr5y'
        ? 'lpr5y'
        : 'lpr1y'
      : thenLpr
        ? 'benchmarkThenLpr'
        : 'benchmark',
    ...(thenLpr || !v.band ? {} : { band: v.band as 'upto6m' | '6m1y' | '1y3y' | '3y5y' | 'over5y' }),
  }) as NonNullable<Obligation['schedule']>;
}

/** The judgment's 「自 X 起」 counts X; the engine counts from the day after `from` (INTEREST.md §3). */
const dayBefore = (iso: string | null) => (iso !== null && isIsoDate(iso) ? addDays(iso, -1) : iso);
const dayAfter = (iso: string | null) => (iso !== null && isIsoDate(iso) ? addDays(iso, 1) : (iso ?? ''));

export function obligationFields(v: Values) {
  const isRunning = running(v);
  const code = orNull(v.code);
  return {
    ...(code === null ? {} : { code }),
    kind: str(v.kind) as Obligation['kind'],
    label: str(v.label),
    amount: isRunning ? null : orNull(v.amount),
    due: isRunning ? null : orNull(v.due),
    base: isRunning ? orNull(v.base) : null,
    schedule: isRunning ? scheduleOf(v) : null,
    from: isRunning ? dayBefore(orNull(v.from)) : null,
    until: isRunning ? orNull(v.until) : null,
    inDelayBase: isRunning ? null : delayBaseInput(v.inDelayBase),
  };
}

/** A stored schedule as the form states it; older records (a bare fraction) read as 年利率 %. */
function statedOf(s: Obligation['schedule']): StatedRate {
  if (s?.stated) return s.stated;
  const times = new Decimal(s?.multiplier ?? '1');
  if (!s) return { form: 'annualPct', value: '' };
  if (s.type === 'fixed') {
    const pct = fixedAnnual(s)!.times(100).toFixed();
    return { form: 'annualPct', value: pct };
  }
  if (s.type === 'lpr1y' || s.type === 'lpr5y') {
    if (s.addBp) return { form: 'lprPlusBp', value: s.addBp };
    return { form: 'lprTimes', value: times.toFixed() };
  }
  return { form: 'benchmark', value: times.toFixed() };
}

export function obligationValues(o: Obligation): Values {
  const s = o.schedule;
  const stated = statedOf(s);
  return {
    kind: o.kind,
    code: o.code,
    label: o.label,
    amount: o.amount ?? '',
    due: o.due ?? '',
    inDelayBase: o.inDelayBase === null ? '' : String(o.inDelayBase),
    base: o.base ?? '',
    rateForm: stated.form,
    lprTerm: s && s.type === 'lpr5y' ? 'lpr5y' : 'lpr1y',
    band: s && s.type === 'benchmark' ? s.band : s && s.type === 'benchmarkThenLpr' ? 'thenLpr' : '1y3y',
    annual: stated.value,
    from: dayAfter(o.from),
    until: o.until ?? '',
  };
}

const PAYMENT_KIND_OPTIONS = PAYMENT_KINDS.map((k) => ({
  value: k,
  label: `paymentKind.${k}` as MessageKey,
}));

/** Date, amount and kind of a payment: the same fields wherever a payment is typed in. */
export const PAYMENT_CORE_FIELDS: readonly FieldDef[] = [
  { name: 'date', label: 'field.date', kind: 'date', required: true },
  {
    name: 'amount',
    label: 'field.amount',
    kind: 'amount',
    required: true,
    placeholder: 'placeholder.amount',
  },
  { name: 'kind', label: 'field.paymentKind', kind: 'select', options: PAYMENT_KIND_OPTIONS },
];

export const PAYMENT_FIELDS: readonly FieldDef[] = [
  ...PAYMENT_CORE_FIELDS,
  { name: 'code', label: 'field.code', kind: 'text' },
  { name: 'note', label: 'field.note', kind: 'text', wide: true },
];

export const EMPTY_PAYMENT: Values = { date: '', amount: '', kind: DEFAULT_PAYMENT_KIND, code: '', note: '' };

export function paymentFields(v: Values) {
  const code = orNull(v.code);
  return {
    ...(code === null ? {} : { code }),
    date: str(v.date).trim(),
    amount: str(v.amount).trim(),
    kind: str(v.kind) as (typeof PAYMENT_KINDS)[number],
    note: str(v.note),
  };
}

export const paymentValues = (p: Payment): Values => ({
  date: p.date,
  amount: p.amount,
  kind: p.kind,
  code: p.code,
  note: p.note,
});

export const paymentKindLabel = (kind: string): MessageKey | null =>
  (PAYMENT_KINDS as readonly string[]).includes(kind) ? (`paymentKind.${kind}` as MessageKey) : null;

/** Excluded intervals (no delay interest: suspension, deferral, retrial): both ends are excluded days. */
export const EXCLUDED_FIELDS: readonly FieldDef[] = [
  { name: 'from', label: 'excluded.from', kind: 'date', required: true },
  { name: 'to', label: 'excluded.to', kind: 'date', required: true },
  { name: 'reason', label: 'excluded.reason', kind: 'text', placeholder: 'placeholder.reason', wide: true },
];

export const EMPTY_EXCLUDED: Values = { from: '', to: '', reason: '' };

export function excludedFields(v: Values): Omit<InputOf<'excluded.add'>, 'caseId'> {
  return { from: str(v.from).trim(), to: str(v.to).trim(), reason: str(v.reason).trim() };
}

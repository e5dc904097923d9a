import type { InputOf } from '../../../core/platform/api/contract';
import { PAYMENT_KINDS } from '../../../core/features/cases/model';
import { DEFAULT_PAYMENT_KIND } from '../../../core/lib/interest/vocabulary';
import type { CaseDetail, Obligation, Party, Payment } from '../../../core/features/cases/model';
import type { FieldDef, Values } from '../../ui/RecordForm';
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

const SCHEDULE_OPTIONS = [
  { value: 'lpr1y', label: 'schedule.lpr1y' },
  { value: 'lpr5y', label: 'schedule.lpr5y' },
  { value: 'benchmark', label: 'schedule.benchmark' },
  { value: 'benchmarkThenLpr', label: 'schedule.benchmarkThenLpr' },
  { value: 'fixed', label: 'schedule.fixed' },
] as const satisfies readonly { value: string; label: MessageKey }[];

const BAND_OPTIONS = [
  { value: 'upto6m', label: 'band.upto6m' },
  { value: '6m1y', label: 'band.6m1y' },
  { value: '1y3y', label: 'band.1y3y' },
  { value: '3y5y', label: 'band.3y5y' },
  { value: 'over5y', label: 'band.over5y' },
] as const satisfies readonly { value: string; label: MessageKey }[];

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

export const OBLIGATION_FIELDS: readonly FieldDef[] = [
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
  { name: 'due', label: 'field.due', kind: 'date', visible: notRunning },
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
    name: 'scheduleType',
    label: 'field.scheduleType',
    kind: 'select',
    options: SCHEDULE_OPTIONS,
    visible: running,
  },
  {
    name: 'band',
    label: 'field.band',
    kind: 'select',
    options: BAND_OPTIONS,
    visible: (v) => running(v) && v.scheduleType === 'benchmark',
  },
  {
    name: 'annual',
    label: 'field.annual',
    kind: 'rate',
    visible: (v) => running(v) && v.scheduleType === 'fixed',
  },
  { name: 'multiplier', label: 'field.multiplier', kind: 'rate', visible: running },
  { name: 'from', label: 'field.from', kind: 'date', visible: running },
  { name: 'until', label: 'field.until', kind: 'date', visible: running },
];

export const EMPTY_OBLIGATION: Values = {
  kind: 'principal',
  code: '',
  label: '',
  amount: '',
  due: '',
  inDelayBase: '',
  base: '',
  scheduleType: 'lpr1y',
  band: '1y3y',
  annual: '',
  multiplier: '',
  from: '',
  until: '',
};

function delayBaseInput(v: string | undefined): boolean | null {
  if (v === 'true') return true;
  if (v === 'false') return false;
  return null;
}

function schedule(v: Values): Obligation['schedule'] {
  const multiplier = orNull(v.multiplier);
  const extra = multiplier === null ? {} : { multiplier };
  switch (v.scheduleType) {
    case 'fixed':
      return { type: 'fixed', annual: str(v.annual).trim(), ...extra };
    case 'benchmark':
      return {
        type: 'benchmark',
        band: (v.band ?? '1y3y') as 'upto6m' | '6m1y' | '1y3y' | '3y5y' | 'over5y',
        ...extra,
      };
    case 'lpr1y':
    case 'lpr5y':
    case 'benchmarkThenLpr':
      return { type: v.scheduleType, ...extra };
    default:
      return null;
  }
}

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
    schedule: isRunning ? schedule(v) : null,
    from: isRunning ? orNull(v.from) : null,
    until: isRunning ? orNull(v.until) : null,
    inDelayBase: isRunning ? null : delayBaseInput(v.inDelayBase),
  };
}

export function obligationValues(o: Obligation): Values {
  const s = o.schedule;
  return {
    kind: o.kind,
    code: o.code,
    label: o.label,
    amount: o.amount ?? '',
    due: o.due ?? '',
    inDelayBase: o.inDelayBase === null ? '' : String(o.inDelayBase),
    base: o.base ?? '',
    scheduleType: s?.type ?? 'lpr1y',
    band: s && s.type === 'benchmark' ? s.band : '1y3y',
    annual: s && s.type === 'fixed' ? s.annual : '',
    multiplier: s?.multiplier ?? '',
    from: o.from ?? '',
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

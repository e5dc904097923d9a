import type { InputOf } from '../../../core/platform/api/contract';
import type { Measure } from '../../../core/features/transfer/model';
import type { FieldDef, Values } from '../../ui/RecordForm';
import type { MessageKey } from '../../app/i18n';
import { NO_TERM } from './vocabulary';

/** Field lists of the measure forms and the conversions between form values and API inputs. */

export const KINDS = [
  'depositFreeze',
  'propertyRightFreeze',
  'realEstateSeal',
  'movableSeal',
  'consumptionLimit',
  'defaulterList',
  'other',
] as const satisfies readonly Measure['kind'][];

export const kindKey = (k: Measure['kind']): MessageKey => `measures.kind.${k}`;
export const statusKey = (s: Measure['status']): MessageKey => `measures.status.${s}`;

/** The local calendar day: what "today" means to the judge at the desk (not the UTC day). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** '' → the usual maximum (omitted); 无 or - → no fixed term; digits → months; anything else fails range. */
export function termInput(text: string | undefined): number | null | undefined {
  const v = (text ?? '').trim();
  if (v === '') return undefined;
  if (v === NO_TERM || v === '-' || v === '—') return null;
  return /^\d{1,4}$/.test(v) ? Number(v) : -1;
}

export const MEASURE_FIELDS: readonly FieldDef[] = [
  {
    name: 'kind',
    label: 'measures.field.kind',
    kind: 'select',
    options: KINDS.map((k) => ({ value: k, label: kindKey(k) })),
  },
  { name: 'object', label: 'measures.field.object', kind: 'text', required: true, wide: true },
  { name: 'rulingNumber', label: 'measures.field.ruling', kind: 'text' },
  { name: 'startDate', label: 'measures.field.start', kind: 'date', required: true },
  { name: 'termMonths', label: 'measures.field.term', kind: 'text' },
  { name: 'statedExpiry', label: 'measures.field.statedExpiry', kind: 'date' },
  { name: 'note', label: 'measures.field.note', kind: 'text', wide: true },
];

/** Adding a measure can also queue it (轮候) behind another of the case. */
export const ADD_FIELDS: readonly FieldDef[] = [
  ...MEASURE_FIELDS,
  { name: 'waitsFor', label: 'measures.field.waitsFor', kind: 'text' },
];

/** '' → not queued; a measure number → queued behind it; anything else is left for the API to refuse. */
export function waitsForInput(text: string | undefined): number | null {
  const v = (text ?? '').trim().replace(/^#/, '');
  if (v === '') return null;
  return /^\d{1,9}$/.test(v) ? Number(v) : 0;
}

export const EMPTY_MEASURE: Values = {
  kind: 'depositFreeze',
  object: '',
  rulingNumber: '',
  startDate: '',
  termMonths: '',
  statedExpiry: '',
  note: '',
};

const orNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

export function measureInput(v: Values): Omit<InputOf<'measures.add'>, 'caseId'> {
  const term = termInput(v.termMonths);
  return {
    kind: (v.kind ?? 'other') as Measure['kind'],
    object: v.object ?? '',
    rulingNumber: v.rulingNumber ?? '',
    startDate: v.startDate ?? '',
    ...(term === undefined ? {} : { termMonths: term }),
    statedExpiry: orNull(v.statedExpiry),
    note: v.note ?? '',
  };
}

export function measureValues(m: Measure): Values {
  return {
    kind: m.kind,
    object: m.object,
    rulingNumber: m.rulingNumber,
    startDate: m.startDate,
    termMonths: m.termMonths === null ? NO_TERM : String(m.termMonths),
    statedExpiry: m.statedExpiry ?? '',
    note: m.note,
  };
}

export const RENEW_FIELDS: readonly FieldDef[] = [
  { name: 'startDate', label: 'measures.field.renewStart', kind: 'date' },
  { name: 'termMonths', label: 'measures.field.term', kind: 'text' },
  { name: 'rulingNumber', label: 'measures.field.ruling', kind: 'text' },
  { name: 'statedExpiry', label: 'measures.field.statedExpiry', kind: 'date' },
  { name: 'note', label: 'measures.field.note', kind: 'text', wide: true },
];

export function renewInput(id: number, v: Values): InputOf<'measures.renew'> {
  const term = termInput(v.termMonths);
  const start = orNull(v.startDate);
  return {
    id,
    ...(start === null ? {} : { startDate: start }),
    ...(term === undefined ? {} : { termMonths: term }),
    statedExpiry: orNull(v.statedExpiry),
    rulingNumber: v.rulingNumber ?? '',
    note: v.note ?? '',
  };
}

export const RELEASE_FIELDS: readonly FieldDef[] = [
  { name: 'releasedOn', label: 'measures.field.releasedOn', kind: 'date', required: true },
  { name: 'note', label: 'measures.field.releaseNote', kind: 'text', wide: true },
];

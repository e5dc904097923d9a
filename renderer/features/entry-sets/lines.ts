import { PAYMENT_KINDS } from '../../../core/features/cases/model';
import { DEFAULT_PAYMENT_KIND } from '../../../core/lib/interest/vocabulary';
import type { EntryDiffView } from '../../../core/features/entry-sets/model';
import type { FieldDef, Values } from '../../ui/RecordForm';
import { PAYMENT_CORE_FIELDS, paymentKindLabel } from '../cases/forms';
import type { MessageKey, Translate } from '../../app/i18n';

/** Form fields and value conversions of the double-entry screen (a clerk's line, another value). */

export type Kind = (typeof PAYMENT_KINDS)[number];
export type Difference = EntryDiffView['differences'][number];
export type LineShape = { date: string; amount: string; kind: string; payer: string; note: string };

export const SET_FIELDS: readonly FieldDef[] = [
  { name: 'clerk', label: 'entrySets.clerk', kind: 'text', required: true },
  { name: 'label', label: 'entrySets.label', kind: 'text', placeholder: 'entrySets.labelHint', wide: true },
];
export const EMPTY_SET: Values = { clerk: '', label: '' };

export const LINE_FIELDS: readonly FieldDef[] = [
  ...PAYMENT_CORE_FIELDS,
  { name: 'payer', label: 'entrySets.payer', kind: 'text' },
  { name: 'note', label: 'field.note', kind: 'text', wide: true },
];
export const EMPTY_LINE: Values = { date: '', amount: '', kind: DEFAULT_PAYMENT_KIND, payer: '', note: '' };

export function lineInput(v: Values) {
  return {
    date: (v.date ?? '').trim(),
    amount: (v.amount ?? '').trim(),
    kind: (v.kind || DEFAULT_PAYMENT_KIND) as Kind,
    payer: (v.payer ?? '').trim(),
    note: v.note ?? '',
  };
}

const hasValue = (v: Values) => v.exists !== 'no';

/** 其他数值: the agreed value (or "no such payment") and the reason, which is required. */
export const OTHER_FIELDS: readonly FieldDef[] = [
  {
    name: 'exists',
    label: 'entrySets.other.exists',
    kind: 'select',
    options: [
      { value: 'yes', label: 'entrySets.other.yes' },
      { value: 'no', label: 'entrySets.other.no' },
    ],
  },
  { ...LINE_FIELDS[0]!, visible: hasValue },
  { ...LINE_FIELDS[1]!, visible: hasValue },
  { ...LINE_FIELDS[2]!, visible: hasValue },
  { ...LINE_FIELDS[3]!, visible: hasValue },
  { ...LINE_FIELDS[4]!, visible: hasValue },
  {
    name: 'reason',
    label: 'entrySets.reason',
    kind: 'text',
    required: true,
    wide: true,
    placeholder: 'entrySets.reasonHint',
  },
];

/** The other-value form starts from A's line (or B's when only B has one). */
export function otherInitial(d: Difference): Values {
  const line = 'a' in d ? d.a : d.b;
  return {
    exists: 'yes',
    date: line.date,
    amount: line.amount,
    kind: line.kind,
    payer: line.payer,
    note: line.note,
    reason: '',
  };
}

export function otherInput(v: Values) {
  return { value: v.exists === 'no' ? null : lineInput(v), reason: (v.reason ?? '').trim() };
}

export const DIFF_LABEL: Record<Difference['type'], MessageKey> = {
  dateDiffers: 'entrySets.diff.dateDiffers',
  amountDiffers: 'entrySets.diff.amountDiffers',
  kindDiffers: 'entrySets.diff.kindDiffers',
  missingInA: 'entrySets.diff.missingInA',
  missingInB: 'entrySets.diff.missingInB',
};

/** Which field of the pair differs (to highlight it). */
export function differingField(d: Difference): keyof LineShape | null {
  switch (d.type) {
    case 'dateDiffers':
      return 'date';
    case 'amountDiffers':
      return 'amount';
    case 'kindDiffers':
      return 'kind';
    default:
      return null;
  }
}

/** A payment kind as the reader reads it (a kind the catalogue does not know is shown as stored). */
export const kindText = (t: Translate, kind: string) => {
  const key = paymentKindLabel(kind);
  return key ? t(key) : kind;
};

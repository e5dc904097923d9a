import type { ReactNode } from 'react';
import { DateInput } from '../../ui/DateInput';
import { LabelledField } from '../../ui/LabelledField';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';

/** A labelled input of the settlement forms; the value stays a string as typed. */
export function Field({
  label,
  value,
  onChange,
  testId,
  type = 'text',
  wide,
  placeholder,
  multiline,
}: {
  label: MessageKey;
  value: string;
  onChange: (v: string) => void;
  testId: string;
  type?: 'text' | 'date';
  wide?: boolean;
  placeholder?: string;
  multiline?: boolean;
}) {
  const { t } = useI18n();
  const id = `f-${testId}`;
  return (
    <LabelledField id={id} label={t(label)} wide={wide}>
      {multiline ? (
        <textarea
          id={id}
          data-testid={testId}
          value={value}
          rows={2}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : type === 'date' ? (
        <DateInput id={id} testId={testId} value={value} placeholder={placeholder} onChange={onChange} />
      ) : (
        <input
          id={id}
          data-testid={testId}
          type={type}
          inputMode={
            type === 'text' && /amount|total|Value|per|principal|fee|interest|delay/i.test(testId)
              ? 'decimal'
              : undefined
          }
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </LabelledField>
  );
}

/** The keys of a draft whose values are free text as typed (not a choice among literals). */
export type TextKey<T> = {
  [P in keyof T]-?: T[P] extends string ? (string extends T[P] ? P : never) : never;
}[keyof T] &
  string;

/** One row of a table-driven form: which draft field, its label, its test id (default: prefix + key). */
export type FieldSpec<K extends string> = {
  key: K;
  label: MessageKey;
  testId?: string;
  type?: 'date';
  wide?: boolean;
  multiline?: boolean;
  placeholder?: MessageKey;
};

/** The fields of a spec list, in order, each bound to its key of the draft. */
export function FieldList<K extends string>({
  specs,
  values,
  onChange,
  prefix = '',
}: {
  specs: readonly FieldSpec<K>[];
  values: Record<K, string>;
  onChange: (key: K, v: string) => void;
  prefix?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      {specs.map((s) => (
        <Field
          key={s.key}
          label={s.label}
          type={s.type}
          value={values[s.key]}
          onChange={(v) => onChange(s.key, v)}
          testId={s.testId ?? `${prefix}${s.key}`}
          wide={s.wide}
          multiline={s.multiline}
          placeholder={s.placeholder && t(s.placeholder)}
        />
      ))}
    </>
  );
}

export function Panel({
  title,
  testId,
  children,
  actions,
}: {
  title: MessageKey;
  testId: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="panel" data-testid={testId} aria-labelledby={`${testId}-h`}>
      <header className="panel__header">
        <h2 id={`${testId}-h`}>{t(title)}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

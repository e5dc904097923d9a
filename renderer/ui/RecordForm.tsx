import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Envelope } from '../../core/platform/api/model';
import { useI18n } from '../app/i18n';
import type { MessageKey } from '../app/i18n';
import { fieldErrors } from './lib/errors';
import { AmountInput } from './AmountInput';
import { DateInput } from './DateInput';

/**
 * One keyboard-first form for every record: Enter submits, Esc cancels, the first field takes focus.
 * On failure the server's message is shown next to the field it names and the input is kept.
 */

export type Values = Record<string, string>;

export type FieldDef = {
  name: string;
  label: MessageKey;
  kind: 'text' | 'amount' | 'date' | 'select' | 'rate';
  options?: readonly { value: string; label: MessageKey }[];
  placeholder?: MessageKey;
  required?: boolean;
  wide?: boolean;
  visible?: (values: Values) => boolean;
  /** shown after the field, always: the unit of a rate (%, 万分之, 倍, 个基点) */
  unit?: (values: Values) => MessageKey | null;
  /** a line under the field: what the value means (每日约 136.44 元), or a warning */
  hint?: (values: Values) => FieldHint | null;
};

export type FieldHint = { key: MessageKey; vars?: Record<string, string | number>; warn?: boolean };

type Props = {
  testId: string;
  title?: MessageKey;
  fields: readonly FieldDef[];
  initial: Values;
  onSubmit: (values: Values) => Promise<Envelope<unknown>>;
  onSaved: (value: unknown) => void;
  onCancel: () => void;
};

export function RecordForm({ testId, title, fields, initial, onSubmit, onSaved, onCancel }: Props) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement | HTMLSelectElement | null>(null);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const visible = fields.filter((f) => !f.visible || f.visible(values));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await onSubmit(values);
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setFormError(null);
      onSaved(result.value);
      return;
    }
    const mapped = fieldErrors(
      result.error,
      visible.map((f) => f.name),
      locale,
    );
    setErrors(mapped.fields);
    setFormError(mapped.form);
    const firstBad = visible.find((f) => mapped.fields[f.name]);
    if (firstBad) document.getElementById(`${testId}-${firstBad.name}`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((errs) => {
      if (!(name in errs)) return errs;
      const next = { ...errs };
      delete next[name];
      return next;
    });
  };

  return (
    <form className="record-form" data-testid={testId} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      {title && <h3 className="record-form__title">{t(title)}</h3>}
      <div className="record-form__grid">
        {visible.map((f, i) => {
          const id = `${testId}-${f.name}`;
          const err = errors[f.name];
          const unit = f.unit?.(values) ?? null;
          const hint = f.hint?.(values) ?? null;
          const common = {
            id,
            name: f.name,
            'data-testid': id,
            'aria-invalid': err ? true : undefined,
            'aria-describedby': err ? `${id}-error` : undefined,
            ref:
              i === 0
                ? (el: HTMLInputElement | HTMLSelectElement | null) => void (first.current = el)
                : undefined,
          };
          return (
            <div
              key={f.name}
              className={`field${f.wide ? ' field--wide' : ''}${err ? ' field--invalid' : ''}`}
            >
              <label htmlFor={id}>
                {t(f.label)}
                {f.required && (
                  <span className="field__required" aria-hidden="true">
                    {' '}
                    *
                  </span>
                )}
              </label>
              {f.kind === 'select' ? (
                <select
                  {...common}
                  value={values[f.name] ?? ''}
                  onChange={(e) => set(f.name, e.target.value)}
                >
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>
                      {t(o.label)}
                    </option>
                  ))}
                </select>
              ) : f.kind === 'date' ? (
                <DateInput {...common} value={values[f.name] ?? ''} onChange={(v) => set(f.name, v)} />
              ) : f.kind === 'amount' || f.kind === 'rate' ? (
                <AmountInput
                  {...common}
                  {...(unit ? { unit: t(unit) } : {})}
                  placeholder={f.placeholder ? t(f.placeholder) : undefined}
                  value={values[f.name] ?? ''}
                  onChange={(v) => set(f.name, v)}
                />
              ) : (
                <input
                  {...common}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder={f.placeholder ? t(f.placeholder) : undefined}
                  value={values[f.name] ?? ''}
                  onChange={(e) => set(f.name, e.target.value)}
                />
              )}
              {hint && (
                <div
                  className={`field__hint${hint.warn ? ' field__hint--warn' : ''}`}
                  data-testid={`${id}-hint`}
                  role={hint.warn ? 'alert' : undefined}
                >
                  {t(hint.key, hint.vars)}
                </div>
              )}
              {err && (
                <div className="field__error" id={`${id}-error`} data-testid={`${id}-error`} role="alert">
                  {err}
                </div>
              )}
            </div>
          );
        })}
      </div>
      {formError && (
        <div className="form-error" data-testid={`${testId}-error`} role="alert">
          {t('common.formError')}
          {formError}
        </div>
      )}
      <div className="record-form__actions">
        <button type="submit" className="btn btn--primary" data-testid={`${testId}-save`} disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn" data-testid={`${testId}-cancel`} onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <span className="hint">{t('common.keyHint')}</span>
      </div>
    </form>
  );
}

import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/zh-CN';

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
    <div className={`field${wide ? ' field--wide' : ''}`}>
      <label htmlFor={id}>{t(label)}</label>
      {multiline ? (
        <textarea
          id={id}
          data-testid={testId}
          value={value}
          rows={2}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
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
    </div>
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

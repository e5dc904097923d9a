import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { normalizeDateInput, writtenDate } from '../../core/lib/money/input';
import { useI18n } from '../app/i18n';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** the ISO date (or, while it is not one, the text as typed) */
  value: string;
  onChange: (value: string) => void;
  testId?: string;
};

/**
 * The one date field of every screen: accepts 2026-11-01, 2026年11月1日, 2026.11.1 and 20261101, hands
 * the ISO date to its owner, and shows the date as a judgment writes it (2026年11月1日) once the field is
 * left. Text that is no date is kept as typed, so the API's refusal can name it.
 */
export function DateInput({ value, onChange, testId, onBlur, ...rest }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(() => writtenDate(value));
  // follow a value set from outside (a reset, another record), not the echo of our own typing
  useEffect(() => {
    setText((shown) => (normalizeDateInput(shown) === value ? shown : writtenDate(value)));
  }, [value]);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      data-testid={testId ?? rest.id}
      placeholder={rest.placeholder ?? t('placeholder.date')}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(normalizeDateInput(e.target.value));
      }}
      onBlur={(e) => {
        setText((shown) => writtenDate(normalizeDateInput(shown)));
        onBlur?.(e);
      }}
    />
  );
}

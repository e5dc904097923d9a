import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { normalizeAmountInput } from '../../core/lib/money/input';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** the amount as the API reads it ("830000.00"), or the text as typed while it is not one */
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  /** shown after the field: 元, %, 倍 … */
  unit?: string;
};

/**
 * The amount (and rate) field of every screen: 830,000.00 and 830000.00 are the same amount; the owner
 * receives it without separators. A comma out of place is left for the API to refuse.
 */
export function AmountInput({ value, onChange, testId, unit, className, ...rest }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => {
    setText((shown) => (normalizeAmountInput(shown) === value ? shown : value));
  }, [value]);
  const input = (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      className={className ?? 'num'}
      data-testid={testId ?? rest.id}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(normalizeAmountInput(e.target.value));
      }}
    />
  );
  if (!unit) return input;
  return (
    <span className="input-unit">
      {input}
      <span className="input-unit__unit" data-testid={`${testId ?? rest.id}-unit`}>
        {unit}
      </span>
    </span>
  );
}

/** A rate field: an AmountInput whose unit is always visible (%, 万分之, 倍, 个基点). */
export function RateInput(props: Props & { unit: string }) {
  return <AmountInput {...props} />;
}

import { formatAmount } from '../lib/money';

/** A money figure: tabular digits, right-aligned by its cell. */
export function Amount({ value, testId }: { value: string | null | undefined; testId?: string }) {
  return (
    <span className="amount" data-testid={testId} data-value={value ?? ''}>
      {formatAmount(value)}
    </span>
  );
}

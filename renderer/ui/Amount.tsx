import { formatAmount, formatSigned } from './lib/money';

/** A money figure: tabular digits, right-aligned by its cell; `signed` shows a difference as +/-. */
export function Amount({
  value,
  testId,
  signed,
}: {
  value: string | null | undefined;
  testId?: string;
  signed?: boolean;
}) {
  return (
    <span className="amount" data-testid={testId} data-value={value ?? ''}>
      {signed ? formatSigned(value) : formatAmount(value)}
    </span>
  );
}

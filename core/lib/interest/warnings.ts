import { Decimal, ZERO } from '../money/decimal';
import type { ComputeResult, Ledger } from './types';

/**
 * Doubled interest that has grown past the principal (issue 16): the law sets no cap, so this is no
 * error, but a long delay, a missing excluded interval or an unrecorded payment all look like this.
 * Compared at full precision; both figures are returned rounded to the fen for printing.
 */
export function doubledOverPrincipal(
  result: Pick<ComputeResult, 'accrued'>,
  ledger: Pick<Ledger, 'obligations'>,
): { doubled: string; principal: string } | null {
  const principal = ledger.obligations.reduce(
    (acc, o) => (o.kind === 'principal' ? acc.plus(o.amount) : acc),
    ZERO,
  );
  const doubled = new Decimal(result.accrued.doubled);
  if (principal.isZero() || !doubled.greaterThan(principal)) return null;
  return { doubled: doubled.toFixed(2), principal: principal.toFixed(2) };
}

import { Decimal } from './decimal';

/**
 * The one rounding rule: half up to the fen (0.01), named `halfUpFen` in the settings.
 * Applied only where a figure becomes money that moves or is printed.
 */
export const ROUNDING_MODE = 'halfUpFen' as const;

export function roundFen(x: Decimal): Decimal {
  return x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Two-decimal string of an amount, rounding half up first (never exponent notation). */
export function formatYuan(x: Decimal): string {
  return roundFen(x).toFixed(2);
}

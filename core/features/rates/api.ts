import { z } from 'zod';
import { read, write } from '../../platform/api/method';
import { id, isoDate, requiredText } from '../../platform/api/schemas';
import { Decimal } from '../../lib/money/decimal';
import type { RatesView } from './model';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
const PERCENT = /^(0|[1-9][0-9]?)(\.[0-9]{1,2})?$/;

// Zod runs every check even after one failed: the range check tests the format itself, or Decimal
// would throw on "" (an INTERNAL error found by the API fuzzer).
const percent = z
  .string({ message: 'percentFormat' })
  .regex(PERCENT, { message: 'percentFormat' })
  .refine(
    (v) => !PERCENT.test(v) || (new Decimal(v).greaterThan(0) && new Decimal(v).lessThanOrEqualTo(20)),
    {
      message: 'percentRange',
    },
  );

export const ratesContract = {
  'rates.list': read<RatesView>()(z.strictObject({})),
  'rates.addLpr': write<RatesView>()(
    z.strictObject({ from: isoDate, oneYear: percent, over5y: percent, source: requiredText(300) }),
  ),
  'rates.removeLpr': write<RatesView>()(z.strictObject({ id, reason: requiredText(500) })),
} as const;

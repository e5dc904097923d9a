import { z } from 'zod';
import { read, write } from '../../platform/api/method';
import { id, isoDate, optionalText, requiredText } from '../../platform/api/schemas';
import { MAX_TERM_MONTHS, MEASURE_KINDS } from './rules';
import type { ExpiringView, Measure, MeasureList } from '../transfer/model';

/** A measure as entered: termMonths omitted = the usual maximum of the kind, null = no fixed term. */
export const termMonths = z
  .number({ message: 'invalid' })
  .int({ message: 'invalid' })
  .min(1, { message: 'termRange' })
  .max(MAX_TERM_MONTHS, { message: 'termRange' })
  .nullable();

const measureFields = {
  kind: z.enum(MEASURE_KINDS, { message: 'enumInvalid' }),
  object: requiredText(500),
  rulingNumber: optionalText(100),
  startDate: isoDate,
  termMonths: termMonths.optional(),
  statedExpiry: isoDate.nullable().default(null),
  note: optionalText(500),
};

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
export const measuresContract = {
  // 查控措施台账: measures with renewal chains, release, and the expiry alert across all cases.
  'measures.list': read<MeasureList>()(z.strictObject({ caseId: id, asOf: isoDate.optional() })),
  /** waitsFor: 轮候 behind that measure of the case; in force once it is released or lapses */
  'measures.add': write<Measure>()(
    z.strictObject({ caseId: id, ...measureFields, waitsFor: id.nullable().default(null) }),
  ),
  'measures.update': write<Measure>()(z.strictObject({ id, ...measureFields })),
  'measures.renew': write<Measure>()(
    z.strictObject({
      id,
      startDate: isoDate.optional(),
      termMonths: termMonths.optional(),
      statedExpiry: isoDate.nullable().default(null),
      rulingNumber: optionalText(100),
      note: optionalText(500),
    }),
  ),
  'measures.release': write<Measure>()(z.strictObject({ id, releasedOn: isoDate, note: optionalText(500) })),
  'measures.delete': write<{ id: number }>()(z.strictObject({ id })),
  'measures.expiring': read<ExpiringView>()(
    z.strictObject({
      withinDays: z
        .number({ message: 'invalid' })
        .int({ message: 'invalid' })
        .min(0, { message: 'invalid' })
        .max(366, { message: 'invalid' })
        .default(30),
      asOf: isoDate.optional(),
    }),
  ),
} as const;

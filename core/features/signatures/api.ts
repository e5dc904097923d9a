import { z } from 'zod';
import { read, write } from '../../platform/api/method';
import { id, requiredText } from '../../platform/api/schemas';
import type { SigningView } from './model';
import { SIGNING_KINDS, STROKE_LIMITS } from './rules';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
/** Signing: a record by kind and id; signature_pad's toData() strokes (numbers finite by JSON and zod). */
const signingRecord = z.strictObject({ kind: z.enum(SIGNING_KINDS, { message: 'enumInvalid' }), id });

const stroke = z.strictObject({
  points: z
    .array(
      z.strictObject({
        x: z.number({ message: 'invalid' }),
        y: z.number({ message: 'invalid' }),
        pressure: z.number({ message: 'invalid' }),
        time: z.number({ message: 'invalid' }),
      }),
    )
    .max(STROKE_LIMITS.pointsPerStroke, { message: 'tooLong' }),
  penColor: z.string({ message: 'invalid' }).max(64, { message: 'tooLong' }).optional(),
  dotSize: z.number({ message: 'invalid' }).optional(),
  minWidth: z.number({ message: 'invalid' }).optional(),
  maxWidth: z.number({ message: 'invalid' }).optional(),
  velocityFilterWeight: z.number({ message: 'invalid' }).optional(),
  compositeOperation: z.string({ message: 'invalid' }).max(64, { message: 'tooLong' }).optional(),
});

export const signaturesContract = {
  // Signing: handwritten signatures on a record in court order, refusal, the lock on completion.
  'signatures.list': read<SigningView>()(z.strictObject({ record: signingRecord })),
  'signatures.sign': write<SigningView>()(
    z.strictObject({
      record: signingRecord,
      signer: requiredText(100),
      strokes: z.array(stroke).max(STROKE_LIMITS.strokes, { message: 'tooLong' }),
      png: z
        .string({ message: 'required' })
        .max(1_400_000, { message: 'tooLong' })
        .regex(/^[A-Za-z0-9+/=]*$/, { message: 'invalid' }),
    }),
  ),
  'signatures.refuse': write<SigningView>()(
    z.strictObject({ record: signingRecord, signer: requiredText(100), reason: requiredText(500) }),
  ),
} as const;

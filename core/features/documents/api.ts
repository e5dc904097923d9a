import { z } from 'zod';
import { read, write } from '../../platform/api/method';
import type { DocumentVerification } from './model';
import type { IdentityView } from '../signatures/model';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
export const documentsContract = {
  'documents.verify': read<DocumentVerification>()(
    z.strictObject({
      base64: z
        .string({ message: 'required' })
        .max(140_000_000, { message: 'tooLong' })
        .regex(/^[A-Za-z0-9+/=\s]*$/, { message: 'invalid' }),
    }),
  ),
  'documents.identity': write<IdentityView>()(z.strictObject({})),
  'documents.importIdentity': write<IdentityView>()(
    z.strictObject({
      base64: z
        .string({ message: 'required' })
        .min(1, { message: 'required' })
        .max(1_000_000, { message: 'tooLong' })
        .regex(/^[A-Za-z0-9+/=]*$/, { message: 'invalid' }),
      passphrase: z.string({ message: 'invalid' }).max(200, { message: 'tooLong' }),
    }),
  ),
} as const;

import { z } from 'zod';
import { read, write } from '../../platform/api/method';
import type { CertificateView, DocumentVerification, TrustListView } from './model';
import type { IdentityView } from '../signatures/model';

/** A certificate file (.cer, .pem, .p12) as base64, with the .p12's passphrase. */
const certificateFile = z.strictObject({
  base64: z
    .string({ message: 'required' })
    .min(1, { message: 'required' })
    .max(1_000_000, { message: 'tooLong' })
    .regex(/^[A-Za-z0-9+/=\s]*$/, { message: 'invalid' }),
  passphrase: z.string({ message: 'invalid' }).max(200, { message: 'tooLong' }).default(''),
});

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
  'documents.trustList': read<TrustListView>()(z.strictObject({})),
  'documents.inspectCertificate': read<CertificateView[]>()(certificateFile),
  // Trust only by confirming the fingerprint: the clerk types or reads back what the other court gave.
  'documents.trust': write<TrustListView>()(
    certificateFile.extend({
      fingerprint: z
        .string({ message: 'required' })
        .min(1, { message: 'required' })
        .max(200, { message: 'tooLong' }),
      confirmedBy: z.enum(['file', 'fingerprint', 'package'], { message: 'enumInvalid' }),
      note: z.string({ message: 'invalid' }).max(500, { message: 'tooLong' }).default(''),
    }),
  ),
  'documents.distrust': write<TrustListView>()(
    z.strictObject({
      fingerprint: z
        .string({ message: 'required' })
        .min(1, { message: 'required' })
        .max(200, { message: 'tooLong' }),
    }),
  ),
} as const;

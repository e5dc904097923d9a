import { z } from 'zod';
import { revealInput } from '../../platform/documents/reveal';
import { read, write, job } from '../../platform/api/method';
import { id, isoDate, optionalText, requiredText } from '../../platform/api/schemas';
import type { DocumentExport } from '../documents/model';
import type {
  CaseTransfer,
  DebtorGroup,
  TransferChecklistView,
  TransferImportView,
  TransferPackageView,
  TransferVerifyView,
} from './model';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
export const transferFields = {
  transferDate: isoDate,
  decisionDate: isoDate.nullable().default(null),
  receivingCourt: optionalText(200),
  pendingMatters: optionalText(5000),
  legalDocument: optionalText(300),
};

// A package with its signed PDFs: up to 60 MB of zip travels as base64, like an import.
const packageBase64 = z
  .string({ message: 'required' })
  .max(80_000_000, { message: 'tooLong' })
  .regex(/^[A-Za-z0-9+/=\s]*$/, { message: 'invalid' });

export const transferContract = {
  'documents.statusAccount': job<DocumentExport>()(
    z.strictObject({ caseId: id, ...transferFields, ...revealInput }),
  ),
  'transfer.checklist': read<TransferChecklistView>()(
    z.strictObject({
      caseId: id,
      decisionDate: isoDate.nullable().default(null),
      asOf: isoDate.optional(),
      acknowledgeExpiring: z.boolean({ message: 'invalid' }).default(false),
    }),
  ),
  'transfer.export': write<TransferPackageView>()(
    z.strictObject({
      caseId: id,
      ...transferFields,
      asOf: isoDate.optional(),
      acknowledgeExpiring: z.boolean({ message: 'invalid' }).default(false),
    }),
  ),
  'transfer.verify': read<TransferVerifyView>()(z.strictObject({ base64: packageBase64 })),
  'transfer.import': write<TransferImportView>()(
    z.strictObject({
      base64: packageBase64,
      caseNumber: requiredText(64),
      court: optionalText(100),
      judge: optionalText(50),
      clerk: optionalText(50),
    }),
  ),
  'transfer.list': read<CaseTransfer[]>()(z.strictObject({ caseId: id })),
  'transfer.debtors': read<DebtorGroup[]>()(
    z.strictObject({
      asOf: isoDate.optional(),
      minCases: z
        .number({ message: 'invalid' })
        .int({ message: 'invalid' })
        .min(1, { message: 'invalid' })
        .max(100, { message: 'invalid' })
        .default(2),
    }),
  ),
} as const;

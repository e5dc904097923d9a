import { z } from 'zod';
import { revealInput } from '../../platform/documents/reveal';
import { read, write, job } from '../../platform/api/method';
import { code, id, isoDate, positiveAmountString, requiredText } from '../../platform/api/schemas';
import { settingsSchema } from '../../lib/interest/settings';
import type { CaseDetail } from '../cases/model';
import type { ComputeView, LedgerExport, ScenarioView } from './model';
import type { DocumentExport } from '../documents/model';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
const variant = z.strictObject({
  name: requiredText(100),
  payments: z
    .array(
      z.strictObject({
        id: code,
        date: isoDate.optional(),
        amount: positiveAmountString.optional(),
        removed: z.boolean().optional(),
      }),
    )
    .max(10_000)
    .optional(),
  settings: settingsSchema.optional(),
  asOf: isoDate.optional(),
});

export const ledgerContract = {
  'ledger.compute': read<ComputeView>()(
    z.strictObject({
      caseId: id,
      asOf: isoDate.optional(),
      trace: z.boolean().default(true),
      timeline: z.boolean().default(false),
      settings: settingsSchema.optional(),
    }),
  ),
  'ledger.updateSettings': write<CaseDetail>()(z.strictObject({ caseId: id, settings: settingsSchema })),
  'ledger.export': read<LedgerExport>()(z.strictObject({ caseId: id })),
  'ledger.import': write<CaseDetail>()(
    z.strictObject({ caseId: id, text: z.string().max(20_000_000, { message: 'tooLong' }) }),
  ),
  'ledger.scenarios': read<ScenarioView>()(
    z.strictObject({ caseId: id, asOf: isoDate.optional(), variants: z.array(variant).min(1).max(20) }),
  ),
  // reveal: identity and phone numbers shown in full for this one document; masked by default.
  'documents.statement': job<DocumentExport>()(
    z.strictObject({ caseId: id, asOf: isoDate.optional(), ...revealInput }),
  ),
} as const;

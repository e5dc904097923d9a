import { z } from 'zod';
import { read, write } from '../../platform/api/method';
import {
  id,
  isoDate,
  optionalText,
  paymentKind,
  positiveAmountString,
  requiredText,
} from '../../platform/api/schemas';
import { DEFAULT_PAYMENT_KIND } from '../../lib/interest/vocabulary';
import type { EntryApplyView, EntryDiffView, EntrySetView } from './model';
import { importFile } from '../imports/api';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
const entryLineFields = {
  date: isoDate,
  amount: positiveAmountString,
  kind: paymentKind.default(DEFAULT_PAYMENT_KIND),
  payer: optionalText(200),
  note: optionalText(500),
};

export const entrySetsContract = {
  // Double entry: two clerks' lists, their differences, each settled, then the agreed list applied.
  'entrySets.create': write<EntrySetView>()(
    z.strictObject({ caseId: id, clerk: requiredText(50), label: optionalText(100) }),
  ),
  'entrySets.list': read<EntrySetView[]>()(z.strictObject({ caseId: id })),
  'entrySets.addPayment': write<EntrySetView>()(z.strictObject({ setId: id, ...entryLineFields })),
  'entrySets.deletePayment': write<EntrySetView>()(z.strictObject({ id })),
  'entrySets.import': write<EntrySetView>()(
    z.strictObject({
      setId: id,
      fileName: importFile.fileName,
      base64: importFile.base64,
      mapping: importFile.mapping,
      sheet: importFile.sheet,
    }),
  ),
  'entrySets.diff': read<EntryDiffView>()(z.strictObject({ setA: id, setB: id })),
  'entrySets.resolve': write<EntryDiffView>()(
    z.strictObject({
      setA: id,
      setB: id,
      key: requiredText(100),
      choice: z.enum(['a', 'b', 'other'], { message: 'enumInvalid' }),
      value: z.strictObject(entryLineFields).nullable().optional(),
      reason: optionalText(500),
    }),
  ),
  'entrySets.apply': write<EntryApplyView>()(z.strictObject({ setA: id, setB: id })),
} as const;

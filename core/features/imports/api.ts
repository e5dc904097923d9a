import { z } from 'zod';
import { read, write } from '../../platform/api/method';
import { id, requiredText, text } from '../../platform/api/schemas';
import type { ImportBatch, ImportConfirmView, ImportPreviewView } from './model';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
const columnName = z.string({ message: 'invalid' }).max(200, { message: 'tooLong' }).nullable();

export const importFile = {
  caseId: id,
  fileName: requiredText(255),
  // 20 MB of file is 26.7 million base64 characters; the handler checks the decoded size exactly.
  base64: z.string({ message: 'invalid' }).max(28_000_000, { message: 'tooLong' }),
  mapping: z
    .strictObject({
      date: columnName.optional(),
      amount: columnName.optional(),
      payer: columnName.optional(),
      kind: columnName.optional(),
      note: columnName.optional(),
    })
    .optional(),
  sheet: text(100).optional(),
};

export const importsContract = {
  // Statement import: the file travels as base64; confirm parses it again, so nothing the renderer
  // computed is trusted. Mapping values are column names as listed by the preview.
  'imports.preview': read<ImportPreviewView>()(z.strictObject(importFile)),
  'imports.confirm': write<ImportConfirmView>()(
    z.strictObject({ ...importFile, rows: z.array(id).max(1_000_000).optional() }),
  ),
  'imports.list': read<ImportBatch[]>()(z.strictObject({ caseId: id })),
} as const;

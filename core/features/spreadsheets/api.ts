import { z } from 'zod';
import { read } from '../../platform/api/method';
import { id, isoDate } from '../../platform/api/schemas';
import type { SpreadsheetExport } from './model';

/**
 * This feature's methods in the one contract (core/platform/api/contract.ts). Reads: a workbook is a
 * working copy for the clerk, not a signed document, so nothing is registered or audited.
 */
export const spreadsheetsContract = {
  // 执行款对账表: obligations, payments with their allocation, allocation details, balances.
  'spreadsheets.ledger': read<SpreadsheetExport>()(z.strictObject({ caseId: id, asOf: isoDate.optional() })),
  // 和解协议履行计划 of one settlement.
  'spreadsheets.schedule': read<SpreadsheetExport>()(z.strictObject({ id })),
  // 财产分配方案 of one distribution plan: claims, classes, the computation.
  'spreadsheets.distribution': read<SpreadsheetExport>()(z.strictObject({ id })),
  // 查控措施台账 of a case.
  'spreadsheets.measures': read<SpreadsheetExport>()(
    z.strictObject({ caseId: id, asOf: isoDate.optional() }),
  ),
} as const;

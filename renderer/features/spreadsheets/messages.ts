import type { Catalogue } from '../../../core/lib/text';

/** The .xlsx buttons of the ledger, settlement, distribution and measures screens. */
export const messages = {
  'spreadsheet.ledger': { zh: '导出对账表（Excel）', en: 'Ledger to Excel' },
  'spreadsheet.schedule': { zh: '导出履行计划（Excel）', en: 'Schedule to Excel' },
  'spreadsheet.distribution': { zh: '导出分配方案（Excel）', en: 'Distribution plan to Excel' },
  'spreadsheet.measures': { zh: '导出措施台账（Excel）', en: 'Measures register to Excel' },
  'spreadsheet.saved': { zh: '已导出 {file}', en: 'Exported {file}' },
} as const satisfies Catalogue;

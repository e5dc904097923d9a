import type { HandlerContext, HandlerGroup } from '../../platform/api/handler';
import { writeXlsx, XLSX_MIME, type SheetSpec } from '../../lib/tables/xlsx-write';
import { loadCaseDetail } from '../cases/handlers/case-detail';
import { ledgerFeatureHandlers } from '../ledger/handlers';
import { measureHandlers } from '../measures/handlers';
import { settlementsHandlers } from '../settlements/handlers';
import { ledgerSheets } from './ledger-sheets';
import { measuresSheet } from './measures-sheet';
import { phrases } from './messages';
import type { SpreadsheetExport } from './model';
import { distributionSheets, scheduleSheet } from './settlement-sheets';

/**
 * Each workbook is made from the very view the screen shows (the other features' own read handlers),
 * so a figure in the spreadsheet is the figure on the screen.
 */
function workbook(ctx: HandlerContext, fileName: string, sheets: SheetSpec[]): SpreadsheetExport {
  const bytes = writeXlsx(sheets, ctx.now());
  return {
    fileName,
    mime: XLSX_MIME,
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.length })),
  };
}

const caseNumberOf = (ctx: HandlerContext, caseId: number) => loadCaseDetail(ctx.db, caseId).caseNumber;

export const spreadsheetsHandlers = {
  'spreadsheets.ledger': (ctx, { caseId, asOf }) => {
    const detail = loadCaseDetail(ctx.db, caseId);
    const result = ledgerFeatureHandlers['ledger.compute'](ctx, {
      caseId,
      trace: false,
      timeline: false,
      ...(asOf ? { asOf } : {}),
    });
    const p = phrases.ledger;
    return workbook(
      ctx,
      phrases.fileName(detail.caseNumber, p.what, p.suffix(result.asOf)),
      ledgerSheets({ caseNumber: detail.caseNumber, obligations: detail.obligations, result }),
    );
  },

  'spreadsheets.schedule': (ctx, { id }) => {
    const view = settlementsHandlers['settlements.get'](ctx, { id });
    const caseNumber = caseNumberOf(ctx, view.caseId);
    return workbook(ctx, phrases.fileName(caseNumber, phrases.schedule.what, view.title), [
      scheduleSheet(caseNumber, view),
    ]);
  },

  'spreadsheets.distribution': (ctx, { id }) => {
    const view = settlementsHandlers['distribution.get'](ctx, { id });
    const caseNumber = caseNumberOf(ctx, view.caseId);
    return workbook(
      ctx,
      phrases.fileName(caseNumber, phrases.distribution.what, view.title),
      distributionSheets(caseNumber, view),
    );
  },

  'spreadsheets.measures': (ctx, { caseId, asOf }) => {
    const caseNumber = caseNumberOf(ctx, caseId);
    const list = measureHandlers['measures.list'](ctx, { caseId, ...(asOf ? { asOf } : {}) });
    return workbook(
      ctx,
      phrases.fileName(caseNumber, phrases.measures.what, phrases.measures.suffix(list.asOf)),
      [measuresSheet(caseNumber, list)],
    );
  },
} satisfies HandlerGroup;

import { nextFreeCode } from '../../../platform/db/codes';
import {
  findImportsOfFile,
  getImportBatch,
  insertImportBatch,
  linkImportedPayment,
  listImportBatches,
  paymentsWithPayer,
} from '../store';
import { getPayment, insertPayment } from '../../cases/store/payments';
import type { ImportedPayment } from '..';
import { Decimal, ZERO } from '../../../lib/money/decimal';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { Payment } from '../../cases/model';
import { recordCreate, requireCase } from '../../cases/handlers/records';
import { assertNoRowErrors, importInvalid, readImportFile } from './import-file';
import { phrases, separators } from '../messages';

const NOTE_MAX = 500;

/** "付款人：张三；执行款〔导入#3 第 12 行〕": the source marker is kept whole, the free text shortened. */
function paymentNote(p: ImportedPayment, batchId: number, row: number): string {
  const source = phrases.noteSource(batchId, row);
  const text = [p.payer && phrases.notePayer(p.payer), p.note].filter(Boolean).join(phrases.noteSeparator);
  const room = NOTE_MAX - source.length;
  return (text.length > room ? text.slice(0, room - 1) + '…' : text) + source;
}

/** Codes p<n+1>, p<n+2>, … above every p-code of the case, asked once rather than per row. */
function codeSequence(ctx: HandlerContext, caseId: number): () => string {
  let n = Number(nextFreeCode(ctx.db, caseId, 'p').slice(1));
  return () => `p${n++}`;
}

export const importHandlers = {
  'imports.preview': (ctx, { caseId, fileName, ...file }) => {
    requireCase(ctx, caseId);
    const { preview, sha256 } = readImportFile(file, paymentsWithPayer(ctx.db, caseId));
    return { ...preview, fileName, sha256, previousImports: findImportsOfFile(ctx.db, caseId, sha256) };
  },

  'imports.confirm': (ctx, { caseId, fileName, rows: selected, ...file }) => {
    requireCase(ctx, caseId);
    const { preview, sha256 } = readImportFile(file, paymentsWithPayer(ctx.db, caseId));
    const known = new Set(preview.rows.map((r) => r.row));
    const unknown = (selected ?? []).filter((n) => !known.has(n));
    if (unknown.length)
      throw importInvalid(
        'rowsUnknown',
        'rowsUnknown',
        { list: { zh: unknown.join(separators.list.zh), en: unknown.join(separators.list.en) } },
        { rows: unknown },
      );
    const pick = selected && new Set(selected);
    // Refunds, closed trades and 不计收支 rows are shown, never imported: left out of "all rows",
    // refused when chosen by number.
    const skipped = preview.rows.filter((r) => r.skipped && pick?.has(r.row)).map((r) => r.row);
    if (skipped.length)
      throw importInvalid(
        'rowsSkipped',
        'rowsSkipped',
        { list: { zh: skipped.join(separators.list.zh), en: skipped.join(separators.list.en) } },
        { rows: skipped },
      );
    const chosen = pick
      ? preview.rows.filter((r) => pick.has(r.row))
      : preview.rows.filter((r) => !r.skipped);
    if (chosen.length === 0) throw importInvalid('noRows', 'noRowsSelected');
    assertNoRowErrors(chosen);

    const total = chosen.reduce((s, r) => s.plus(new Decimal(r.payment!.amount)), ZERO);
    const batchId = insertImportBatch(ctx.db, {
      caseId,
      fileName,
      sha256,
      format: preview.format,
      encoding: preview.encoding,
      layout: preview.layout,
      sheet: preview.sheet,
      mapping: preview.mapping,
      rowCount: preview.rows.length,
      importedCount: chosen.length,
      total: total.toFixed(2),
      importedBy: ctx.actor,
      importedAt: ctx.now(),
    });
    const nextCode = codeSequence(ctx, caseId);
    const payments: Payment[] = chosen.map(({ row, payment: p }) => {
      const id = insertPayment(ctx.db, caseId, {
        code: nextCode(),
        date: p!.date,
        amount: p!.amount,
        kind: p!.kind,
        note: paymentNote(p!, batchId, row),
      });
      linkImportedPayment(ctx.db, batchId, id, row, p!.payer);
      const payment = getPayment(ctx.db, id)!;
      recordCreate(ctx, 'payment', payment);
      return payment;
    });
    const batch = getImportBatch(ctx.db, batchId)!;
    recordCreate(ctx, 'importBatch', batch);
    return { batchId, imported: payments.length, batch, payments };
  },

  'imports.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listImportBatches(ctx.db, caseId);
  },
} satisfies HandlerGroup;

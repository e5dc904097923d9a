import { utf8Bytes } from '../../lib/tables/zip';
import { z } from 'zod';
import { insertSettlement, listSettlements } from './store';
import { getLock, listSignatures } from '../signatures/store';
import type { OtherProceedings } from '../transfer/document';
import { grouped } from '../ledger/document';
import type { PackageFile, VerifiedPackage } from '../transfer/handlers/package';
import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import { Decimal } from '../../lib/money/decimal';
import { project, type AgreementStatus } from './';
import type { HandlerContext } from '../../platform/api/handler';
import { acknowledgedSchema, clausesSchema, planItemSchema } from './model/fields';
import type { SettlementOrigin } from './model/views';
import { recordChange } from '../cases/handlers/records';
import { loadSettlement, trackedSettlement } from './handlers/settlements';
import {
  auditCarriedSignatures,
  carriedSignatures,
  carriedSignatureSchema,
  insertCarriedSignatures,
  parsedEntry,
} from '../transfer/handlers/carried';
import { settlementDocumentHandlers } from './handlers/documents';
import { messages, phrases } from './messages';

/**
 * Settlements in a cross-court transfer: what the 执行情况说明 says about them, what the
 * package carries (settlements.json with the signatures, and each concluded agreement as a freshly
 * generated signed PDF), and how the receiving installation takes them in — marked as made under the
 * original court, signatures and lock carried, read-only there.
 */

export const SETTLEMENTS_FILE = 'settlements.json';

const STATUS_ZH: Record<AgreementStatus, string> = phrases.agreementStatus;

const money = (amount: string) => phrases.reportAmount(grouped(amount), capitalAmount(amount));

/** Where a settlement's handwritten signatures stand, in the words of the 执行情况说明. */
function signingZh(ctx: HandlerContext, id: number): string {
  if (getLock(ctx.db, 'settlement', id)) return phrases.signingDone;
  const n = listSignatures(ctx.db, 'settlement', id).length;
  return n > 0 ? phrases.signingUnderWay(n) : phrases.signingNone;
}

/** The 执行情况说明's 「执行和解及履行情况」 section: each settlement, its status as tracking computes it. */
export function settlementProceedings(
  ctx: HandlerContext,
  caseId: number,
  asOf: string,
): NonNullable<OtherProceedings['settlements']> {
  return listSettlements(ctx.db, caseId).map((r, i) => {
    const title = phrases.proceedingTitle(i + 1, r.title, r.origin ? r.origin.court : null);
    if (r.status === 'draft') {
      const p = project(r.acknowledged, r.items);
      return {
        title,
        date: r.acknowledged.asOf,
        status: phrases.draftStatus,
        detail: phrases.draftDetail(title, money(p.agreedTotal), money(p.planned)),
      };
    }
    const { projection, tracking } = trackedSettlement(ctx, r, asOf);
    const breach = tracking.firstBreach
      ? phrases.breach(tracking.firstBreach.seq, chineseDate(tracking.firstBreach.date))
      : '';
    return {
      title,
      date: r.concludedOn ?? r.acknowledged.asOf,
      status: phrases.concludedStatus(STATUS_ZH[tracking.status], signingZh(ctx, r.id)),
      detail: phrases.concludedDetail({
        title,
        total: money(projection.agreedTotal),
        asOf: chineseDate(asOf),
        paid: money(tracking.paid),
        outstanding: money(tracking.outstanding),
        breach,
        status: STATUS_ZH[tracking.status],
      }),
    };
  });
}

/** settlements.json and each concluded agreement as a signed PDF made now (with its handwritten signatures). */
export function settlementPackageFiles(ctx: HandlerContext, caseId: number, asOf: string): PackageFile[] {
  const records = listSettlements(ctx.db, caseId);
  if (records.length === 0) return [];
  const carried = records.map((r) => {
    const performance =
      r.status === 'concluded'
        ? (({ tracking }) => ({
            asOf,
            status: tracking.status,
            paid: tracking.paid,
            outstanding: tracking.outstanding,
          }))(trackedSettlement(ctx, r, asOf))
        : null;
    const { caseId: _caseId, ...rest } = r;
    return {
      ...rest,
      ...carriedSignatures(ctx, 'settlement', r.id),
      performance,
    };
  });
  const files: PackageFile[] = [
    {
      path: SETTLEMENTS_FILE,
      kind: 'settlements',
      bytes: utf8Bytes(JSON.stringify(carried, null, 2) + '\n'),
    },
  ];
  for (const r of records) {
    if (r.status !== 'concluded') continue;
    const doc = settlementDocumentHandlers['documents.agreement'](ctx, { settlementId: r.id });
    files.push({
      path: `documents/settlement-${r.id}/${doc.fileName}`,
      kind: 'agreement',
      bytes: Buffer.from(doc.base64, 'base64'),
    });
  }
  return files;
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const signatureSchema = carriedSignatureSchema();

const settlementFileSchema = z
  .array(
    z
      .object({
        id: z.number().int(),
        title: text(200),
        status: z.enum(['draft', 'concluded']),
        concludedOn: day.nullable(),
        acknowledged: acknowledgedSchema,
        items: z.array(planItemSchema).max(100),
        clauses: clausesSchema,
        origin: z
          .object({ court: text(200), caseNumber: text(100) })
          .nullable()
          .optional(),
        signatures: z.array(signatureSchema).max(100),
        locked: z.object({ at: text(40), actor: text(200) }).nullable(),
      })
      .superRefine((x, issue) => {
        const bad = (message: string) => issue.addIssue({ code: 'custom', message });
        // The package's error carries one text for both languages: the court's.
        if (x.status === 'concluded' && x.concludedOn === null) bad(messages.importNoConcludedOn.zh);
        if (new Decimal(x.acknowledged.delayWaived).greaterThan(x.acknowledged.delayInterest))
          bad(messages.importWaivedTooMuch.zh);
        if (new Set(x.signatures.map((s) => s.signerKey)).size !== x.signatures.length)
          bad(messages.importDuplicateSigner.zh);
      }),
  )
  .max(1000);

/**
 * Takes in the package's settlements (absent in packages made before settlements travelled: none). Each is
 * marked as made under the original court (or the court it was made under, when it had travelled before),
 * with its signatures and lock as they were. Runs inside transfer.import's one transaction: a bad entry
 * throws IMPORT_INVALID and nothing at all is written.
 */
export function importSettlements(
  ctx: HandlerContext,
  pkg: VerifiedPackage,
  caseId: number,
  original: SettlementOrigin,
): number {
  const settlements = parsedEntry(pkg, SETTLEMENTS_FILE, settlementFileSchema);
  if (!settlements) return 0;
  const at = ctx.now();
  for (const x of settlements) {
    const origin = x.origin ?? original;
    const id = insertSettlement(
      ctx.db,
      caseId,
      {
        title: x.title,
        status: x.status,
        concludedOn: x.concludedOn,
        acknowledged: x.acknowledged,
        items: x.items,
        clauses: x.clauses,
      },
      at,
      origin,
    );
    insertCarriedSignatures(ctx, 'settlement', id, x);
    recordChange(ctx, {
      entity: 'settlement',
      entityId: id,
      action: 'create',
      before: null,
      after: {
        ...loadSettlement(ctx.db, id),
        originalId: x.id,
        signatures: x.signatures.length,
        locked: x.locked !== null,
      },
      caseId,
    });
    auditCarriedSignatures(ctx, 'settlement', id, origin, x.signatures, at);
  }
  return settlements.length;
}

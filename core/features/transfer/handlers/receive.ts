import { z } from 'zod';
import { findCaseId } from '../../cases/store/cases';
import { insertMeasure, releaseMeasure, getMeasure } from '../../measures/store';
import { insertTransfer, markPaymentsTransferred } from '../store';
import { PACKAGE_LIMITS, PackageError, readPackage, type VerifiedPackage } from './package';
import { unzippedInput, unzipsAhead } from '../../../platform/api/unzip-ahead';
import { groupedFingerprint } from '../../../platform/documents/certificate';
import type { HandlerContext } from '../../../platform/api/handler';
import { certificateView, trustCheck } from '../../documents/handlers/trust';
import { MAX_TERM_MONTHS, MEASURE_KINDS } from '../../measures/rules';
import { phrases } from '../messages';
import { contract } from '../../../platform/api/contract';
import { AppError, duplicate } from '../../../platform/api/errors';
import type { HandlerGroup } from '../../../platform/api/handler';
import type { TransferImportView, TransferVerifyView } from '../model';
import type { ParsedInputOf } from '../../../platform/api/contract';
import { createCase } from '../../cases/handlers/cases';
import { recordChange, recordCreate } from '../../cases/handlers/records';
import { ledgerHandlers } from '../../ledger/handlers/ledger';
import { partyHandlers } from '../../cases/handlers/parties';
import { importSettlements } from '../../settlements/transfer';
import { entryRefused, invalidEntry, issueText } from './carried';
import { importHearings } from '../../hearings/transfer';
import { computeOn } from './account';

/**
 * The receiving side: a package verified (signature, manifest, every hash) before anything is read from
 * it, then taken in as a new case of this court with its ledger, measures, hearings and settlements.
 */

function packageRefused(error: unknown): never {
  if (error instanceof PackageError) {
    const c = error.certificate;
    // The certificate travels with a refusal about its signer, so the clerk can check and trust it.
    const certificate = c && { ...certificateView(c), base64: c.der.toString('base64') };
    throw new AppError(
      'IMPORT_INVALID',
      'transfer.packageRefused',
      { problem: { zh: error.problem.zh, en: error.problem.en } },
      { entry: error.problem.entry, ...(certificate ? { certificate } : {}) },
    );
  }
  throw error;
}

const packageBytes = (input: { base64: string }) => Buffer.from(input.base64, 'base64');

/** The package checked against this desk's trusted list; unzipped ahead in a worker when a host called. */
function verified(ctx: HandlerContext, input: { base64: string }): VerifiedPackage {
  try {
    const { bytes, result } = unzippedInput(input, () => packageBytes(input), PACKAGE_LIMITS);
    return readPackage(bytes, trustCheck(ctx.db, ctx.dataDir), result);
  } catch (error) {
    return packageRefused(error);
  }
}

const ahead = { bytesOf: packageBytes, limits: PACKAGE_LIMITS };

const caseFileSchema = z.object({
  caseNumber: z.string(),
  title: z.string(),
  court: z.string(),
  parties: z.array(z.unknown()).max(1000),
});

const measureFileSchema = z.array(
  z.object({
    id: z.number().int(),
    kind: z.enum(MEASURE_KINDS),
    object: z.string().min(1).max(500),
    rulingNumber: z.string().max(100),
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    termMonths: z.number().int().min(1).max(MAX_TERM_MONTHS).nullable(),
    statedExpiry: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    renewsId: z.number().int().nullable(),
    releasedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    releaseNote: z.string().max(500),
    note: z.string().max(500),
    originCourt: z.string().max(200).optional(),
  }),
);

function text(pkg: VerifiedPackage, path: string): string {
  const bytes = pkg.files.get(path);
  if (!bytes) throw invalidEntry(path, 'transfer.entryMissing');
  return Buffer.from(bytes).toString('utf8');
}

function parsed<T>(pkg: VerifiedPackage, path: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text(pkg, path));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalidEntry(path, 'transfer.notJson');
  }
  const result = schema.safeParse(value);
  if (!result.success) throw entryRefused(path, issueText(result.error.issues[0], 'transfer.badShape'));
  return result.data;
}

export const receiveHandlers = {
  'transfer.verify': unzipsAhead((ctx: HandlerContext, input: { base64: string }): TransferVerifyView => {
    const pkg = verified(ctx, input);
    return {
      ok: true,
      signer: pkg.signer,
      subject: pkg.subject,
      fingerprint: pkg.fingerprint,
      groupedFingerprint: groupedFingerprint(pkg.fingerprint),
      originalCaseNumber: pkg.manifest.original.caseNumber,
      originalCourt: pkg.manifest.original.court,
      unrealised: pkg.manifest.unrealised,
      transferDate: pkg.manifest.transfer.transferDate,
      entries: pkg.manifest.entries.map(({ path, sha256, size }) => ({ path, sha256, size })),
    };
  }, ahead),

  // Verified first; then everything is written in this call's one transaction, so a failure writes nothing.
  'transfer.import': unzipsAhead(
    (ctx: HandlerContext, input: ParsedInputOf<'transfer.import'>): TransferImportView => {
      const { caseNumber, court, judge, clerk } = input;
      const pkg = verified(ctx, input);
      const m = pkg.manifest;
      if (findCaseId(ctx.db, caseNumber) !== undefined)
        throw duplicate('transfer.caseNumberTaken', { caseNumber }, { field: 'caseNumber' });
      const info = parsed(pkg, 'case.json', caseFileSchema);
      const measures = parsed(pkg, 'measures.json', measureFileSchema);
      const created = createCase(ctx, {
        caseNumber,
        title: info.title,
        court,
        judge,
        clerk,
        asOf: m.transfer.transferDate,
      });
      const caseId = created.id;
      for (const raw of info.parties) {
        const party = contract['parties.add'].input.safeParse({ caseId, ...(raw as object) });
        if (!party.success) throw invalidEntry('case.json', 'transfer.partiesInvalid');
        partyHandlers['parties.add'](ctx, party.data);
      }
      ledgerHandlers['ledger.import'](ctx, { caseId, text: text(pkg, 'ledger.json') });
      markPaymentsTransferred(
        ctx.db,
        caseId,
        phrases.realisedByOriginalCourt(m.original.court || m.original.caseNumber),
      );
      // Chains keep their links: parents first (ids ascending), old id -> new id.
      const ids = new Map<number, number>();
      for (const x of [...measures].sort((a, b) => a.id - b.id)) {
        const renewsId = x.renewsId === null ? null : (ids.get(x.renewsId) ?? null);
        if (x.renewsId !== null && renewsId === null)
          throw invalidEntry('measures.json', 'transfer.renewedMeasureMissing', { id: x.id });
        if (x.statedExpiry !== null && x.statedExpiry < x.startDate)
          throw invalidEntry('measures.json', 'transfer.expiryBeforeStart', { id: x.id });
        const id = insertMeasure(
          ctx.db,
          caseId,
          {
            kind: x.kind,
            object: x.object,
            rulingNumber: x.rulingNumber,
            startDate: x.startDate,
            termMonths: x.termMonths,
            statedExpiry: x.statedExpiry,
            note: x.note,
          },
          ctx.now(),
          { renewsId, origin: 'transferred', originCourt: x.originCourt ?? m.original.court },
        );
        if (x.releasedOn !== null) releaseMeasure(ctx.db, id, x.releasedOn, x.releaseNote, ctx.now());
        ids.set(x.id, id);
        recordCreate(ctx, 'measure', getMeasure(ctx.db, id)!);
      }
      const settlements = importSettlements(ctx, pkg, caseId, {
        court: m.original.court,
        caseNumber: m.original.caseNumber,
      });
      // Hearings: the original court's records, read-only here (core/features/hearings/transfer.ts).
      importHearings(ctx, pkg, caseId, { court: m.original.court, caseNumber: m.original.caseNumber });
      const records = {
        reconciliation: JSON.parse(text(pkg, 'reconciliation.json')) as unknown,
        exports: JSON.parse(text(pkg, 'exports.json')) as unknown,
        documents: m.entries.filter((e) => e.path.startsWith('documents/')),
      };
      const transferId = insertTransfer(ctx.db, {
        caseId,
        direction: 'in',
        originalCaseNumber: m.original.caseNumber,
        originalCourt: m.original.court,
        receivingCourt: m.transfer.receivingCourt,
        decisionDate: m.transfer.decisionDate,
        transferDate: m.transfer.transferDate,
        unrealised: m.unrealised,
        packageSha256: pkg.sha256,
        signer: pkg.signer,
        signerFingerprint: pkg.fingerprint,
        debtorName: m.debtor.name,
        debtorIdNumber: m.debtor.idNumber,
        at: ctx.now(),
        manifestJson: JSON.stringify(m),
        recordsJson: JSON.stringify(records),
      });
      // The engine on the carried ledger, as of the transfer date: must give the original figures.
      const view = computeOn(ctx, caseId, m.transfer.transferDate);
      const figuresMatch = view.balances.total === m.unrealised;
      recordChange(ctx, {
        entity: 'transfer',
        entityId: transferId,
        action: 'create',
        before: null,
        after: {
          direction: 'in',
          sha256: pkg.sha256,
          from: m.original,
          unrealised: m.unrealised,
          recomputed: view.balances.total,
        },
        caseId,
      });
      return {
        caseId,
        caseNumber,
        transferId,
        unrealised: m.unrealised,
        recomputed: view.balances.total,
        figuresMatch,
        measures: measures.length,
        settlements,
        signer: pkg.signer,
        fingerprint: pkg.fingerprint,
      };
    },
    ahead,
  ),
} satisfies HandlerGroup;

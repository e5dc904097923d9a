import { utf8Bytes } from '../../../lib/tables/zip';
import { insertExport, listExports } from '../../../platform/db/exports';
import { listMeasures } from '../../measures/store';
import { listLprAdditions } from '../../rates/store';
import { listSessions } from '../../recon/store';
import { incomingTransfer, insertTransfer, listTransfers, respondents } from '../store';
import { buildPackage, type PackageFile } from './package';
import { Decimal } from '../../../lib/money/decimal';
import { blocked, transferDeadline } from '../checklist';
import { PACKAGE_FORMAT, PACKAGE_VERSION } from '../manifest';
import { phrases } from '../messages';
import { AppError } from '../../../platform/api/errors';
import { exportJob, runPlan, signingIdentity } from '../../../platform/api/export-job';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { DebtorGroup } from '../model';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { recordChange, requireCase } from '../../cases/handlers/records';
import { statementHandlers } from '../../ledger/handlers/statement';
import { ledgerHandlers } from '../../ledger/handlers/ledger';
import { measureView, todayOf } from '../../measures/handlers';
import { reconciliationHandlers } from '../../recon/handlers/sessions';
import { settlementPackageFiles } from '../../settlements/transfer';
import { hearingPackageFiles } from '../../hearings/transfer';
import { checklistOf, computeOn, firstRespondent, statusAccountPlan } from './account';

/**
 * The sending side of a cross-court transfer: the 执行情况说明 as a document, the pre-export checklist,
 * the signed transfer package; and the cases held against one debtor (集中执行).
 */

/**
 * The spot for more files in the transfer package: hearing records, settlements and their attachments
 * (other areas). Each file is listed in the manifest with its hash like the rest; paths must be unique.
 */
export function otherPackageFiles(ctx: HandlerContext, caseId: number, asOf: string): PackageFile[] {
  return [...hearingPackageFiles(ctx, caseId), ...settlementPackageFiles(ctx, caseId, asOf)];
}

const json = (value: unknown): Uint8Array => utf8Bytes(JSON.stringify(value, null, 2) + '\n');
export const transferHandlers = {
  // An export job (../export-job.ts): laid out in a worker under the hosts.
  'documents.statusAccount': exportJob<'documents.statusAccount'>(
    (ctx, { caseId, ...o }) => statusAccountPlan(ctx, caseId, o).plan,
  ),

  'transfer.checklist': (ctx, { caseId, decisionDate, asOf, acknowledgeExpiring }) => {
    requireCase(ctx, caseId);
    const today = asOf ?? todayOf(ctx);
    const items = checklistOf(ctx, caseId, decisionDate, today, acknowledgeExpiring);
    return {
      asOf: today,
      deadline: decisionDate ? transferDeadline(decisionDate) : null,
      items,
      blocked: blocked(items),
    };
  },

  'transfer.export': (ctx, { caseId, asOf, acknowledgeExpiring, ...o }) => {
    const detail = loadCaseDetail(ctx.db, caseId);
    const today = asOf ?? todayOf(ctx);
    const checklist = checklistOf(ctx, caseId, o.decisionDate, today, acknowledgeExpiring);
    if (blocked(checklist)) {
      const first = checklist.find((i) => i.level === 'block')!;
      throw new AppError(
        'CONFLICT',
        'transfer.checklistBlocks',
        { item: { zh: first.zh, en: first.en } },
        { items: checklist },
      );
    }
    const { plan, view } = statusAccountPlan(ctx, caseId, o);
    const account = runPlan(ctx, plan);
    const statement = statementHandlers['documents.statement'](ctx, { caseId, asOf: o.transferDate });
    const ledgerFile = ledgerHandlers['ledger.export'](ctx, { caseId });
    const measures = listMeasures(ctx.db, caseId).map((r) => ({
      ...measureView(ctx.db, r, o.transferDate),
      originCourt: r.origin === 'transferred' ? r.originCourt : detail.court,
    }));
    const sessions = listSessions(ctx.db, caseId).map((s) =>
      reconciliationHandlers['recon.get'](ctx, { sessionId: s.id }),
    );
    const files: PackageFile[] = [
      {
        path: 'case.json',
        kind: 'case',
        bytes: json({
          caseNumber: detail.caseNumber,
          title: detail.title,
          court: detail.court,
          judge: detail.judge,
          clerk: detail.clerk,
          parties: detail.parties.map(({ id: _id, caseId: _c, ...p }) => p),
        }),
      },
      { path: 'ledger.json', kind: 'ledger', bytes: utf8Bytes(ledgerFile.text) },
      { path: 'measures.json', kind: 'measures', bytes: json(measures) },
      { path: 'reconciliation.json', kind: 'reconciliation', bytes: json(sessions) },
      { path: 'exports.json', kind: 'exportRegister', bytes: json(listExports(ctx.db, caseId)) },
      { path: 'rates.json', kind: 'lprAdditions', bytes: json(listLprAdditions(ctx.db)) },
      {
        path: `documents/${account.fileName}`,
        kind: 'statusAccount',
        bytes: Buffer.from(account.base64, 'base64'),
      },
      {
        path: `documents/${statement.fileName}`,
        kind: 'statement',
        bytes: Buffer.from(statement.base64, 'base64'),
      },
      ...otherPackageFiles(ctx, caseId, o.transferDate),
    ];
    const at = ctx.now();
    const identity = signingIdentity(ctx, detail.court);
    const debtor = firstRespondent(ctx, caseId);
    const built = buildPackage(
      files,
      {
        format: PACKAGE_FORMAT,
        version: PACKAGE_VERSION,
        createdAt: at,
        original: { caseNumber: detail.caseNumber, court: detail.court, title: detail.title },
        transfer: {
          decisionDate: o.decisionDate,
          transferDate: o.transferDate,
          receivingCourt: o.receivingCourt,
          pendingMatters: o.pendingMatters,
        },
        balances: view.balances,
        unrealised: view.balances.total,
        debtor,
      },
      identity,
    );
    const safe = detail.caseNumber.replace(/[\\/:*?"<>|\s]+/g, '_');
    const fileName = phrases.packageFileName(safe);
    const record = insertExport(ctx.db, {
      kind: 'transferPackage',
      caseId,
      sha256: built.sha256,
      signer: identity.commonName,
      at,
      fileName,
    });
    const transferId = insertTransfer(ctx.db, {
      caseId,
      direction: 'out',
      originalCaseNumber: detail.caseNumber,
      originalCourt: detail.court,
      receivingCourt: o.receivingCourt,
      decisionDate: o.decisionDate,
      transferDate: o.transferDate,
      unrealised: view.balances.total,
      packageSha256: built.sha256,
      signer: identity.commonName,
      signerFingerprint: identity.fingerprint,
      debtorName: debtor.name,
      debtorIdNumber: debtor.idNumber,
      at,
      manifestJson: JSON.stringify(built.manifest),
      recordsJson: '{}',
    });
    recordChange(ctx, {
      entity: 'transfer',
      entityId: transferId,
      action: 'create',
      before: null,
      after: {
        direction: 'out',
        exportId: record.id,
        sha256: built.sha256,
        unrealised: view.balances.total,
        checklist,
      },
      caseId,
    });
    return {
      fileName,
      base64: Buffer.from(built.bytes).toString('base64'),
      sha256: built.sha256,
      unrealised: view.balances.total,
      entries: built.manifest.entries.map(({ path, sha256, size }) => ({ path, sha256, size })),
      checklist,
    };
  },

  'transfer.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listTransfers(ctx.db, caseId);
  },

  // 集中执行: the cases held here against one debtor (same name and id number), with what each still owes.
  'transfer.debtors': (ctx, { asOf, minCases }) => {
    const day = asOf ?? todayOf(ctx);
    const groups = new Map<string, { name: string; idNumber: string; caseIds: Set<number> }>();
    for (const r of respondents(ctx.db)) {
      const key = `${r.name}\u0000${r.idNumber}`;
      const g = groups.get(key) ?? { name: r.name, idNumber: r.idNumber, caseIds: new Set<number>() };
      g.caseIds.add(r.caseId);
      groups.set(key, g);
    }
    const out: DebtorGroup[] = [];
    for (const g of groups.values()) {
      if (g.caseIds.size < minCases) continue;
      const cases = [...g.caseIds].map((caseId) => {
        const detail = loadCaseDetail(ctx.db, caseId);
        const incoming = incomingTransfer(ctx.db, caseId);
        let unrealised: string | null = null;
        try {
          unrealised = computeOn(ctx, caseId, day).balances.total;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
        }
        return {
          caseId,
          caseNumber: detail.caseNumber,
          court: detail.court,
          originalCaseNumber: incoming?.originalCaseNumber ?? null,
          originalCourt: incoming?.originalCourt ?? null,
          applicants: detail.parties.filter((p) => p.role === 'applicant').map((p) => p.name),
          unrealised,
          transferDate: incoming?.transferDate ?? null,
        };
      });
      const total = cases.reduce(
        (s, c) => (c.unrealised === null ? s : s.plus(c.unrealised)),
        new Decimal(0),
      );
      out.push({
        debtorName: g.name,
        debtorIdNumber: g.idNumber,
        asOf: day,
        cases,
        totalUnrealised: total.toFixed(2),
        incomplete: cases.some((c) => c.unrealised === null),
      });
    }
    return out.sort(
      (a, b) => b.cases.length - a.cases.length || a.debtorName.localeCompare(b.debtorName, 'zh'),
    );
  },
} satisfies HandlerGroup;

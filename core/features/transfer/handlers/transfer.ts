import { utf8Bytes as strToU8 } from '../../../lib/tables/zip';
import { z } from 'zod';
import { findCaseId } from '../../cases/store/cases';
import { insertExport, listExports } from '../../../platform/db/exports';
import { insertMeasure, listMeasures, releaseMeasure, getMeasure } from '../../measures/store';
import { listLprAdditions } from '../../rates/store';
import { listSessions } from '../../recon/store';
import {
  incomingTransfer,
  insertTransfer,
  listTransfers,
  markPaymentsTransferred,
  respondents,
} from '../store';
import { statusAccountModel, type OtherProceedings } from '../document';
import { disclose, disclosureAudit, documentParty } from '../../../platform/documents/privacy';
import { buildPackage, PackageError, readPackage, type PackageFile, type VerifiedPackage } from './package';
import { Decimal } from '../../../lib/money/decimal';
import { blocked, transferChecklist, transferDeadline } from '../checklist';
import { PACKAGE_FORMAT, PACKAGE_VERSION } from '../manifest';
import { MAX_TERM_MONTHS, MEASURE_KINDS } from '../../measures/rules';
import { contract } from '../../../platform/api/contract';
import { AppError, duplicate } from '../../../platform/api/errors';
import {
  exportJob,
  registeredExport,
  runPlan,
  signingIdentity,
  type ExportPlan,
} from '../../../platform/api/export-job';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { ComputeView } from '../../ledger/model';
import type { DocumentExport } from '../../documents/model';
import type { DebtorGroup, Measure, TransferVerifyView } from '../model';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { createCase } from '../../cases/handlers/cases';
import { recordChange, recordCreate, requireCase } from '../../cases/handlers/records';
import { statementHandlers } from '../../ledger/handlers/statement';
import { ledgerHandlers } from '../../ledger/handlers/ledger';
import { measureView, todayOf } from '../../measures/handlers';
import { partyHandlers } from '../../cases/handlers/parties';
import { reconciliationHandlers } from '../../recon/handlers/sessions';
import { importSettlements, settlementPackageFiles, settlementProceedings } from '../../settlements/transfer';
import { invalidEntry } from './carried';
import { hearingPackageFiles, hearingProceedings, importHearings } from '../../hearings/transfer';

/**
 * Cross-court transfer (issue 9): 执行情况说明, the pre-export checklist, the signed transfer package, its
 * verification and import on another installation, and the cases held against one debtor (集中执行).
 */

const STATUS_ZH: Record<Measure['status'], string> = {
  inForce: '有效',
  expiring: '即将到期',
  expired: '已到期',
  released: '已解除',
  renewed: '已续行',
};

const SESSION_ZH: Record<string, string> = {
  DRAFT: '准备中',
  IN_SESSION: '对账中',
  PAUSED: '已暂停',
  AWAITING_SIGNATURES: '待签名',
  SIGNED: '已签名',
};

/**
 * The spot for hearings (听证) and settlements (执行和解), built in other areas: their summaries for the
 * case (as of the transfer date) and the 执行情况说明 prints them in their own sections.
 */
export function collectOtherProceedings(ctx: HandlerContext, caseId: number, asOf: string): OtherProceedings {
  return {
    hearings: hearingProceedings(ctx, caseId),
    settlements: settlementProceedings(ctx, caseId, asOf),
  };
}

/**
 * The spot for more files in the transfer package: hearing records, settlements and their attachments
 * (other areas). Each file is listed in the manifest with its hash like the rest; paths must be unique.
 */
export function otherPackageFiles(ctx: HandlerContext, caseId: number, asOf: string): PackageFile[] {
  return [...hearingPackageFiles(ctx, caseId), ...settlementPackageFiles(ctx, caseId, asOf)];
}

function computeOn(ctx: HandlerContext, caseId: number, asOf: string): ComputeView {
  return ledgerHandlers['ledger.compute'](ctx, { caseId, asOf, trace: false, timeline: false });
}

/** The measures that matter on `day`: heads of chains, neither renewed nor released. */
function liveMeasures(ctx: HandlerContext, caseId: number, day: string): Measure[] {
  return listMeasures(ctx.db, caseId)
    .map((r) => measureView(ctx.db, r, day))
    .filter((m) => m.status !== 'renewed' && m.status !== 'released');
}

type AccountOptions = {
  transferDate: string;
  decisionDate: string | null;
  receivingCourt: string;
  pendingMatters: string;
  legalDocument: string;
  /** Identity and phone numbers in full in this one document (issue 8); masked when absent. */
  reveal?: boolean;
};

function firstRespondent(ctx: HandlerContext, caseId: number) {
  const p = loadCaseDetail(ctx.db, caseId).parties.find((x) => x.role === 'respondent');
  return { name: p?.name ?? '', idNumber: p?.idNumber ?? '' };
}

/**
 * The 执行情况说明 as an export plan (../export-job.ts): read and modelled here, then signed, registered
 * and audited by registeredExport; the engine's figures come with it.
 */
function statusAccountPlan(
  ctx: HandlerContext,
  caseId: number,
  o: AccountOptions,
): { plan: ExportPlan<DocumentExport>; view: ComputeView } {
  const detail = loadCaseDetail(ctx.db, caseId);
  const view = computeOn(ctx, caseId, o.transferDate);
  const ledger = JSON.parse(ledgerHandlers['ledger.export'](ctx, { caseId }).text) as Parameters<
    typeof statusAccountModel
  >[0]['ledger'];
  const at = ctx.now();
  const model = statusAccountModel({
    court: detail.court,
    caseNumber: detail.caseNumber,
    title: detail.title,
    parties: detail.parties.map((p) =>
      documentParty(
        { role: p.role, name: p.name, ...(p.representative ? { representative: p.representative } : {}) },
        o.reveal ?? false,
      ),
    ),
    ...(o.legalDocument ? { legalDocument: o.legalDocument } : {}),
    ledger,
    result: view,
    transfer: {
      decisionDate: o.decisionDate,
      transferDate: o.transferDate,
      receivingCourt: o.receivingCourt,
    },
    measures: liveMeasures(ctx, caseId, o.transferDate).map((m) => ({
      kind: m.kind,
      object: m.object,
      rulingNumber: m.rulingNumber,
      startDate: m.startDate,
      expiresOn: m.expiresOn,
      statusZh: STATUS_ZH[m.status],
    })),
    sessions: listSessions(ctx.db, caseId).map((s) => ({
      id: s.id,
      stateZh: SESSION_ZH[s.state] ?? s.state,
      createdAt: s.createdAt.slice(0, 10),
      outcome: s.outcome
        ? s.outcome.agreedTotal !== null
          ? `双方确认余额 ${s.outcome.agreedTotal} 元`
          : `法院认定余额 ${s.outcome.courtTotal} 元（争议 ${s.outcome.disputed.length} 项）`
        : '—',
    })),
    other: collectOtherProceedings(ctx, caseId, o.transferDate),
    pendingMatters: disclose(o.pendingMatters, o.reveal ?? false),
    issuedOn: at.slice(0, 10),
  });
  const plan = registeredExport(ctx, {
    model,
    kind: 'statusAccount',
    caseId,
    court: detail.court,
    suffix: `截至${o.transferDate}`,
    audit: {
      transferDate: o.transferDate,
      unrealised: view.balances.total,
      ...disclosureAudit(o.reveal ?? false),
    },
  });
  return { plan, view };
}

function checklistOf(
  ctx: HandlerContext,
  caseId: number,
  decisionDate: string | null,
  today: string,
  acknowledgeExpiring: boolean,
) {
  return transferChecklist({
    measures: liveMeasures(ctx, caseId, today).map((m) => ({
      id: m.id,
      kind: m.kind,
      object: m.object,
      expiresOn: m.expiresOn,
      state: { status: m.status, daysLeft: m.daysLeft },
    })),
    sessions: listSessions(ctx.db, caseId).map((s) => ({ id: s.id, state: s.state })),
    decisionDate,
    today,
    acknowledgeExpiring,
  });
}

const json = (value: unknown): Uint8Array => strToU8(JSON.stringify(value, null, 2) + '\n');

function packageRefused(error: unknown): never {
  if (error instanceof PackageError)
    throw new AppError(
      'IMPORT_INVALID',
      `移送案卷包未通过核验：${error.problem.zh}`,
      `package refused: ${error.problem.en}`,
      {
        entry: error.problem.entry,
      },
    );
  throw error;
}

function verified(base64: string): VerifiedPackage {
  try {
    return readPackage(Buffer.from(base64, 'base64'));
  } catch (error) {
    return packageRefused(error);
  }
}

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
  if (!bytes) throw invalidEntry(path, '缺少此文件');
  return Buffer.from(bytes).toString('utf8');
}

function parsed<T>(pkg: VerifiedPackage, path: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text(pkg, path));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalidEntry(path, '不是有效的 JSON');
  }
  const result = schema.safeParse(value);
  if (!result.success) throw invalidEntry(path, result.error.issues[0]?.message ?? '格式不符');
  return result.data;
}

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
        `移送前检查未通过：${first.zh}`,
        `the checklist blocks the export: ${first.en}`,
        {
          items: checklist,
        },
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
      { path: 'ledger.json', kind: 'ledger', bytes: strToU8(ledgerFile.text) },
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
    const fileName = `${safe} 移送案卷包.zip`;
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

  'transfer.verify': (_ctx, { base64 }): TransferVerifyView => {
    const pkg = verified(base64);
    return {
      ok: true,
      signer: pkg.signer,
      fingerprint: pkg.fingerprint,
      originalCaseNumber: pkg.manifest.original.caseNumber,
      originalCourt: pkg.manifest.original.court,
      unrealised: pkg.manifest.unrealised,
      transferDate: pkg.manifest.transfer.transferDate,
      entries: pkg.manifest.entries.map(({ path, sha256, size }) => ({ path, sha256, size })),
    };
  },

  // Verified first; then everything is written in this call's one transaction, so a failure writes nothing.
  'transfer.import': (ctx, { base64, caseNumber, court, judge, clerk }) => {
    const pkg = verified(base64);
    const m = pkg.manifest;
    if (findCaseId(ctx.db, caseNumber) !== undefined)
      throw duplicate(
        `案号 ${caseNumber} 已存在，请填写本院新立案件的案号`,
        `case number ${caseNumber} already exists`,
        {
          field: 'caseNumber',
        },
      );
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
      if (!party.success) throw invalidEntry('case.json', '当事人信息不符合要求');
      partyHandlers['parties.add'](ctx, party.data);
    }
    ledgerHandlers['ledger.import'](ctx, { caseId, text: text(pkg, 'ledger.json') });
    markPaymentsTransferred(
      ctx.db,
      caseId,
      `原执行法院（${m.original.court || m.original.caseNumber}）执行到位`,
    );
    // Chains keep their links: parents first (ids ascending), old id -> new id.
    const ids = new Map<number, number>();
    for (const x of [...measures].sort((a, b) => a.id - b.id)) {
      const renewsId = x.renewsId === null ? null : (ids.get(x.renewsId) ?? null);
      if (x.renewsId !== null && renewsId === null)
        throw invalidEntry('measures.json', `措施 ${x.id} 续行的措施不存在`);
      if (x.statedExpiry !== null && x.statedExpiry < x.startDate)
        throw invalidEntry('measures.json', `措施 ${x.id} 的届满日早于开始日期`);
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
    // Hearings: the original court's records, read-only here (transfer-hearings.ts).
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

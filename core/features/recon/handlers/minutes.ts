import { getSession, listPositions } from '../store';
import { reconMinutesModel, type ReconMinutesInput } from '../document';
import { disclosureAudit } from '../../../platform/documents/privacy';
import { discloseReconMinutes } from '../document-privacy';
import { grouped } from '../../ledger/document';
import type { Claim, Finding, Side } from '../rules';
import { orderLabelZh } from '../../../lib/interest/settings';
import { chineseDate } from '../../../lib/money/chinese';
import { RECON_ROLE_ZH, reconSigners } from '../signers';
import { AppError, notFound } from '../../../platform/api/errors';
import { exportJob, registeredExport } from '../../../platform/api/export-job';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { SessionEntryView } from '../model';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { sessionView } from './view';
import { signingView } from '../../signatures/handlers/signing';

const SIDE_ZH: Record<Side, string> = { creditor: '申请执行人', debtor: '被执行人' };
const STATUS_ZH: Record<string, string> = {
  open: '未确认',
  agreed: '双方确认',
  disputed: '有争议',
  found: '法院已认定',
};

/** ISO UTC → 「2026-01-21 09:00」 Beijing time, as the court reads the clock. */
export function beijing(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function claimText(claim: Claim | null): string {
  if (!claim) return '';
  const order = (claim as { order?: unknown }).order;
  const parts = [
    claim.removed ? '否认该笔付款' : '',
    claim.date ? `日期应为${claim.date}` : '',
    claim.amount ? `金额应为${grouped(claim.amount)}元` : '',
    claim.kind ? `方式应为「${claim.kind}」` : '',
    order ? `抵充顺序应为${Array.isArray(order) ? order.join('→') : orderLabelZh(String(order))}` : '',
  ].filter(Boolean);
  return parts.length ? `，主张${parts.join('，')}` : '';
}

function findingText(f: Finding): string {
  const adopt =
    f.adopt === 'record'
      ? '维持账面记载'
      : f.adopt === 'court'
        ? `本院认定${claimText(f.claim).replace(/^，主张/, '')}`
        : `采纳${SIDE_ZH[f.adopt]}的主张`;
  return `${adopt}。理由：${f.reason}`;
}

function subject(e: SessionEntryView): string {
  switch (e.kind) {
    case 'obligation': {
      const o = e.obligation as { id: string; label?: string; amount?: string } | null | undefined;
      return `债务项目「${o?.label ?? e.ref}」${o?.amount ? `，金额${grouped(o.amount)}元` : ''}`;
    }
    case 'payment':
      return e.payment
        ? `${e.payment.date}${e.payment.kind ? `以「${e.payment.kind}」方式` : ''}到位款项${grouped(e.payment.amount)}元`
        : `款项 ${e.ref}`;
    case 'balance':
      return `截至${chineseDate(e.asOf!)}的债务余额，合计${grouped(e.balances?.total ?? '0')}元`;
    default: {
      const entry = e as SessionEntryView;
      if (entry.period)
        return `${entry.period.from}至${entry.period.to}的${entry.period.kind === 'doubled' ? '加倍部分债务利息' : '一般债务利息'}${grouped(entry.period.amount)}元（${entry.period.days}天）`;
      if (entry.orders) return `清偿抵充顺序：${entry.orders.map((o) => o.zh).join('；')}`;
      return entry.key;
    }
  }
}

/** The minutes of a session as words: what reconMinutesModel lays out. */
export function reconMinutesInput(ctx: Pick<HandlerContext, 'db'>, sessionId: number): ReconMinutesInput {
  const session = getSession(ctx.db, sessionId);
  if (!session) throw notFound('session', sessionId);
  if (!session.ledger || !session.entries)
    throw new AppError('CONFLICT', '对账尚未开始，没有可以记录的内容', 'the session has not started');
  const view = sessionView(ctx.db, session);
  const detail = loadCaseDetail(ctx.db, session.caseId);
  const signing = signingView(ctx, 'recon', sessionId);
  const history = listPositions(ctx.db, sessionId);
  const asOf =
    view.entries.find((e) => e.kind === 'balance')?.asOf ??
    session.ledger.asOf ??
    session.createdAt.slice(0, 10);
  const subjects = new Map(view.entries.map((e) => [e.key, subject({ ...e, asOf: e.asOf ?? asOf })]));
  const started = beijing(session.createdAt);
  return {
    court: detail.court ?? '',
    ...(detail.caseNumber ? { caseNumber: detail.caseNumber } : {}),
    ...(detail.title ? { caseTitle: detail.title } : {}),
    date: started.slice(0, 10),
    time: `${started.slice(11)}（北京时间）`,
    draft: session.state !== 'SIGNED',
    asOf,
    // In court order, as they sign: creditor side, debtor side, judge, assistant, clerk.
    participants: reconSigners(view.participants).map((p) => ({
      role: RECON_ROLE_ZH[p.role as keyof typeof RECON_ROLE_ZH],
      name: p.name,
    })),
    entries: view.entries.map((e) => ({
      subject: subjects.get(e.key)!,
      status: STATUS_ZH[e.status] ?? e.status,
      positions: history
        .filter((p) => p.entryKey === e.key)
        .map((p) => ({
          side: SIDE_ZH[p.side],
          text: `${p.stance === 'agree' ? '无异议' : '有异议'}${claimText(p.claim)}${p.statement ? `。陈述：${p.statement}` : ''}`,
          at: beijing(p.at),
        })),
      ...(e.finding ? { finding: { text: findingText(e.finding), at: beijing(e.finding.at) } } : {}),
    })),
    totals: {
      record: view.impact!.record.total,
      creditor: view.impact!.creditor.total,
      debtor: view.impact!.debtor.total,
      court: view.impact!.court.total,
    },
    disputes: view.impact!.disputes.map((d) => ({
      subject: subjects.get(d.entryKey) ?? d.entryKey,
      side: SIDE_ZH[d.side],
      total: d.total,
      delta: d.delta,
    })),
    // The outcome as recon.close computes it, from the entries printed above (so the two always agree,
    // even if a finding was revisited after the close).
    outcome:
      session.outcome && view.impact
        ? (() => {
            const found = view.entries.filter((e) => e.status === 'found');
            return {
              agreedTotal: found.length === 0 ? view.impact.record.total : null,
              courtTotal: view.impact.court.total,
              found: found.map((e) => ({
                subject: subjects.get(e.key) ?? e.key,
                text: e.finding ? findingText(e.finding) : '',
              })),
            };
          })()
        : null,
    signers: signing.signers.map((s) => ({
      role: s.roleZh,
      name: s.name,
      everyPage: s.stage === 'participant',
      status: s.status,
      ...(s.png ? { png: s.png } : {}),
      ...(s.reason !== null ? { reason: s.reason } : {}),
    })),
  };
}

export const reconMinutesHandlers = {
  // An export job (../export-job.ts): read, laid out in a worker under the hosts, then registered
  // (export_register + audit) in one write transaction.
  'documents.reconMinutes': exportJob<'documents.reconMinutes'>((ctx, { sessionId, reveal = false }) => {
    // Identity and phone numbers masked unless shown for this document (issue 8); audited below.
    const input = discloseReconMinutes(reconMinutesInput(ctx, sessionId), reveal);
    const caseId = getSession(ctx.db, sessionId)!.caseId;
    return registeredExport(ctx, {
      model: reconMinutesModel(input),
      kind: 'reconMinutes',
      caseId,
      court: input.court || null,
      audit: { sessionId, draft: input.draft, ...disclosureAudit(reveal) },
    });
  }),
} satisfies HandlerGroup;

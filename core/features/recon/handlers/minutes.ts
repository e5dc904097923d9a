import { getSession, listPositions } from '../store';
import { reconMinutesModel, type ReconMinutesInput } from '../document';
import { disclosureAudit } from '../../../platform/documents/privacy';
import { discloseReconMinutes } from '../document-privacy';
import { grouped } from '../../ledger/document';
import { SIDES, type Claim, type Finding, type Speaker } from '../rules';
import { Decimal } from '../../../lib/money/decimal';
import { BUCKET_LABELS, orderLabelZh } from '../../../lib/interest/settings';
import type { BucketName } from '../../../lib/interest/types';
import { chineseDate } from '../../../lib/money/chinese';
import { writtenDate } from '../../../lib/money/input';
import { reconRoleZh, reconSigners } from '../signers';
import { phrases } from '../messages';
import { AppError, notFound } from '../../../platform/api/errors';
import { exportJob, registeredExport } from '../../../platform/api/export-job';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { SessionEntryView } from '../model';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { sessionView } from './view';
import { signingView } from '../../signatures/handlers/signing';

/** ISO UTC → 「2026-01-21 09:00」 Beijing time, as the court reads the clock. */
export function beijing(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** What a claim says instead of the record, each part in words. */
function claimParts(claim: Claim | null): string[] {
  if (!claim) return [];
  const order = (claim as { order?: unknown }).order;
  return [
    claim.removed ? phrases.claimRemoved : '',
    claim.date ? phrases.claimDate(writtenDate(claim.date)) : '',
    claim.amount ? phrases.claimAmount(grouped(claim.amount)) : '',
    claim.kind ? phrases.claimKind(claim.kind) : '',
    order
      ? phrases.claimOrder(
          Array.isArray(order)
            ? phrases.orderSteps(order.map((b: string) => BUCKET_LABELS[b as BucketName]?.zh ?? b))
            : orderLabelZh(String(order)),
        )
      : '',
  ].filter(Boolean);
}

function claimText(claim: Claim | null): string {
  const parts = claimParts(claim);
  return parts.length ? phrases.claimed(parts) : '';
}

function findingText(f: Finding): string {
  const adopt =
    f.adopt === 'record'
      ? phrases.adoptRecord
      : f.adopt === 'court'
        ? phrases.adoptCourt(claimParts(f.claim))
        : phrases.adoptSide(phrases.sides[f.adopt]);
  return phrases.finding(adopt, f.reason);
}

function subject(e: SessionEntryView): string {
  switch (e.kind) {
    case 'obligation': {
      const o = e.obligation as { id: string; label?: string; amount?: string } | null | undefined;
      return phrases.obligation(o?.label ?? e.ref, o?.amount ? grouped(o.amount) : null);
    }
    case 'payment':
      return e.payment
        ? phrases.payment(e.payment.date, e.payment.kind || null, grouped(e.payment.amount))
        : phrases.paymentUnknown(e.ref);
    case 'balance':
      return phrases.balance(chineseDate(e.asOf!), grouped(e.balances?.total ?? '0'));
    default: {
      const entry = e as SessionEntryView;
      if (entry.period) {
        const p = entry.period;
        return phrases.period(p.from, p.to, p.kind === 'doubled', grouped(p.amount), p.days);
      }
      if (entry.orders) return phrases.orders(entry.orders.map((o) => o.zh));
      return entry.key;
    }
  }
}

/** The minutes of a session as words: what reconMinutesModel lays out. */
export function reconMinutesInput(ctx: Pick<HandlerContext, 'db'>, sessionId: number): ReconMinutesInput {
  const session = getSession(ctx.db, sessionId);
  if (!session) throw notFound('session', sessionId);
  if (!session.ledger || !session.entries) throw new AppError('CONFLICT', 'recon.notStarted');
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
  const people = new Map(view.participants.map((p) => [p.id, p]));
  // 「被执行人周某」: the person with the role they spoke in; a whole side (older sessions) by its name.
  const speakerName = (p: { side: Speaker; participantId?: number | null }) => {
    const person = p.participantId != null ? people.get(p.participantId) : undefined;
    if (person) return `${reconRoleZh(person.role)}${person.name}`;
    return p.side === 'interested' ? phrases.roles.interested : phrases.sides[p.side];
  };
  return {
    court: detail.court ?? '',
    ...(detail.caseNumber ? { caseNumber: detail.caseNumber } : {}),
    ...(detail.title ? { caseTitle: detail.title } : {}),
    date: started.slice(0, 10),
    time: phrases.beijingTime(started.slice(11)),
    draft: session.state !== 'SIGNED',
    asOf,
    // In court order, as they sign: creditor side, debtor side, judge, assistant, clerk.
    participants: reconSigners(view.participants).map((p) => ({
      role: reconRoleZh(p.role),
      name: p.name,
    })),
    entries: view.entries.map((e) => ({
      subject: subjects.get(e.key)!,
      status: phrases.statuses[e.status] ?? e.status,
      positions: history
        .filter((p) => p.entryKey === e.key)
        .map((p) => ({
          side: speakerName(p),
          text: p.rest
            ? `${phrases.restAgreed}${p.statement ? phrases.statement(p.statement) : ''}`
            : `${p.stance === 'agree' ? phrases.agree : phrases.dispute}${claimText(p.claim)}${p.statement ? phrases.statement(p.statement) : ''}`,
          at: beijing(p.at),
        })),
      ...(e.finding ? { finding: { text: findingText(e.finding), at: beijing(e.finding.at) } } : {}),
    })),
    totals: {
      record: view.impact!.record.total,
      creditor: view.impact!.creditor.total,
      debtor: view.impact!.debtor.total,
      // The court's version exists only once the court has found on something.
      court: view.entries.some((e) => e.finding) ? view.impact!.court.total : null,
    },
    disputes: view.impact!.disputes.map((d) => ({
      subject: subjects.get(d.entryKey) ?? d.entryKey,
      side: phrases.sides[d.side],
      total: d.total,
      delta: d.delta,
    })),
    interaction: SIDES.filter((side) => !new Decimal(view.impact!.interaction[side]).isZero()).map(
      (side) => ({ side: phrases.sides[side], delta: view.impact!.interaction[side] }),
    ),
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
  // An export job (core/platform/api/export-job.ts): read, laid out in a worker under the hosts, then registered
  // (export_register + audit) in one write transaction.
  'documents.reconMinutes': exportJob<'documents.reconMinutes'>((ctx, { sessionId, reveal = false }) => {
    // Identity and phone numbers masked unless shown for this document; audited below.
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

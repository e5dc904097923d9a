import { appendAudit } from '../../../platform/db/audit';
import { auditChainReport, type AuditVerifyView } from '../../../platform/db/audit-report';
import type { ReadDb } from '../../../platform/db/handle';
import type { HandlerGroup } from '../../../platform/api/handler';
import { maskSensitive } from '../../../platform/documents/masking';
import type { AuditBannerView } from '../model';
import { acknowledgeBreak, lastAcknowledgement } from '../store';

/**
 * The full check runs at start (the hosts call audit.verify) and whenever asked; the banner reads the
 * last result of this connection, so a page change costs nothing. Acknowledging clears it.
 */
const lastReport = new WeakMap<ReadDb, AuditVerifyView>();

function verify(db: ReadDb): AuditVerifyView {
  const report = auditChainReport(db);
  lastReport.set(db, report);
  return report;
}

function banner(db: ReadDb): AuditBannerView {
  const report = lastReport.get(db) ?? verify(db);
  const acknowledged = lastAcknowledgement(db);
  // A broken SHA-256 chain cannot be mended; it stays acknowledged once a person has seen that very break.
  const seen = report.firstBadSeq !== undefined && acknowledged?.firstBadSeq === report.firstBadSeq;
  // On screen the logged and found values are masked like any party text; the audit row keeps them whole.
  const findings = (report.data?.findings ?? [])
    .slice(0, 5)
    .map((f) => ({ message_zh: maskSensitive(f.message_zh), message_en: maskSensitive(f.message_en) }));
  return {
    show: !report.ok && !seen,
    message_zh: report.ok ? '' : maskSensitive(report.message_zh),
    message_en: report.ok ? '' : maskSensitive(report.message_en),
    findings,
    findingCount: report.data?.findingCount ?? 0,
    acknowledged: acknowledged && { name: acknowledged.name, at: acknowledged.at, actor: acknowledged.actor },
  };
}

export const auditHandlers = {
  // Read-only: walks every row, so it runs in the dispatcher's snapshot like any other read.
  'audit.verify': (ctx) => verify(ctx.db),
  'audit.banner': (ctx) => banner(ctx.db),
  'audit.acknowledge': (ctx, { name, note }) => {
    const report = lastReport.get(ctx.db) ?? auditChainReport(ctx.db);
    const at = ctx.now();
    appendAudit(ctx.db, {
      actor: ctx.actor,
      entity: 'database',
      entityId: 'acknowledge',
      action: 'update',
      before: null,
      after: {
        name,
        note,
        message: report.message_zh,
        firstBadSeq: report.firstBadSeq ?? null,
        findingCount: report.data?.findingCount ?? 0,
        findings: (report.data?.findings ?? []).slice(0, 50).map((f) => f.message_zh),
      },
      at,
    });
    acknowledgeBreak(ctx.db, at);
    // Checked again by the next banner, once this transaction has committed and sealed the new rows.
    lastReport.delete(ctx.db);
    return {
      show: false,
      message_zh: '',
      message_en: '',
      findings: [],
      findingCount: 0,
      acknowledged: { name, at, actor: ctx.actor },
    } satisfies AuditBannerView;
  },
} satisfies HandlerGroup;

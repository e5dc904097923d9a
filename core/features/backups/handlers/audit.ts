import { auditChainReport } from '../../../platform/db/audit-report';
import type { HandlerGroup } from '../../../platform/api/handler';

export const auditHandlers = {
  // Read-only: walks every row, so it runs in the dispatcher's snapshot like any other read.
  'audit.verify': (ctx) => auditChainReport(ctx.db),
} satisfies HandlerGroup;

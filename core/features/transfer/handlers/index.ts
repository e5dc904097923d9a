import { transferHandlers } from './transfer';
import type { HandlerGroup } from '../../../platform/api/handler';

/** This feature's handlers, one per method of its api.ts, bound in core/platform/api/registry.ts. */
export const transferFeatureHandlers = {
  ...transferHandlers,
} satisfies HandlerGroup;

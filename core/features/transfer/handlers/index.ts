import { transferHandlers } from './transfer';
import { receiveHandlers } from './receive';
import type { HandlerGroup } from '../../../platform/api/handler';

/** This feature's handlers, one per method of its api.ts, bound in core/platform/api/registry.ts. */
export const transferFeatureHandlers = {
  ...transferHandlers,
  ...receiveHandlers,
} satisfies HandlerGroup;

import { petitionHandlers } from './hearings';
import { itemHandlers } from './items';
import type { HandlerGroup } from '../../../platform/api/handler';

/** This feature's handlers, one per method of its api.ts, bound in core/platform/api/registry.ts. */
export const hearingsHandlers = {
  ...petitionHandlers,
  ...itemHandlers,
} satisfies HandlerGroup;

import { reconciliationHandlers } from './sessions';
import { presenterHandlers } from './presenter';
import { reconMinutesHandlers } from './minutes';
import type { HandlerGroup } from '../../../platform/api/handler';

/** This feature's handlers, one per method of its api.ts, bound in core/platform/api/registry.ts. */
export const reconHandlers = {
  ...reconciliationHandlers,
  ...presenterHandlers,
  ...reconMinutesHandlers,
} satisfies HandlerGroup;

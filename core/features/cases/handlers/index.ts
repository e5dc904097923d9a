import { caseHandlers } from './cases';
import { sampleHandlers } from './sample';
import { partyHandlers } from './parties';
import { obligationHandlers } from './obligations';
import { paymentHandlers } from './payments';
import { excludedHandlers } from './excluded';
import type { HandlerGroup } from '../../../platform/api/handler';

/** This feature's handlers, one per method of its api.ts, bound in core/platform/api/registry.ts. */
export const casesHandlers = {
  ...caseHandlers,
  ...sampleHandlers,
  ...partyHandlers,
  ...obligationHandlers,
  ...paymentHandlers,
  ...excludedHandlers,
} satisfies HandlerGroup;

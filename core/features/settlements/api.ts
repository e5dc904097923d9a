import { z } from 'zod';
import { revealInput } from '../../platform/documents/reveal';
import { id, isoDate } from '../../platform/api/schemas';
import { claimSchema, distributionFields, planSchema, settlementFields } from './model/fields';
import type { DocumentExport } from '../documents/model';
import type {
  AcknowledgeView,
  DefaultScenarioView,
  DistributionSummary,
  DistributionView,
  SettlementPreview,
  SettlementSummary,
  SettlementView,
  TrackingView,
} from './model/views';
import type { Distribution } from './';
import { amountString } from '../../platform/api/schemas';

/**
 * The settlements.* and distribution.* methods (issue 7) and their documents, spread into the one
 * contract in contract.ts. Same shape as there: method name -> zod input -> result type.
 */
type Spec<I extends z.ZodType, O> = { input: I; output?: O };
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): Spec<I, O> => ({ input });

export const settlementContract = {
  'settlements.list': method<SettlementSummary[]>()(z.strictObject({ caseId: id })),
  'settlements.get': method<SettlementView>()(z.strictObject({ id })),
  /** the engine's balances of the case as of a date, as the amounts to acknowledge */
  'settlements.acknowledge': method<AcknowledgeView>()(z.strictObject({ caseId: id, asOf: isoDate })),
  /** schedule, gap and wording of a plan being edited, nothing saved */
  'settlements.preview': method<SettlementPreview>()(z.strictObject({ caseId: id, ...planSchema })),
  'settlements.save': method<SettlementView>()(
    z.strictObject({ id: id.optional(), caseId: id, ...settlementFields }),
  ),
  'settlements.delete': method<{ id: number }>()(z.strictObject({ id })),
  /** the default scenario: scheduled amount `missedSeq` missed, the original judgment as of asOf */
  'settlements.project': method<DefaultScenarioView>()(
    z.strictObject({
      id,
      missedSeq: z
        .number({ message: 'invalid' })
        .int({ message: 'invalid' })
        .min(1, { message: 'invalid' })
        .max(1_000_000, { message: 'invalid' }),
      asOf: isoDate,
    }),
  ),
  /** the case's actual payments matched to the schedule as of a date */
  'settlements.track': method<TrackingView>()(z.strictObject({ id, asOf: isoDate })),

  'distribution.list': method<DistributionSummary[]>()(z.strictObject({ caseId: id })),
  'distribution.get': method<DistributionView>()(z.strictObject({ id })),
  'distribution.compute': method<Distribution>()(
    z.strictObject({ amount: amountString, claims: z.array(claimSchema).max(1000, { message: 'tooLong' }) }),
  ),
  'distribution.save': method<DistributionView>()(
    z.strictObject({ id: id.optional(), caseId: id, ...distributionFields }),
  ),
  'distribution.delete': method<{ id: number }>()(z.strictObject({ id })),

  'documents.agreement': method<DocumentExport>()(z.strictObject({ settlementId: id, ...revealInput })),
  'documents.distribution': method<DocumentExport>()(z.strictObject({ planId: id, ...revealInput })),
} as const;

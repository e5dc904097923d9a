import { z } from 'zod';
import { read, write, job } from '../../platform/api/method';
import { revealInput } from '../../platform/documents/reveal';
import { id, isoDate } from '../../platform/api/schemas';
import { claimSchema, distributionFields, planSchema, rulesSchema, settlementFields } from './model/fields';
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
 * The settlements.* and distribution.* methods and their documents, spread into the one
 * contract in contract.ts. Same shape as there: method name -> zod input -> result type.
 */

export const settlementsContract = {
  'settlements.list': read<SettlementSummary[]>()(z.strictObject({ caseId: id })),
  'settlements.get': read<SettlementView>()(z.strictObject({ id })),
  /** the engine's balances of the case as of a date, as the amounts to acknowledge */
  'settlements.acknowledge': read<AcknowledgeView>()(z.strictObject({ caseId: id, asOf: isoDate })),
  /** schedule, gap and wording of a plan being edited, nothing saved */
  'settlements.preview': read<SettlementPreview>()(z.strictObject({ caseId: id, ...planSchema })),
  'settlements.save': write<SettlementView>()(
    z.strictObject({ id: id.optional(), caseId: id, ...settlementFields }),
  ),
  'settlements.delete': write<{ id: number }>()(z.strictObject({ id })),
  /** the default scenario: scheduled amount `missedSeq` missed, the original judgment as of asOf */
  'settlements.project': read<DefaultScenarioView>()(
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
  'settlements.track': read<TrackingView>()(z.strictObject({ id, asOf: isoDate })),

  'distribution.list': read<DistributionSummary[]>()(z.strictObject({ caseId: id })),
  'distribution.get': read<DistributionView>()(z.strictObject({ id })),
  'distribution.compute': read<Distribution>()(
    z.strictObject({
      amount: amountString,
      claims: z.array(claimSchema).max(1000, { message: 'tooLong' }),
      rules: rulesSchema,
    }),
  ),
  'distribution.save': write<DistributionView>()(
    z.strictObject({ id: id.optional(), caseId: id, ...distributionFields }),
  ),
  'distribution.delete': write<{ id: number }>()(z.strictObject({ id })),

  'documents.agreement': job<DocumentExport>()(z.strictObject({ settlementId: id, ...revealInput })),
  'documents.distribution': job<DocumentExport>()(z.strictObject({ planId: id, ...revealInput })),
} as const;

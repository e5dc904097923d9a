import type { PaymentKind } from '../../lib/interest/types';
import type { PlanItemKind } from './types';

/**
 * The payment kind a scheduled amount becomes in the engine's ledger (default-scenario.ts): values of
 * the ledger's vocabulary, as the database and the statement hold them.
 */
export const PAYMENT_KIND_OF: Record<PlanItemKind, PaymentKind> = {
  lump: '自动履行',
  instalments: '自动履行',
  deduction: '划拨',
  inKind: '以物抵债',
  thirdParty: '自动履行',
};

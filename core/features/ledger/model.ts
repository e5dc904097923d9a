import type { BucketName, ComputeResult } from '../../lib/interest/types';
import type { PartDiff } from './scenarios';

/** A case's computation: the engine's result plus where its rates came from. */
export type ComputeView = ComputeResult & {
  caseId: number;
  rateSources: { benchmark: string; lpr: string };
  /** set when the doubled interest has grown past the principal (core/lib/interest/warnings.ts) */
  doubledOverPrincipal: { doubled: string; principal: string } | null;
};

export type LedgerExport = { fileName: string; text: string };

export type ScenarioView = {
  base: ComputeResult;
  variants: {
    name: string;
    balances: ComputeResult['balances'];
    balanceDelta: Record<BucketName | 'total', string>;
    overpaidDelta: string;
    parts: PartDiff[];
  }[];
};

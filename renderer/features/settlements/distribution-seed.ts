import type { DebtorGroup } from '../../../core/features/transfer/model';
import { phrases } from './messages';

/**
 * 集中执行 → 分配方案: the cases held against one debtor become the ordinary claims of a distribution
 * plan, one per case, each for what that case still owes as of the group's date. A case whose amount
 * could not be computed is left out and named, so the clerk adds it by hand.
 */
export type SeedClaim = { creditor: string; amount: string; note: string };
export type DistributionSeed = {
  caseId: number;
  debtor: string;
  planDate: string;
  claims: SeedClaim[];
  left: string[];
};

const KEY = 'hd.distributionSeed';

export function seedFromGroup(group: DebtorGroup): DistributionSeed {
  const usable = group.cases.filter((c) => c.unrealised !== null && !/^0+(\.0+)?$/.test(c.unrealised));
  return {
    caseId: (usable[0] ?? group.cases[0])?.caseId ?? 0,
    debtor: group.debtorName,
    planDate: group.asOf,
    claims: usable.map((c) => ({
      creditor: phrases.names(c.applicants),
      amount: c.unrealised!,
      note: c.originalCaseNumber
        ? phrases.transferredCase(c.caseNumber, c.originalCourt ?? '', c.originalCaseNumber)
        : c.caseNumber,
    })),
    left: group.cases.filter((c) => !usable.includes(c)).map((c) => c.caseNumber),
  };
}

/** Handed from the case list to the distribution page in this window only (sessionStorage). */
export function storeSeed(seed: DistributionSeed, storage: Pick<Storage, 'setItem'> = sessionStorage): void {
  storage.setItem(KEY, JSON.stringify(seed));
}

/** Taken once, by the page of the case it was made for; anything else is ignored. */
export function takeSeed(
  caseId: number,
  storage: Pick<Storage, 'getItem' | 'removeItem'> = sessionStorage,
): DistributionSeed | null {
  const raw = storage.getItem(KEY);
  if (raw === null) return null;
  storage.removeItem(KEY);
  try {
    const seed = JSON.parse(raw) as DistributionSeed;
    return seed.caseId === caseId && Array.isArray(seed.claims) ? seed : null;
  } catch {
    return null;
  }
}

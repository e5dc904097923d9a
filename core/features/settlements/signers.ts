import { courtOrder, type Signer, type SignerStage } from '../signatures/rules';
import { phrases } from './messages';

/**
 * The signers of a 执行和解协议, in court order. The agreement binds those who undertake something in it,
 * so they sign it: the creditor(s), the debtor(s), the guarantor (担保人) when there is one, and every third
 * party who undertakes to pay (第三人代为履行: 《最高人民法院关于执行和解若干问题的规定》 — a third party
 * is bound only by its own signature). Then the judge(s) and the clerk of the case, who witnessed it.
 *
 * Keys do not depend on database ids (which change when a case moves to another court): the n-th
 * creditor, the n-th debtor, the n-th third-party payer, the guarantor, the n-th judge, the clerk.
 */

export const SETTLEMENT_SIGNER_ROLES = [
  'creditor',
  'debtor',
  'guarantor',
  'thirdParty',
  'judge',
  'clerk',
] as const;
export type SettlementSignerRole = (typeof SETTLEMENT_SIGNER_ROLES)[number];

export const SETTLEMENT_STAGE: Record<SettlementSignerRole, SignerStage> = {
  creditor: 'participant',
  debtor: 'participant',
  guarantor: 'participant',
  thirdParty: 'participant',
  judge: 'judge',
  clerk: 'clerk',
};

export const SETTLEMENT_ROLE_ZH: Record<SettlementSignerRole, string> = phrases.roles;

export type SettlementSignerInput = {
  /** The case's parties in the order they were added. */
  parties: readonly { role: 'applicant' | 'respondent' | 'third'; name: string }[];
  guarantor: { name: string } | null;
  /** Third-party payers named in the plan (thirdParty items), in plan order; repeats are one signer. */
  payers: readonly string[];
  /** The case's judge field: one name, or several separated by 、 , ; or spaces. */
  judge: string;
  clerk: string;
};

/** 「王某、李某」 → ['王某', '李某']; blanks dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function settlementSigners(input: SettlementSignerInput): Signer[] {
  const out: Signer[] = [];
  const seen = new Set<string>();
  const add = (role: SettlementSignerRole, n: number, name: string) => {
    out.push({ key: `${role}:${n}`, stage: SETTLEMENT_STAGE[role], role, name });
    if (SETTLEMENT_STAGE[role] === 'participant') seen.add(name);
  };
  input.parties.filter((p) => p.role === 'applicant').forEach((p, i) => add('creditor', i + 1, p.name));
  input.parties.filter((p) => p.role === 'respondent').forEach((p, i) => add('debtor', i + 1, p.name));
  if (input.guarantor && !seen.has(input.guarantor.name)) add('guarantor', 1, input.guarantor.name);
  // A payer who is already a party or the guarantor signs once, in that capacity.
  let n = 0;
  for (const payer of input.payers) if (!seen.has(payer)) add('thirdParty', ++n, payer);
  splitNames(input.judge).forEach((name, i) => add('judge', i + 1, name));
  splitNames(input.clerk).forEach((name, i) => add('clerk', i + 1, name));
  return courtOrder(out);
}

/** The role of a stored signature (its key's prefix), for records whose signers are frozen. */
export function stageOfRole(role: string): SignerStage {
  return SETTLEMENT_STAGE[role as SettlementSignerRole] ?? 'participant';
}

import type { ParticipantRole } from './rules';
import { courtOrder, type Signer, type SignerStage } from '../signatures/rules';

/** Which stage each participant of a reconciliation session signs in. */
export const RECON_STAGE: Record<ParticipantRole, SignerStage> = {
  creditor: 'participant',
  creditorAgent: 'participant',
  debtor: 'participant',
  debtorAgent: 'participant',
  judge: 'judge',
  assistant: 'judge',
  clerk: 'clerk',
};

export const RECON_ROLE_ZH: Record<ParticipantRole, string> = {
  creditor: '申请执行人',
  creditorAgent: '申请执行人代理人',
  debtor: '被执行人',
  debtorAgent: '被执行人代理人',
  judge: '审判员',
  assistant: '法官助理',
  clerk: '书记员',
};

const ROLE_ORDER: readonly ParticipantRole[] = [
  'creditor',
  'creditorAgent',
  'debtor',
  'debtorAgent',
  'judge',
  'assistant',
  'clerk',
];

/**
 * The signers of a session's minutes in court order: creditor side, debtor side, judge, assistant,
 * clerk; people of the same role in the order they were added.
 */
export function reconSigners(
  participants: readonly { id: number; role: ParticipantRole; name: string; position: number }[],
): Signer[] {
  const sorted = [...participants].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.position - b.position,
  );
  return courtOrder(
    sorted.map((p) => ({
      key: `participant:${p.id}`,
      stage: RECON_STAGE[p.role],
      role: p.role,
      name: p.name,
    })),
  );
}

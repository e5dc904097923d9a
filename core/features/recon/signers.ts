import type { ParticipantRole } from './rules';
import { courtOrder, type Signer, type SignerStage } from '../signatures/rules';
import { phrases } from './messages';

/** Which stage each participant of a reconciliation session signs in. */
export const RECON_STAGE: Record<ParticipantRole, SignerStage> = {
  creditor: 'participant',
  creditorAgent: 'participant',
  debtor: 'participant',
  debtorAgent: 'participant',
  interested: 'participant',
  judge: 'judge',
  assistant: 'judge',
  clerk: 'clerk',
};

/** A participant's role as the record names it; a role this program does not know stays as it is. */
export const reconRoleZh = (role: string): string => phrases.roles[role as ParticipantRole] ?? role;

const ROLE_ORDER: readonly ParticipantRole[] = [
  'creditor',
  'creditorAgent',
  'debtor',
  'debtorAgent',
  'interested',
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

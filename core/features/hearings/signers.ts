import type { AttendeeKind } from './rules';
import { courtOrder, type Signer, type SignerStage } from '../signatures/rules';

/**
 * The signers of a 听证笔录, from the hearing's attendees, in court order: the petitioner and the agents,
 * the panel (听证员), then the notary and interpreter when there are any, then the presiding judge and the
 * judges, then the clerk; people of the same kind in the order they were registered.
 *
 * Everyone on the participant side (petitioner, agents, panel, notary, interpreter) may refuse to sign
 * (拒绝签名, with the reason); the court signs the record it made. The petitioner and the agents sign
 * every page (逐页签名); the others sign the closing block.
 */

export const HEARING_STAGE: Record<AttendeeKind, SignerStage> = {
  petitioner: 'participant',
  agent: 'participant',
  panel: 'participant',
  notary: 'participant',
  interpreter: 'participant',
  presiding: 'judge',
  judge: 'judge',
  clerk: 'clerk',
};

export const HEARING_SIGN_ORDER: readonly AttendeeKind[] = [
  'petitioner',
  'agent',
  'panel',
  'notary',
  'interpreter',
  'presiding',
  'judge',
  'clerk',
];

/** Whose signature goes on every page footer as well as the closing block. */
export const signsEveryPage = (kind: AttendeeKind): boolean => kind === 'petitioner' || kind === 'agent';

/** The signer key of an attendee, and back (null for a key that is not an attendee's). */
export const attendeeKey = (attendeeId: number): string => `attendee:${attendeeId}`;
export function attendeeOfKey(key: string): number | null {
  const m = /^attendee:(\d{1,12})$/.exec(key);
  return m ? Number(m[1]) : null;
}

export function hearingSigners(
  attendees: readonly { id: number; kind: AttendeeKind; name: string }[],
): Signer[] {
  const sorted = attendees
    .map((a, i) => ({ a, i }))
    .sort((x, y) => HEARING_SIGN_ORDER.indexOf(x.a.kind) - HEARING_SIGN_ORDER.indexOf(y.a.kind) || x.i - y.i)
    .map(({ a }) => a);
  return courtOrder(
    sorted.map((a) => ({ key: attendeeKey(a.id), stage: HEARING_STAGE[a.kind], role: a.kind, name: a.name })),
  );
}

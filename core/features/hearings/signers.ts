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
  applicant: 'participant',
  respondent: 'participant',
  interested: 'participant',
  outsider: 'participant',
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
  'applicant',
  'respondent',
  'interested',
  'outsider',
  'agent',
  'panel',
  'notary',
  'interpreter',
  'presiding',
  'judge',
  'clerk',
];

/** Whose signature goes on every page footer as well as the closing block: every party and agent. */
export const signsEveryPage = (kind: AttendeeKind): boolean => SIGNER_GROUP[kind] === 'parties';

/** How the signing page groups the signers: the parties, the panel, the others present, the court. */
export type SignerGroup = 'parties' | 'panel' | 'others' | 'court' | 'clerk';
export const SIGNER_GROUP: Record<AttendeeKind, SignerGroup> = {
  petitioner: 'parties',
  applicant: 'parties',
  respondent: 'parties',
  interested: 'parties',
  outsider: 'parties',
  agent: 'parties',
  panel: 'panel',
  notary: 'others',
  interpreter: 'others',
  presiding: 'court',
  judge: 'court',
  clerk: 'clerk',
};

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

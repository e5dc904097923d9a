import type { ReadDb } from '../../../platform/db/handle';
import { listAttendees } from '../store';
import { listSignatures, type SignatureRow } from '../../signatures/store';
import type { AttendeeKind, SignatureAct } from '../rules';
import { messages, phrases, zhOnly, type HearingsMessage } from '../messages';
import { render, type Text, type Vars } from '../../../lib/text';
import { attendeeOfKey, hearingSigners } from '../signers';
import type { Signer } from '../../signatures/rules';
import { markHearingSigned } from './hearings';
import { loadHearing } from './view';
import type { SigningSource } from '../../signatures/handlers/signing';

/**
 * 听证笔录 signed by hand. A hearing is open for signatures once it is finished
 * (AWAITING_SIGNATURES); every attendee signs in court order (core/features/hearings/signers.ts). The first signature
 * freezes the record (assertUnlocked in every hearings.* write); the last one locks it and moves the
 * hearing to SIGNED through markHearingSigned, in the same transaction.
 */

export const hearingRoleZh = (role: string): string => phrases.attendeeKind[role as AttendeeKind] ?? role;

/** Why signing is not open, in both languages. */
const notOpen = (key: HearingsMessage, vars?: Vars): Text => render(messages[key], vars);

export const hearingSignerList = (db: ReadDb, hearingId: number): Signer[] =>
  hearingSigners(listAttendees(db, hearingId));

/** The stored signatures as the hearing rules see them: attendee id, signed or refused, the reason. */
export function signatureActs(rows: readonly SignatureRow[]): SignatureAct[] {
  return rows.flatMap((r) => {
    const attendeeId = attendeeOfKey(r.signerKey);
    return attendeeId === null ? [] : [{ attendeeId, kind: r.outcome, reason: r.reason ?? '' }];
  });
}

export const hearingSigningSource: SigningSource = {
  load(ctx, id) {
    const hearing = loadHearing(ctx.db, id);
    return {
      caseId: hearing.caseId,
      signers: hearingSignerList(ctx.db, id),
      // A hearing carried from another court was signed there (or not at all), never here.
      open: hearing.state === 'AWAITING_SIGNATURES' && hearing.origin === null,
      roleZh: hearingRoleZh,
      notOpen: hearing.origin
        ? notOpen('signCarried', { court: zhOnly(hearing.origin.court || hearing.origin.caseNumber) })
        : hearing.state === 'SIGNED'
          ? notOpen('alreadySigned')
          : notOpen('signNotYet'),
    };
  },
  complete(ctx, id) {
    markHearingSigned(ctx, id, signatureActs(listSignatures(ctx.db, 'hearing', id)));
  },
  changed(ctx, _id, caseId) {
    ctx.publish('case.changed', { caseId });
  },
};

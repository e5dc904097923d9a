import type { ReadDb } from '../../../platform/db/handle';
import { listAttendees } from '../store';
import { listSignatures, type SignatureRow } from '../../signatures/store';
import { ATTENDEE_KIND_ZH, type AttendeeKind, type SignatureAct } from '../rules';
import { attendeeOfKey, hearingSigners } from '../signers';
import type { Signer } from '../../signatures/rules';
import { markHearingSigned } from './hearings';
import { loadHearing } from './view';
import type { SigningSource } from '../../signatures/handlers/signing';

/**
 * 听证笔录 signed by hand (issues 5 and 6). A hearing is open for signatures once it is finished
 * (AWAITING_SIGNATURES); every attendee signs in court order (core/features/hearings/signers.ts). The first signature
 * freezes the record (assertUnlocked in every hearings.* write); the last one locks it and moves the
 * hearing to SIGNED through markHearingSigned, in the same transaction.
 */

export const hearingRoleZh = (role: string): string => ATTENDEE_KIND_ZH[role as AttendeeKind] ?? role;

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
        ? [
            `该听证由原执行法院（${hearing.origin.court || hearing.origin.caseNumber}）举行，不能在本院签名`,
            'this hearing was held by the original court and cannot be signed here',
          ]
        : hearing.state === 'SIGNED'
          ? ['该听证笔录已签名完毕', 'the hearing minutes are already signed']
          : ['听证结束（进入「待签名」）后才能签名', 'the hearing can be signed once it is finished'],
    };
  },
  complete(ctx, id) {
    markHearingSigned(ctx, id, signatureActs(listSignatures(ctx.db, 'hearing', id)));
  },
  changed(ctx, _id, caseId) {
    ctx.publish('case.changed', { caseId });
  },
};

import type { ReadDb } from '../../../platform/db/handle';
import { getLock, listSignatures } from '../../signatures/store';
import type { Signer } from '../../signatures/rules';
import { SETTLEMENT_ROLE_ZH, settlementSigners, stageOfRole, type SettlementSignerRole } from '../signers';
import type { SettlementRecord } from '../model/views';
import type { SigningSource } from '../../signatures/handlers/signing';
import { loadCaseDetail } from '../../cases/handlers/case-detail';
import { loadSettlement } from './settlements';
import { render } from '../../../lib/text';
import { messages } from '../messages';

/**
 * 执行和解协议 signed by hand. A settlement is open for signatures once it is saved as
 * 已签订 (concluded): its plan is balanced then. The first signature freezes its content (assertUnlocked in
 * settlements.save/delete); when everyone has signed or refused it is locked for good.
 *
 * Who signs comes from the case (parties, judge, clerk) and the agreement (guarantor, third-party payers)
 * while signing goes on. Once the agreement is locked — or when it came from another court in a transfer
 * package — the signers are the stored signatures themselves: later edits of the case's parties do not
 * change who signed a closed record.
 */
export function settlementSignerList(db: ReadDb, record: SettlementRecord): Signer[] {
  if (getLock(db, 'settlement', record.id) || record.origin)
    return listSignatures(db, 'settlement', record.id).map((r) => ({
      key: r.signerKey,
      stage: stageOfRole(r.role),
      role: r.role,
      name: r.name,
    }));
  const detail = loadCaseDetail(db, record.caseId);
  return settlementSigners({
    parties: detail.parties,
    guarantor: record.clauses.guarantor,
    payers: record.items.flatMap((i) => (i.kind === 'thirdParty' ? [i.payer] : [])),
    judge: detail.judge,
    clerk: detail.clerk,
  });
}

export const settlementRoleZh = (role: string): string =>
  SETTLEMENT_ROLE_ZH[role as SettlementSignerRole] ?? role;

export const settlementSigningSource: SigningSource = {
  load(ctx, id) {
    const record = loadSettlement(ctx.db, id);
    return {
      caseId: record.caseId,
      signers: settlementSignerList(ctx.db, record),
      // A draft is still being negotiated; one made under another court is signed there, not here.
      open: record.status === 'concluded' && record.origin === null,
      roleZh: settlementRoleZh,
      notOpen: record.origin
        ? render(messages.signingMadeElsewhere, { court: record.origin.court })
        : render(messages.signingNotConcluded),
    };
  },
  // The lock itself is the settlement's signed state: nothing else to change.
  complete() {},
  changed(ctx, _id, caseId) {
    ctx.publish('case.changed', { caseId });
  },
};

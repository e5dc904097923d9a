import { getCase } from '../store/cases';
import { listExcluded } from '../store/excluded';
import type { ReadDb } from '../../../platform/db/handle';
import { listObligations } from '../store/obligations';
import { listParties } from '../store/parties';
import { listPayments } from '../store/payments';
import { notFound } from '../../../platform/api/errors';
import type { CaseDetail } from '../model';

export function loadCaseDetail(db: ReadDb, id: number): CaseDetail {
  const record = getCase(db, id);
  if (!record) throw notFound('case', id);
  return {
    ...record,
    parties: listParties(db, id),
    obligations: listObligations(db, id),
    payments: listPayments(db, id),
    excluded: listExcluded(db, id),
  };
}

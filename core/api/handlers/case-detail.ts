import { getCase } from '../../db/cases';
import { listExcluded } from '../../db/excluded';
import type { ReadDb } from '../../db/handle';
import { listObligations } from '../../db/obligations';
import { listParties } from '../../db/parties';
import { listPayments } from '../../db/payments';
import { notFound } from '../errors';
import type { CaseDetail } from '../types';

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

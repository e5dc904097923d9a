import { findCaseId } from '../store/cases';
import { SAMPLE_CASE } from '../sample-case';
import { contract } from '../../../platform/api/contract';
import { duplicate } from '../../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { CaseDetail } from '../model';
import { loadCaseDetail } from './case-detail';
import { createCase } from './cases';
import { addExcluded } from './excluded';
import { addObligation } from './obligations';
import { addParty } from './parties';
import { addPayment } from './payments';

/**
 * Goes through the same schemas and domain checks as typed-in data, so the sample can never hold
 * what a user could not enter; one transaction, so a half-inserted sample cannot exist.
 */
export function createSample(ctx: HandlerContext): CaseDetail {
  const { caseNumber } = SAMPLE_CASE.case;
  const existing = findCaseId(ctx.db, caseNumber);
  if (existing !== undefined) {
    throw duplicate('cases.sampleExists', { caseNumber }, { caseNumber, id: existing });
  }
  const created = createCase(ctx, contract['cases.create'].input.parse(SAMPLE_CASE.case));
  const caseId = created.id;
  for (const p of SAMPLE_CASE.parties) addParty(ctx, contract['parties.add'].input.parse({ caseId, ...p }));
  for (const o of SAMPLE_CASE.obligations)
    addObligation(ctx, contract['obligations.add'].input.parse({ caseId, ...o }));
  for (const p of SAMPLE_CASE.payments)
    addPayment(ctx, contract['payments.add'].input.parse({ caseId, ...p }));
  for (const e of SAMPLE_CASE.excluded)
    addExcluded(ctx, contract['excluded.add'].input.parse({ caseId, ...e }));
  return loadCaseDetail(ctx.db, caseId);
}

export const sampleHandlers = {
  'cases.createSample': (ctx) => createSample(ctx),
} satisfies HandlerGroup;

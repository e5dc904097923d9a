import { findObligationByCode } from '../store/obligations';
import type { ReadDb } from '../../../platform/db/handle';
import { conflict, issueFor, validationFailed, type Issue } from '../../../platform/api/errors';
import type { ObligationFields } from '../store/obligations';
import type { Obligation } from '../model';
import { render } from '../../../lib/text';
import { messages } from '../messages';
import { agreesWithStated, checkAnnual, fixedAnnual } from '../../../lib/rates/stated';

export const isInterest = (kind: Obligation['kind']): boolean =>
  kind === 'interestFixed' || kind === 'interestRunning';

/**
 * INTEREST.md §6: principal, fee and fixed interest are an amount due on a date; a running interest
 * is a schedule applied to another obligation from a date. Every misplaced field is reported at once.
 */
export function checkShape(o: ObligationFields): void {
  const issues: Issue[] = [];
  const need = (field: string, value: unknown) =>
    value === null && issues.push(issueFor([field], 'required'));
  const forbid = (field: string, value: unknown) =>
    value !== null && issues.push(issueFor([field], 'notForKind'));
  if (o.kind === 'interestRunning') {
    forbid('amount', o.amount);
    forbid('due', o.due);
    need('base', o.base);
    need('schedule', o.schedule);
    need('from', o.from);
    if (o.inDelayBase === true) issues.push(issueFor(['inDelayBase'], 'delayBaseForbidden'));
    if (o.from !== null && o.until !== null && o.until < o.from)
      issues.push(issueFor(['until'], 'dateOrder'));
    // Issue 16: a rate typed as 6 meaning 6 % once became 600 % a year with no word said.
    if (o.schedule !== null && !agreesWithStated(o.schedule))
      issues.push(issueFor(['schedule'], 'statedDisagrees'));
    if (o.schedule !== null && checkAnnual(fixedAnnual(o.schedule)) === 'refuse')
      issues.push(issueFor(['schedule', 'annual'], 'rateTooHigh'));
  } else {
    need('amount', o.amount);
    need('due', o.due);
    forbid('base', o.base);
    forbid('schedule', o.schedule);
    forbid('from', o.from);
    forbid('until', o.until);
  }
  if (issues.length > 0) throw validationFailed(issues);
}

/** A running interest accrues on a plain money debt of the same case, never on itself or on interest. */
export function checkBase(db: ReadDb, caseId: number, o: ObligationFields): void {
  if (o.base === null) return;
  const issue = (key: 'baseIsSelf' | 'baseUnknown' | 'baseIsInterest') =>
    validationFailed([issueFor(['base'], key)]);
  if (o.base === o.code) throw issue('baseIsSelf');
  const base = findObligationByCode(db, caseId, o.base);
  if (!base) throw issue('baseUnknown');
  if (isInterest(base.kind)) throw issue('baseIsInterest');
}

export function baseInUse(target: Obligation, dependents: Obligation[], what: 'delete' | 'kind') {
  const codes = dependents.map((d) => d.code);
  const names = dependents.map(
    (d) => render(messages.namedItem, { label: d.label || d.code, code: d.code }).zh,
  );
  const vars = {
    item: { zh: messages.thisItem.zh, en: target.code },
    dependents: { zh: names.join(messages.listSeparator.zh), en: codes.join(messages.listSeparator.en) },
  };
  const details = { code: target.code, dependents: codes };
  return what === 'delete'
    ? conflict('cases.baseInUseDelete', vars, details)
    : conflict('cases.baseInUseKind', vars, details);
}

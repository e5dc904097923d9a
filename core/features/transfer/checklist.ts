import { addDays, daysBetween } from '../../lib/money/dates';
import { MEASURE_KIND_ZH, type MeasureKind, type MeasureState } from '../measures/rules';

/**
 * The checklist before a case leaves for another court (交叉执行/指定执行/提级执行). Pure: every fact is an
 * argument. A `block` stops the export; a `warn` is shown and the export may go on.
 *
 * The 7-day rule: the original court sends the file within 7 days of the decision. Days are counted from
 * the day after the decision (民法典第二百零一条), so the last day is decision + 7 (decided 2026-03-02 →
 * send by 2026-03-09).
 */

export const TRANSFER_DAYS = 7;

export type CheckLevel = 'block' | 'warn' | 'ok';

export type CheckItem = {
  code: 'measureExpiring' | 'sessionOpen' | 'deadline' | 'deadlineOverdue' | 'noDecisionDate';
  level: CheckLevel;
  zh: string;
  en: string;
  /** The measure or session concerned. */
  ref?: number;
};

export type ChecklistInput = {
  /** Heads of renewal chains with their state on `today` (renewed links are left out by the caller). */
  measures: {
    id: number;
    kind: MeasureKind;
    object: string;
    expiresOn: string | null;
    state: MeasureState;
  }[];
  sessions: { id: number; state: string }[];
  decisionDate: string | null;
  today: string;
  /** The judge has seen the measures that will lapse and sends the file anyway. */
  acknowledgeExpiring: boolean;
};

export function transferDeadline(decisionDate: string): string {
  return addDays(decisionDate, TRANSFER_DAYS);
}

export function transferChecklist(input: ChecklistInput): CheckItem[] {
  const items: CheckItem[] = [];
  for (const m of input.measures) {
    const s = m.state;
    if (s.status !== 'expiring' && s.status !== 'expired') continue;
    const what = `${MEASURE_KIND_ZH[m.kind]}「${m.object}」`;
    const when =
      s.status === 'expired'
        ? { zh: `已于 ${m.expiresOn} 到期`, en: `expired on ${m.expiresOn}` }
        : {
            zh: `将于 ${m.expiresOn} 到期（还剩 ${s.daysLeft} 天）`,
            en: `expires on ${m.expiresOn} (${s.daysLeft} days left)`,
          };
    items.push({
      code: 'measureExpiring',
      level: input.acknowledgeExpiring ? 'warn' : 'block',
      zh: `${what}${when.zh}，移送前应由本院办理续行${input.acknowledgeExpiring ? '（已确认仍然移送）' : ''}`,
      en: `measure ${m.id} ${when.en}; renew it before the file moves${input.acknowledgeExpiring ? ' (acknowledged)' : ''}`,
      ref: m.id,
    });
  }
  for (const session of input.sessions)
    if (session.state !== 'SIGNED')
      items.push({
        code: 'sessionOpen',
        level: 'warn',
        zh: `对账 #${session.id} 尚未签名完成`,
        en: `reconciliation session ${session.id} is not signed`,
        ref: session.id,
      });
  if (input.decisionDate === null)
    items.push({
      code: 'noDecisionDate',
      level: 'warn',
      zh: '未填写移送决定日期，无法核对 7 日移送期限',
      en: 'no decision date: the 7-day deadline cannot be checked',
    });
  else {
    const deadline = transferDeadline(input.decisionDate);
    const left = daysBetween(input.today, deadline);
    items.push(
      left < 0
        ? {
            code: 'deadlineOverdue',
            level: 'warn',
            zh: `已超过移送期限：应于 ${deadline} 前移送（逾期 ${-left} 天）`,
            en: `overdue: the file was due by ${deadline} (${-left} days late)`,
          }
        : {
            code: 'deadline',
            level: left <= 2 ? 'warn' : 'ok',
            zh: `应于 ${deadline} 前移送（还剩 ${left} 天）`,
            en: `send by ${deadline} (${left} days left)`,
          },
    );
  }
  return items;
}

export const blocked = (items: readonly CheckItem[]): boolean => items.some((i) => i.level === 'block');

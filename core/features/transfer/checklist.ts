import { addDays, daysBetween } from '../../lib/money/dates';
import { render, type Text } from '../../lib/text';
import type { MeasureKind, MeasureState } from '../measures/rules';
import { messages as measureMessages, phrases as measurePhrases } from '../measures/messages';
import { messages } from './messages';

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

/** The measure as the register names it in zh (kind and object), by its number in en. */
const measureLabel = (m: ChecklistInput['measures'][number]): Text => ({
  zh: measurePhrases.named(m.kind, m.object),
  en: render(measureMessages.numbered, { id: m.id }).en,
});

export function transferChecklist(input: ChecklistInput): CheckItem[] {
  const items: CheckItem[] = [];
  for (const m of input.measures) {
    const s = m.state;
    if (s.status !== 'expiring' && s.status !== 'expired') continue;
    const date = String(m.expiresOn);
    const when =
      s.status === 'expired'
        ? render(messages.expiredOn, { date })
        : render(messages.expiresOn, { date, days: String(s.daysLeft) });
    const text = input.acknowledgeExpiring ? messages.measureExpiringAcknowledged : messages.measureExpiring;
    items.push({
      code: 'measureExpiring',
      level: input.acknowledgeExpiring ? 'warn' : 'block',
      ...render(text, { measure: measureLabel(m), when }),
      ref: m.id,
    });
  }
  for (const session of input.sessions)
    if (session.state !== 'SIGNED')
      items.push({
        code: 'sessionOpen',
        level: 'warn',
        ...render(messages.sessionOpen, { id: session.id }),
        ref: session.id,
      });
  if (input.decisionDate === null)
    items.push({ code: 'noDecisionDate', level: 'warn', ...render(messages.noDecisionDate) });
  else {
    const deadline = transferDeadline(input.decisionDate);
    const left = daysBetween(input.today, deadline);
    items.push(
      left < 0
        ? {
            code: 'deadlineOverdue',
            level: 'warn',
            ...render(messages.deadlineOverdue, { deadline, days: -left }),
          }
        : {
            code: 'deadline',
            level: left <= 2 ? 'warn' : 'ok',
            ...render(messages.deadline, { deadline, days: left }),
          },
    );
  }
  return items;
}

export const blocked = (items: readonly CheckItem[]): boolean => items.some((i) => i.level === 'block');

import { writtenDate } from '../../lib/money/input';
import { addDays, daysBetween } from '../../lib/money/dates';
import { render, type Text } from '../../lib/text';
import { messages } from './messages';

/**
 * The dates after a distribution plan (民诉法解释 第五百零九条、第五百一十条). Pure: the day is an argument.
 *
 * The plan is served on every creditor and the debtor. Each may object in writing within 15 days of
 * receiving it. If anyone objects, the court notifies the others; they may oppose within 15 days of that
 * notice. If someone opposes, the court notifies the objector, who may sue the opposing parties within
 * 15 days of that notice; while the suit runs, the amounts in dispute are set aside (提存) and the rest
 * may be paid. A period's first day is not counted (民事诉讼法 第八十五条): received on the 1st, the 15
 * days end on the 16th. When the last day is a public holiday the period ends on the first working day
 * after it; no holiday calendar is kept here, so the plan says so instead of moving the day.
 */
export const PERIOD_DAYS = 15;
/** A deadline this close (or passed with nothing entered) is an alert. */
export const CLOCK_ALERT_DAYS = 3;

export type PlanClocksInput = {
  service: { party: string; servedOn: string | null }[];
  objectionOn: string | null;
  objectionNoticeOn: string | null;
  oppositionOn: string | null;
  oppositionNoticeOn: string | null;
  suitFiledOn: string | null;
};

export const CLOCK_STAGES = [
  'notServed',
  'serving',
  'objectionPeriod',
  'final',
  'notifyOthers',
  'oppositionPeriod',
  'revise',
  'notifyObjector',
  'suitPeriod',
  'noSuit',
  'suitPending',
] as const;
export type ClockStage = (typeof CLOCK_STAGES)[number];

const STAGE_TEXT: Record<ClockStage, Text> = {
  notServed: messages.clockStageNotServed,
  serving: messages.clockStageServing,
  objectionPeriod: messages.clockStageObjectionPeriod,
  final: messages.clockStageFinal,
  notifyOthers: messages.clockStageNotifyOthers,
  oppositionPeriod: messages.clockStageOppositionPeriod,
  revise: messages.clockStageRevise,
  notifyObjector: messages.clockStageNotifyObjector,
  suitPeriod: messages.clockStageSuitPeriod,
  noSuit: messages.clockStageNoSuit,
  suitPending: messages.clockStageSuitPending,
};

export type Deadline = { party: string | null; from: string; deadline: string; daysLeft: number };

export type PlanClocks = {
  asOf: string;
  stage: ClockStage;
  /** what the stage means and what the court does next, in words */
  stageText: Text;
  unserved: string[];
  /** each served party's last day to object; the period ends with the latest */
  objection: Deadline[];
  objectionEnds: string | null;
  opposition: Deadline | null;
  suit: Deadline | null;
  /** the disputed shares are set aside now (a suit may still be filed, or is pending) */
  holdDisputed: boolean;
  alerts: Text[];
  /** the rule in words, with its articles */
  rule: Text;
};

const deadlineOf = (party: string | null, from: string, asOf: string): Deadline => {
  const deadline = addDays(from, PERIOD_DAYS);
  return { party, from, deadline, daysLeft: daysBetween(asOf, deadline) };
};

export function planClocks(c: PlanClocksInput, asOf: string): PlanClocks {
  const alerts: Text[] = [];
  const unserved = c.service.filter((s) => s.servedOn === null).map((s) => s.party);
  const objection = c.service.flatMap((s) => (s.servedOn ? [deadlineOf(s.party, s.servedOn, asOf)] : []));
  const objectionEnds = objection.reduce<string | null>(
    (last, d) => (last === null || d.deadline > last ? d.deadline : last),
    null,
  );
  const opposition = c.objectionNoticeOn ? deadlineOf(null, c.objectionNoticeOn, asOf) : null;
  const suit = c.oppositionNoticeOn ? deadlineOf(null, c.oppositionNoticeOn, asOf) : null;
  const soon = (d: Deadline, what: Text) => {
    if (d.daysLeft >= 0 && d.daysLeft <= CLOCK_ALERT_DAYS)
      alerts.push(
        render(messages.clockDueSoon, {
          what,
          day: { zh: writtenDate(d.deadline), en: d.deadline },
          days: d.daysLeft,
        }),
      );
  };

  let stage: ClockStage;
  if (c.service.length === 0 || objection.length === 0) stage = 'notServed';
  else if (unserved.length > 0) stage = 'serving';
  else if (c.objectionOn === null) stage = objectionEnds! < asOf ? 'final' : 'objectionPeriod';
  else if (opposition === null) stage = 'notifyOthers';
  else if (c.oppositionOn === null) stage = opposition.deadline < asOf ? 'revise' : 'oppositionPeriod';
  else if (suit === null) stage = 'notifyObjector';
  else if (c.suitFiledOn !== null) stage = 'suitPending';
  else stage = suit.deadline < asOf ? 'noSuit' : 'suitPeriod';

  if (stage === 'objectionPeriod')
    for (const d of objection) soon(d, render(messages.clockObjection, { party: d.party ?? '' }));
  if (stage === 'oppositionPeriod' && opposition) soon(opposition, render(messages.clockOpposition));
  if (stage === 'suitPeriod' && suit) soon(suit, render(messages.clockSuit));
  if (stage === 'notifyOthers' || stage === 'notifyObjector' || stage === 'serving')
    alerts.push(render(STAGE_TEXT[stage]));
  if (c.objectionOn !== null && objectionEnds !== null && c.objectionOn > objectionEnds)
    alerts.push(
      render(messages.clockLateObjection, { day: { zh: writtenDate(objectionEnds), en: objectionEnds } }),
    );

  return {
    asOf,
    stage,
    stageText: render(STAGE_TEXT[stage]),
    unserved,
    objection,
    objectionEnds,
    opposition,
    suit,
    holdDisputed: stage === 'suitPeriod' || stage === 'suitPending' || stage === 'notifyObjector',
    alerts,
    rule: render(messages.clockRule),
  };
}

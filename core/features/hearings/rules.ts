import { Decimal } from '../../lib/money/decimal';
import { checkAmount } from '../../lib/money/amount';
import { render, type Text, type Vars } from '../../lib/text';
import { coded, listed, messages, phrases, zhOnly, type HearingsMessage } from './messages';
import type { ItemFields } from './item-fields';
import type { PanelRole } from './vocabulary';

/**
 * The public petition hearing (信访/执行听证): pure rules, no storage, no clock. The court walks the list
 * of executed items (执行物品清单) before a panel of witnesses (听证员), stage by stage and item by item;
 * for each item the court explains and the petitioner accepts or objects; panel members ask questions.
 * DRAFT -> IN_SESSION -> AWAITING_SIGNATURES -> SIGNED.
 */

export const HEARING_STATES = ['DRAFT', 'IN_SESSION', 'AWAITING_SIGNATURES', 'SIGNED'] as const;
export type HearingState = (typeof HEARING_STATES)[number];

/** A state as a variable of a message: its label in Chinese, its code in English. */
export const stateText = (state: HearingState): Text => coded(state, phrases.state[state]);

export const STAGES = [
  'opening',
  'statement',
  'explanation',
  'evidence',
  'questioning',
  'deliberation',
  'conclusion',
] as const;
export type Stage = (typeof STAGES)[number];

export const stageText = (stage: Stage): Text => coded(stage, phrases.stage[stage]);

/** Who takes part. Panel members carry a panel role; the others' kind says it all. */
export const ATTENDEE_KINDS = [
  'petitioner',
  'applicant',
  'respondent',
  'interested',
  'outsider',
  'agent',
  'panel',
  'presiding',
  'judge',
  'clerk',
  'notary',
  'interpreter',
] as const;
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number];

/** The parties heard on each item: 信访人/申请人, 申请执行人, 被执行人, 利害关系人, 案外人 (and their agents). */
export const PARTY_KINDS: readonly AttendeeKind[] = [
  'petitioner',
  'applicant',
  'respondent',
  'interested',
  'outsider',
  'agent',
];
export const isParty = (kind: AttendeeKind): boolean => PARTY_KINDS.includes(kind);

export type Attendee = {
  id: number;
  kind: AttendeeKind;
  name: string;
  /** panel members only; null for everyone else */
  panelRole: PanelRole | null;
  /** free text: the agent's principal, the interpreter's language, a unit */
  note: string;
};

/** Quantity: a positive decimal string with at most four decimals ("3", "2.5", "0.125"). */
export const QUANTITY_PATTERN = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,4})?$/;

export type QuantityProblem = 'format' | 'zero';

export function checkQuantity(text: string): QuantityProblem | null {
  if (!QUANTITY_PATTERN.test(text)) return 'format';
  if (new Decimal(text).isZero()) return 'zero';
  return null;
}

export type Explanation = { text: string; at: string };
export type Stance = 'accepts' | 'objects';
/** attendeeId: the party who said it; null for the petitioner's response in hearings before per-party responses. */
export type Response = { stance: Stance; statement: string; at: string; attendeeId?: number | null };
/** A panel member's (听证员) own opinion in deliberation. */
export type Opinion = { id: number; attendeeId: number; text: string; at: string };
export type Question = {
  id: number;
  asker: string;
  question: string;
  answerer: string;
  answer: string;
  at: string;
  answeredAt: string | null;
};

export const ANNOTATION_KINDS = ['circle', 'arrow', 'note'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
/**
 * On a photo, in normalised coordinates (0..1 of the width and height): a circle centred at (x, y)
 * through (x2, y2); an arrow from (x, y) to (x2, y2); a note anchored at (x, y) with its text.
 */
export type Annotation = {
  kind: AnnotationKind;
  x: number;
  y: number;
  x2: number | null;
  y2: number | null;
  text: string;
  colour: string;
};

export type ItemStatus = 'open' | 'accepted' | 'objected';

/** Each party's latest response counts: one objection makes the item objected, else any acceptance accepts it. */
export function itemStatus(responses: readonly Response[]): ItemStatus {
  const latest = new Map<number | null, Response>();
  for (const r of responses) latest.set(r.attendeeId ?? null, r);
  if (latest.size === 0) return 'open';
  return [...latest.values()].some((r) => r.stance === 'objects') ? 'objected' : 'accepted';
}

// ---------------------------------------------------------------------------------------------
// The state machine

export type HearingEvent = 'start' | 'finish' | 'sign';

const TRANSITIONS: Record<HearingState, Partial<Record<HearingEvent, HearingState>>> = {
  DRAFT: { start: 'IN_SESSION' },
  IN_SESSION: { finish: 'AWAITING_SIGNATURES' },
  AWAITING_SIGNATURES: { sign: 'SIGNED' },
  SIGNED: {},
};

/** A refused move: a code for tests and the UI, and a sentence for the judge in both languages. */
export type Refusal = { code: string; zh: string; en: string };
/** A refusal also names its catalogue entry and variables, for the error the handler raises. */
export type Transition =
  { ok: true; state: HearingState } | { ok: false; refusal: Refusal; key: HearingsMessage; vars: Vars };

function refuse(code: string, key: HearingsMessage, vars: Vars = {}): Transition {
  const text = render(messages[key], vars);
  return { ok: false, refusal: { code, zh: text.zh, en: text.en }, key, vars };
}

const ILLEGAL: Record<HearingEvent, HearingsMessage> = {
  start: 'illegalStart',
  finish: 'illegalFinish',
  sign: 'illegalSign',
};

export function nextState(state: HearingState, event: HearingEvent): HearingState | null {
  return TRANSITIONS[state][event] ?? null;
}

function illegal(state: HearingState, event: HearingEvent): Transition {
  return refuse('illegalTransition', ILLEGAL[event], { state: stateText(state) });
}

/** Starting needs a petitioner, a presiding judge and a clerk: a hearing nobody can record is no hearing. */
export function start(state: HearingState, attendees: readonly Pick<Attendee, 'kind'>[]): Transition {
  const next = nextState(state, 'start');
  if (!next) return illegal(state, 'start');
  const has = (k: AttendeeKind) => attendees.some((a) => a.kind === k);
  // An enforcement hearing hears 申请执行人 and 被执行人 with no petitioner: any party will do.
  const party = attendees.some((a) => isParty(a.kind) && a.kind !== 'agent');
  const missing = (['petitioner', 'presiding', 'clerk'] as const).filter(
    (k) => !has(k) && !(k === 'petitioner' && party),
  );
  if (missing.length > 0)
    return refuse('attendeesMissing', 'attendeesMissing', {
      missing: listed(
        missing.map((k) => phrases.attendeeKind[k]),
        missing,
      ),
    });
  return { ok: true, state: next };
}

/** Stages move only while in session, to any stage (the presiding judge may go back to an earlier one). */
export function moveStage(state: HearingState, to: Stage): Transition {
  if (state !== 'IN_SESSION')
    return refuse('notInSession', 'stageNotInSession', {
      state: stateText(state),
      stage: zhOnly(phrases.stage[to]),
    });
  return { ok: true, state };
}

/** The stage after this one, or null at the conclusion. */
export function followingStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

/** Finishing: only from the conclusion stage, with the conclusion written down. */
export function finish(state: HearingState, stage: Stage, conclusion: string): Transition {
  const next = nextState(state, 'finish');
  if (!next) return illegal(state, 'finish');
  if (stage !== 'conclusion')
    return refuse('notAtConclusion', 'notAtConclusion', { stage: stageText(stage) });
  if (conclusion.trim() === '') return refuse('conclusionMissing', 'conclusionMissing');
  return { ok: true, state: next };
}

/** Whether the record may still change (items, responses, questions, annotations). */
export function recordOpen(state: HearingState): Transition {
  if (state === 'DRAFT' || state === 'IN_SESSION') return { ok: true, state };
  return refuse('recordClosed', 'recordClosed', { state: stateText(state) });
}

/** The setup (type, date, place, public or not) is fixed once the hearing has started. */
export function setupOpen(state: HearingState): Transition {
  if (state === 'DRAFT') return { ok: true, state };
  return refuse('setupClosed', 'setupClosed', { state: stateText(state) });
}

/** What is said in session (explanations, responses, questions) is said only in session. */
export function inSession(state: HearingState): Transition {
  if (state === 'IN_SESSION') return { ok: true, state };
  return refuse('notInSession', 'notInSession', { state: stateText(state) });
}

/** One signer's act: signed, or refused with a reason (recorded as 拒绝签名). */
export type SignatureAct = { attendeeId: number; kind: 'signed' | 'refused'; reason: string };

/** Everyone who must sign: all attendees. */
export function pendingSigners(
  attendees: readonly Pick<Attendee, 'id'>[],
  acts: readonly SignatureAct[],
): number[] {
  const done = new Set(acts.map((a) => a.attendeeId));
  return attendees.map((a) => a.id).filter((id) => !done.has(id));
}

/**
 * The gate the signatures module calls: AWAITING_SIGNATURES, every attendee has signed or refused, and
 * a refusal carries its reason.
 */
export function canSign(
  state: HearingState,
  attendees: readonly Pick<Attendee, 'id' | 'name'>[],
  acts: readonly SignatureAct[],
): Transition {
  const next = nextState(state, 'sign');
  if (!next) return illegal(state, 'sign');
  const known = new Set(attendees.map((a) => a.id));
  const stranger = acts.find((a) => !known.has(a.attendeeId));
  if (stranger) return refuse('unknownSigner', 'unknownSigner', { id: stranger.attendeeId });
  const noReason = acts.find((a) => a.kind === 'refused' && a.reason.trim() === '');
  if (noReason) return refuse('refusalReason', 'refusalReason');
  const pending = pendingSigners(attendees, acts);
  if (pending.length > 0) {
    const names = attendees.filter((a) => pending.includes(a.id)).map((a) => a.name);
    return refuse('signaturesPending', 'signaturesPending', {
      count: pending.length,
      names: listed(names),
    });
  }
  return { ok: true, state: next };
}

/** The transition itself: the same checks, then SIGNED. */
export function sign(
  state: HearingState,
  attendees: readonly Pick<Attendee, 'id' | 'name'>[],
  acts: readonly SignatureAct[],
): Transition {
  return canSign(state, attendees, acts);
}

// ---------------------------------------------------------------------------------------------
// Items, the deliberation summary, annotations in words

export type ItemRecord = {
  id: number;
  position: number;
  fields: ItemFields;
  explanations: Explanation[];
  responses: Response[];
  questions: Question[];
  annotations: Annotation[];
};

export type Summary = {
  accepted: { itemId: number; position: number; name: string }[];
  objected: { itemId: number; position: number; name: string; statements: string[] }[];
  notAddressed: { itemId: number; position: number; name: string }[];
  openQuestions: { itemId: number; position: number; name: string; asker: string; question: string }[];
  /** the sum of the assessed values of the items in each status, yuan strings */
  values: { accepted: string; objected: string; open: string };
};

/** For the panel's deliberation (听证员评议): what is agreed, what is objected and why, what is unanswered. */
export function summarise(items: readonly ItemRecord[]): Summary {
  const sums = { accepted: new Decimal(0), objected: new Decimal(0), open: new Decimal(0) };
  const out: Summary = {
    accepted: [],
    objected: [],
    notAddressed: [],
    openQuestions: [],
    values: { accepted: '0.00', objected: '0.00', open: '0.00' },
  };
  const ordered = [...items].sort((a, b) => a.position - b.position);
  for (const item of ordered) {
    const base = { itemId: item.id, position: item.position, name: item.fields.name };
    const status = itemStatus(item.responses);
    const value = item.fields.value === null ? new Decimal(0) : new Decimal(item.fields.value);
    if (status === 'accepted') {
      out.accepted.push(base);
      sums.accepted = sums.accepted.plus(value);
    } else if (status === 'objected') {
      out.objected.push({
        ...base,
        statements: item.responses.filter((r) => r.stance === 'objects').map((r) => r.statement),
      });
      sums.objected = sums.objected.plus(value);
    } else {
      out.notAddressed.push(base);
      sums.open = sums.open.plus(value);
    }
    for (const q of item.questions)
      if (q.answer.trim() === '') out.openQuestions.push({ ...base, asker: q.asker, question: q.question });
  }
  out.values = {
    accepted: sums.accepted.toFixed(2),
    objected: sums.objected.toFixed(2),
    open: sums.open.toFixed(2),
  };
  return out;
}

const third = (v: number): 0 | 1 | 2 => (v < 1 / 3 ? 0 : v < 2 / 3 ? 1 : 2);

/** "左上部", "中部", "右下部": where on the photo, in words for the minutes. */
export function placeInWords(x: number, y: number): string {
  return phrases.where(third(y), third(x));
}

/** One annotation as a sentence of the record: 「红色圆圈，圈出图片左上部」. */
export function describeAnnotation(a: Annotation): string {
  const colour = phrases.colour[a.colour.toLowerCase()] ?? phrases.otherColour(a.colour);
  const to = a.kind === 'arrow' ? placeInWords(a.x2 ?? a.x, a.y2 ?? a.y) : '';
  return phrases.annotation(a.kind, colour, placeInWords(a.x, a.y), to, a.text.trim());
}

/** The colours the annotator offers; each has its name in phrases.colour. */
export const ANNOTATION_COLOURS = ['#d32f2f', '#f9a825', '#1976d2', '#388e3c', '#ffffff'] as const;

/** Value in yuan: at most two decimals, not negative (the same strict rule as every amount). */
export function checkValue(text: string): 'format' | 'decimals' | 'tooLarge' | null {
  return checkAmount(text);
}

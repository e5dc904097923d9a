import { getCase } from '../../cases/store/cases';
import { listHearingCourse, type HearingRow } from '../store';
import { listSignatures } from '../../signatures/store';
import { minutesModel, type MinutesInput } from '../document';
import type { PageSignature } from '../../../platform/documents/model';
import { disclose, disclosureAudit } from '../../../platform/documents/privacy';
import {
  describeAnnotation,
  stateText,
  STAGES,
  type Attendee,
  type HearingState,
  type Stage,
} from '../rules';
import type { ItemTextField } from '../item-fields';
import { phrases } from '../messages';
import { attendeeOfKey, HEARING_SIGN_ORDER, signsEveryPage } from '../signers';
import { conflict } from '../../../platform/api/errors';
import { registeredExport, runPlan, type ExportPlan } from '../../../platform/api/export-job';
import type { HandlerContext } from '../../../platform/api/handler';
import type { DocumentExport } from '../../documents/model';
import type { HearingView } from '../model';
import { hearingView } from './view';

const roleOf = (a: Attendee) =>
  a.kind === 'panel' && a.panelRole ? phrases.panelMember(a.panelRole) : phrases.attendeeKind[a.kind];

/** The free-text fields an item's entry names, with their label, when filled in (the note is not read out). */
const READ_OUT: readonly ItemTextField[] = ['location', 'basis', 'documentNo'];

// Times are stored in UTC; the record shows Beijing time (UTC+8 all year, no daylight saving).
const hhmm = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);

/** The hearing as the numbered entries of 听证笔录: pure, from the same view the screen shows. */
export type CourseEvent = { at: string; stage: Stage | null; state: HearingState | null };

/** 「08:00 开始；08:05 申请人陈述；…；09:40 结束」 from the audited stage and state changes. */
export function courseInWords(course: readonly CourseEvent[]): string {
  const parts = course.flatMap((e) => {
    if (e.stage) return [phrases.courseStage(hhmm(e.at), phrases.stage[e.stage])];
    if (e.state === 'IN_SESSION') return [phrases.courseStart(hhmm(e.at))];
    if (e.state === 'AWAITING_SIGNATURES') return [phrases.courseEnd(hhmm(e.at))];
    return [];
  });
  return parts.join(phrases.courseSeparator);
}

/** One attendee's act on the minutes: a handwritten signature (PNG, base64) or a refusal and its reason. */
export type MinutesSignature = { outcome: 'signed' | 'refused'; png: string | null; reason: string | null };

export type MinutesOptions = {
  /** By attendee id: who has signed or refused so far. */
  signatures?: ReadonlyMap<number, MinutesSignature>;
  /** Identity and phone numbers in full; masked when false. */
  reveal?: boolean;
};

/** What the signature line of one attendee carries: a line to sign on, the PNG, or 拒绝签名 and the reason. */
function signatureMark(name: string, sig: MinutesSignature | undefined): Omit<PageSignature, 'role'> {
  if (sig?.outcome === 'refused') return { name, refused: sig.reason ?? '' };
  if (sig?.outcome === 'signed' && sig.png) return { imagePng: sig.png };
  return {};
}

export function hearingMinutesInput(
  view: HearingView,
  court: string,
  final: boolean,
  course: readonly CourseEvent[] = [],
  options: MinutesOptions = {},
): MinutesInput {
  const reveal = options.reveal ?? false;
  const show = (text: string) => disclose(text, reveal);
  const entries: MinutesInput['entries'] = [];
  const say = (speaker: string, text: string) => entries.push({ speaker: show(speaker), text: show(text) });
  const speaker = phrases.speaker;
  const byId = new Map(view.attendees.map((a) => [a.id, a]));
  say(
    speaker.clerk,
    phrases.opening(
      view.type,
      view.isPublic,
      STAGES.map((s) => phrases.stage[s]),
    ),
  );
  const steps = courseInWords(course);
  if (steps) say(speaker.clerk, phrases.course(steps));
  for (const item of view.items) {
    const f = item.fields;
    say(
      speaker.items,
      phrases.item(item.position, f.name, f.quantity, f.unit, f.measure) +
        READ_OUT.map((c) => (f[c] ? phrases.itemField(phrases.itemColumn[c], f[c]) : '')).join('') +
        phrases.itemValue(f.value) +
        phrases.itemEnd +
        phrases.attachments(
          item.attachments.map((a) => ({ label: a.label, kind: phrases.attachmentKind[a.kind] })),
        ),
    );
    for (const a of item.attachments)
      for (const n of a.annotations)
        say(speaker.annotation, phrases.annotated(a.label, describeAnnotation(n)));
    for (const e of item.explanations) say(speaker.court, phrases.said(hhmm(e.at), e.text));
    for (const r of item.responses) {
      const who = r.attendeeId != null ? byId.get(r.attendeeId) : undefined;
      say(
        who ? `${roleOf(who)}${who.name}` : speaker.petitioner,
        phrases.response(hhmm(r.at), r.stance === 'accepts', r.statement),
      );
    }
    for (const q of item.questions) {
      say(q.asker, phrases.question(hhmm(q.at), q.question));
      if (q.answer) say(q.answerer || speaker.answerer, phrases.answer(hhmm(q.answeredAt ?? q.at), q.answer));
    }
  }
  const s = view.summary;
  say(
    speaker.deliberation,
    phrases.deliberation({
      accepted: s.accepted.map((i) => i.position),
      objected: s.objected,
      notAddressed: s.notAddressed.length,
      openQuestions: s.openQuestions.length,
    }),
  );
  // Each 听证员's own opinion, in the order given.
  for (const o of view.opinions ?? []) {
    const who = byId.get(o.attendeeId);
    say(who ? `${roleOf(who)}${who.name}` : speaker.deliberation, phrases.opinion(hhmm(o.at), o.text));
  }
  say(speaker.conclusion, view.conclusion || phrases.noConclusion);
  // Court order, as they sign (core/features/hearings/signers.ts); stable within a kind.
  const attendees = [...view.attendees].sort(
    (a, b) => HEARING_SIGN_ORDER.indexOf(a.kind) - HEARING_SIGN_ORDER.indexOf(b.kind),
  );
  const mark = (a: Attendee) => signatureMark(show(a.name), options.signatures?.get(a.id));
  const pageSignatures: PageSignature[] = attendees
    .filter((a) => signsEveryPage(a.kind))
    .map((a) => ({ role: roleOf(a), ...mark(a) }));
  return {
    kind: 'hearingMinutes',
    court,
    title: phrases.title(final),
    ...(view.caseNumber ? { caseNumber: view.caseNumber } : {}),
    date: view.date ?? view.createdAt.slice(0, 10),
    ...(view.place ? { place: show(view.place) } : {}),
    participants: attendees.map((a) => ({
      role: roleOf(a),
      name: show(a.name),
      ...(a.note ? { note: show(a.note) } : {}),
    })),
    entries,
    signers: attendees.map((a) => ({ role: roleOf(a), name: '', ...mark(a) })),
    ...(pageSignatures.length > 0 ? { pageSignatures } : {}),
  };
}

/** The signatures on record for a hearing, by attendee id. */
export function hearingSignatures(ctx: Pick<HandlerContext, 'db'>, hearingId: number) {
  const out = new Map<number, MinutesSignature>();
  for (const r of listSignatures(ctx.db, 'hearing', hearingId)) {
    const attendeeId = attendeeOfKey(r.signerKey);
    if (attendeeId !== null)
      out.set(attendeeId, {
        outcome: r.outcome,
        png: r.png ? r.png.toString('base64') : null,
        reason: r.reason,
      });
  }
  return out;
}

/**
 * 听证笔录 (draft, or final once every attendee has signed or refused) as an export plan
 * (../export-job.ts): read and modelled here, then signed, registered and audited by registeredExport.
 */
export function hearingMinutesPlan(
  ctx: HandlerContext,
  hearing: HearingRow,
  final: boolean,
  reveal = false,
): ExportPlan<DocumentExport> {
  // Draft minutes at any time (title marked 草稿); the final minutes only once SIGNED.
  if (final && hearing.state !== 'SIGNED')
    throw conflict('hearings.finalNotSigned', { state: stateText(hearing.state) }, { reason: 'notSigned' });
  const court = getCase(ctx.db, hearing.caseId)?.court ?? '';
  const model = minutesModel(
    hearingMinutesInput(hearingView(ctx.db, hearing), court, final, listHearingCourse(ctx.db, hearing.id), {
      signatures: hearingSignatures(ctx, hearing.id),
      reveal,
    }),
  );
  return registeredExport(ctx, {
    model,
    kind: final ? 'hearingMinutes' : 'hearingMinutesDraft',
    caseId: hearing.caseId,
    court,
    audit: { hearingId: hearing.id, ...disclosureAudit(reveal) },
  });
}

/** The minutes laid out and registered in this thread (the transfer package carries them). */
export function hearingMinutes(
  ctx: HandlerContext,
  hearing: HearingRow,
  final: boolean,
  reveal = false,
): DocumentExport {
  return runPlan(ctx, hearingMinutesPlan(ctx, hearing, final, reveal));
}

import { getCase } from '../../cases/store/cases';
import { listHearingCourse, type HearingRow } from '../store';
import { listSignatures } from '../../signatures/store';
import { minutesModel, type MinutesInput } from '../document';
import type { PageSignature } from '../../../platform/documents/model';
import { disclose, disclosureAudit } from '../../../platform/documents/privacy';
import {
  ATTENDEE_KIND_ZH,
  describeAnnotation,
  HEARING_STATE_ZH,
  STAGE_ZH,
  STAGES,
  type Attendee,
  type HearingState,
  type Stage,
} from '../rules';
import { attendeeOfKey, HEARING_SIGN_ORDER, signsEveryPage } from '../signers';
import { AppError } from '../../../platform/api/errors';
import { registeredExport, runPlan, type ExportPlan } from '../../../platform/api/export-job';
import type { HandlerContext } from '../../../platform/api/handler';
import type { DocumentExport } from '../../documents/model';
import type { HearingView } from '../model';
import { hearingView } from './view';

const roleOf = (a: Attendee) =>
  a.kind === 'panel' && a.panelRole ? `听证员（${a.panelRole}）` : ATTENDEE_KIND_ZH[a.kind];

// Times are stored in UTC; the record shows Beijing time (UTC+8 all year, no daylight saving).
const hhmm = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);

/** The hearing as the numbered entries of 听证笔录: pure, from the same view the screen shows. */
export type CourseEvent = { at: string; stage: Stage | null; state: HearingState | null };

/** 「08:00 开始；08:05 申请人陈述；…；09:40 结束」 from the audited stage and state changes. */
export function courseInWords(course: readonly CourseEvent[]): string {
  const parts = course.flatMap((e) => {
    if (e.stage) return [`${hhmm(e.at)} 进入「${STAGE_ZH[e.stage]}」`];
    if (e.state === 'IN_SESSION') return [`${hhmm(e.at)} 听证开始`];
    if (e.state === 'AWAITING_SIGNATURES') return [`${hhmm(e.at)} 听证结束`];
    return [];
  });
  return parts.join('；');
}

/** One attendee's act on the minutes: a handwritten signature (PNG, base64) or a refusal and its reason. */
export type MinutesSignature = { outcome: 'signed' | 'refused'; png: string | null; reason: string | null };

export type MinutesOptions = {
  /** By attendee id: who has signed or refused so far. */
  signatures?: ReadonlyMap<number, MinutesSignature>;
  /** Identity and phone numbers in full (issue 8); masked when false. */
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
  say(
    '书记员',
    `本次听证为${view.type}，${view.isPublic ? '公开' : '不公开'}进行。听证依次进行：${STAGES.map((s) => STAGE_ZH[s]).join('、')}。`,
  );
  const steps = courseInWords(course);
  if (steps) say('书记员', `听证经过（北京时间）：${steps}。`);
  for (const item of view.items) {
    const f = item.fields;
    say(
      '执行物品清单',
      `第 ${item.position} 项：${f.name}，数量 ${f.quantity}${f.unit}，执行措施：${f.measure}` +
        `${f.location ? `，现存放地/去向：${f.location}` : ''}` +
        `${f.basis ? `，法律依据：${f.basis}` : ''}` +
        `${f.documentNo ? `，文书号：${f.documentNo}` : ''}` +
        `${f.value !== null ? `，价值 ${f.value} 元` : '，价值未评估'}。` +
        (item.attachments.length
          ? `附件：${item.attachments.map((a) => `${a.label}（${KIND_ZH[a.kind]}）`).join('、')}。`
          : ''),
    );
    for (const a of item.attachments)
      for (const n of a.annotations) say('标注', `照片「${a.label}」上：${describeAnnotation(n)}。`);
    for (const e of item.explanations) say('执行法院', `（${hhmm(e.at)}）${e.text}`);
    for (const r of item.responses)
      say(
        '申请人',
        `（${hhmm(r.at)}）${r.stance === 'accepts' ? '对该项无异议' : '对该项有异议'}${r.statement ? `：${r.statement}` : '。'}`,
      );
    for (const q of item.questions) {
      say(q.asker, `（${hhmm(q.at)}）问：${q.question}`);
      if (q.answer) say(q.answerer || '回答', `（${hhmm(q.answeredAt ?? q.at)}）答：${q.answer}`);
    }
  }
  const s = view.summary;
  say(
    '听证员评议',
    `申请人无异议的物品 ${s.accepted.length} 项` +
      (s.accepted.length ? `（${s.accepted.map((i) => `第 ${i.position} 项`).join('、')}）` : '') +
      `；有异议的物品 ${s.objected.length} 项` +
      (s.objected.length
        ? `（${s.objected.map((i) => `第 ${i.position} 项${i.name}：${i.statements.join('；')}`).join('，')}）`
        : '') +
      `；未表态的物品 ${s.notAddressed.length} 项；未回答的问题 ${s.openQuestions.length} 个。`,
  );
  say('结论', view.conclusion || '（未填写）');
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
    title: final ? '听证笔录' : '听证笔录（草稿）',
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

const KIND_ZH = { photo: '照片', document: '扫描件', video: '视频' } as const;

/** Draft minutes at any time (title marked 草稿); the final minutes only once SIGNED. */
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
  if (final && hearing.state !== 'SIGNED')
    throw new AppError(
      'CONFLICT',
      `听证当前为「${HEARING_STATE_ZH[hearing.state]}」，全部参加人签名（或记明拒签）后才能导出正式听证笔录；可先导出草稿`,
      `the hearing is ${hearing.state}; final minutes need every signature first (a draft is available)`,
      { reason: 'notSigned' },
    );
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

import { appendAudit, auditHead } from '../../db/audit';
import { getCase } from '../../db/cases';
import { listHearingCourse, type HearingRow } from '../../db/petition';
import { insertExport } from '../../db/exports';
import { signedDocument } from '../../documents/export';
import { ensureIdentity, IdentityError } from '../../documents/identity';
import { minutesModel, type MinutesInput } from '../../documents/minutes';
import {
  ATTENDEE_KIND_ZH,
  describeAnnotation,
  HEARING_STATE_ZH,
  STAGE_ZH,
  STAGES,
  type Attendee,
  type AttendeeKind,
  type HearingState,
  type Stage,
} from '../../hearing/petition';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler';
import type { DocumentExport } from '../types';
import type { HearingView } from '../types-hearing';
import { hearingView } from './petition-view';

/** Court order of signing: the petitioner's side, the panel, other attendees, then the court. */
const SIGN_ORDER: AttendeeKind[] = [
  'petitioner',
  'agent',
  'panel',
  'notary',
  'interpreter',
  'presiding',
  'judge',
  'clerk',
];

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

export function hearingMinutesInput(
  view: HearingView,
  court: string,
  final: boolean,
  course: readonly CourseEvent[] = [],
): MinutesInput {
  const entries: MinutesInput['entries'] = [];
  const say = (speaker: string, text: string) => entries.push({ speaker, text });
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
  const attendees = [...view.attendees].sort(
    (a, b) => SIGN_ORDER.indexOf(a.kind) - SIGN_ORDER.indexOf(b.kind),
  );
  return {
    kind: 'hearingMinutes',
    court,
    title: final ? '听证笔录' : '听证笔录（草稿）',
    ...(view.caseNumber ? { caseNumber: view.caseNumber } : {}),
    date: view.date ?? view.createdAt.slice(0, 10),
    ...(view.place ? { place: view.place } : {}),
    participants: attendees.map((a) => ({
      role: roleOf(a),
      name: a.name,
      ...(a.note ? { note: a.note } : {}),
    })),
    entries,
    signers: attendees.map((a) => ({ role: roleOf(a), name: '' })),
  };
}

const KIND_ZH = { photo: '照片', document: '扫描件', video: '视频' } as const;

/** Draft minutes at any time (title marked 草稿); the final minutes only once SIGNED. */
export function hearingMinutes(ctx: HandlerContext, hearing: HearingRow, final: boolean): DocumentExport {
  if (final && hearing.state !== 'SIGNED')
    throw new AppError(
      'CONFLICT',
      `听证当前为「${HEARING_STATE_ZH[hearing.state]}」，全部参加人签名（或记明拒签）后才能导出正式听证笔录；可先导出草稿`,
      `the hearing is ${hearing.state}; final minutes need every signature first (a draft is available)`,
      { reason: 'notSigned' },
    );
  const court = getCase(ctx.db, hearing.caseId)?.court ?? '';
  const model = minutesModel(
    hearingMinutesInput(hearingView(ctx.db, hearing), court, final, listHearingCourse(ctx.db, hearing.id)),
  );
  const at = ctx.now();
  const now = new Date(at);
  let identity;
  try {
    identity = ensureIdentity(ctx.dataDir, { ...(court ? { court } : {}), now });
  } catch (error) {
    if (error instanceof IdentityError) throw new AppError('CONFLICT', error.zh, error.en);
    throw error;
  }
  const doc = signedDocument(model, { identity, now, auditHead: auditHead(ctx.db) });
  const record = insertExport(ctx.db, {
    kind: final ? 'hearingMinutes' : 'hearingMinutesDraft',
    caseId: hearing.caseId,
    sha256: doc.sha256,
    signer: doc.signer,
    at,
    fileName: doc.fileName,
  });
  appendAudit(ctx.db, {
    actor: ctx.actor,
    at,
    entity: 'export',
    entityId: record.id,
    action: 'create',
    before: null,
    after: { ...record, hearingId: hearing.id, pages: doc.pages, recordHash: doc.recordHash },
  });
  return { fileName: doc.fileName, base64: doc.pdf.toString('base64'), sha256: doc.sha256, pages: doc.pages };
}

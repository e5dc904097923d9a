import {
  answerQuestion,
  attachmentMime,
  deleteAttendee,
  deleteItem,
  getAttendee,
  getItem,
  getItemAttachment,
  getQuestion,
  insertAttendee,
  insertExplanation,
  insertHearing,
  insertItem,
  insertQuestion,
  insertResponse,
  linkAttachment,
  listAttendees,
  listHearings,
  listItems,
  registerAttachment,
  renumberItems,
  setAnnotations,
  setConclusion,
  setHearingCursor,
  setHearingStage,
  setHearingState,
  unlinkAttachment,
  updateAttendee,
  updateHearingSetup,
  updateItem,
  type AttendeeInput,
  type HearingRow,
  type HearingSetup,
} from '../store';
import {
  finish,
  inSession,
  moveStage,
  recordOpen,
  setupOpen,
  sign,
  start,
  type ItemFields,
  type SignatureAct,
  type Transition,
} from '../rules';
import { ItemTableError, previewItems } from '../item-import';
import { ImportFileError } from '../../imports';
import { readTable } from '../../../lib/tables/table';
import {
  MAX_ATTACHMENT_MB,
  MAX_ATTACHMENT_BYTES,
  readAttachment,
  sanitiseLabel,
  sniffType,
  storeAttachment,
} from '../../../platform/files/attachments';
import { AppError, invalid, notFound } from '../../../platform/api/errors';
import { exportJob } from '../../../platform/api/export-job';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { EntityName } from '../../../platform/api/messages';
import type { HearingView, ItemImportPreviewView } from '../model';
import { recordChange, requireCase } from '../../cases/handlers/records';
import { assertUnlocked } from '../../signatures/handlers/locks';
import { hearingMinutesPlan } from './minutes';
import { hearingView, loadHearing, wallPayload } from './view';

/**
 * The public petition hearing (信访/执行听证). Every write is one transaction with its audit row; the
 * whole state (stage, current item, what was said) is in SQLite, so a restart mid-hearing resumes it.
 */

function check(t: Transition): void {
  if (!t.ok) throw new AppError('CONFLICT', t.refusal.zh, t.refusal.en, { reason: t.refusal.code });
}

function audit(
  ctx: HandlerContext,
  hearing: HearingRow,
  entity: EntityName,
  entityId: number,
  action: 'create' | 'update' | 'delete',
  before: unknown,
  after: unknown,
): void {
  recordChange(ctx, { entity, entityId, action, before, after, caseId: hearing.caseId });
}

/**
 * Every write of a hearing's content calls this first: a hearing carried from another court is that
 * court's record (read-only here), and a hearing that anyone has signed is frozen (assertUnlocked: LOCKED).
 */
function writable(ctx: HandlerContext, hearing: HearingRow): void {
  if (hearing.origin)
    throw new AppError(
      'CONFLICT',
      `该听证由原执行法院（${hearing.origin.court || hearing.origin.caseNumber}）举行，随案移送，只能查看，不能修改`,
      'this hearing was held by the original court and carried with the case; it is read-only here',
      { reason: 'carried', origin: hearing.origin },
    );
  assertUnlocked(ctx.db, 'hearing', hearing.id);
}

const view = (ctx: HandlerContext, hearingId: number): HearingView =>
  hearingView(ctx.db, loadHearing(ctx.db, hearingId));

function itemAndHearing(ctx: HandlerContext, itemId: number) {
  const item = getItem(ctx.db, itemId);
  if (!item) throw notFound('hearingItem', itemId);
  return { item, hearing: loadHearing(ctx.db, item.hearingId) };
}

function checkAttendee(a: AttendeeInput): AttendeeInput {
  if (a.kind === 'panel' && a.panelRole === null) throw invalid('panelRole', 'required');
  return { ...a, panelRole: a.kind === 'panel' ? a.panelRole : null };
}

function decode(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1)
    throw new AppError(
      'IMPORT_INVALID',
      '文件内容传输有误（不是 base64 编码），请重新选择文件',
      'file content is not base64; choose the file again',
      { reason: 'notBase64' },
    );
  return Buffer.from(compact, 'base64');
}

function readItemFile(base64: string, sheet: string | undefined): ItemImportPreviewView {
  const bytes = decode(base64);
  try {
    const table = readTable(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), sheet);
    const preview = previewItems(table.rows);
    return {
      format: table.format,
      encoding: table.encoding,
      sheets: table.sheets,
      sheet: table.sheet,
      ...preview,
    };
  } catch (error) {
    if (error instanceof ImportFileError)
      throw new AppError('IMPORT_INVALID', error.zh, error.en, { reason: error.code, ...error.details });
    if (error instanceof ItemTableError)
      throw new AppError('IMPORT_INVALID', error.zh, error.en, { reason: error.reason });
    throw error;
  }
}

const fieldsOf = (input: ItemFields): ItemFields => ({
  name: input.name,
  quantity: input.quantity,
  unit: input.unit,
  measure: input.measure,
  location: input.location,
  basis: input.basis,
  documentNo: input.documentNo,
  value: input.value,
  note: input.note,
});

const setupOf = (input: HearingSetup): HearingSetup => ({
  type: input.type,
  title: input.title,
  date: input.date,
  place: input.place,
  isPublic: input.isPublic,
});

/**
 * AWAITING_SIGNATURES -> SIGNED, called by the signatures module (hearing-signing.ts) when the last
 * signer is done: every attendee has signed or refused with a reason, else a CONFLICT naming who is
 * missing. Runs inside the caller's write transaction; audited like every other write.
 */
export function markHearingSigned(
  ctx: HandlerContext,
  hearingId: number,
  acts: readonly SignatureAct[],
): HearingView {
  const hearing = loadHearing(ctx.db, hearingId);
  const t = sign(hearing.state, listAttendees(ctx.db, hearingId), acts);
  check(t);
  setHearingState(ctx.db, hearingId, 'SIGNED', ctx.now());
  audit(
    ctx,
    hearing,
    'hearing',
    hearingId,
    'update',
    { state: hearing.state },
    {
      state: 'SIGNED',
      signed: acts.filter((a) => a.kind === 'signed').map((a) => a.attendeeId),
      refused: acts
        .filter((a) => a.kind === 'refused')
        .map((a) => ({ attendeeId: a.attendeeId, reason: a.reason })),
    },
  );
  return view(ctx, hearingId);
}

export const petitionHandlers = {
  'hearings.list': (ctx, { caseId }) => {
    requireCase(ctx, caseId);
    return listHearings(ctx.db, caseId).map((h) => ({
      id: h.id,
      caseId: h.caseId,
      type: h.type,
      title: h.title,
      date: h.date,
      state: h.state,
      itemCount: listItems(ctx.db, h.id).length,
      updatedAt: h.updatedAt,
    }));
  },

  'hearings.get': (ctx, { hearingId }) => view(ctx, hearingId),

  'hearings.create': (ctx, input) => {
    requireCase(ctx, input.caseId);
    const setup = setupOf(input);
    const id = insertHearing(ctx.db, input.caseId, setup, ctx.now());
    const hearing = loadHearing(ctx.db, id);
    audit(ctx, hearing, 'hearing', id, 'create', null, { caseId: input.caseId, ...setup });
    return hearingView(ctx.db, hearing);
  },

  'hearings.update': (ctx, input) => {
    const hearing = loadHearing(ctx.db, input.hearingId);
    writable(ctx, hearing);
    check(setupOpen(hearing.state));
    const setup = setupOf(input);
    updateHearingSetup(ctx.db, hearing.id, setup, ctx.now());
    audit(ctx, hearing, 'hearing', hearing.id, 'update', setupOf(hearing), setup);
    return view(ctx, hearing.id);
  },

  'hearings.addAttendee': (ctx, input) => {
    const hearing = loadHearing(ctx.db, input.hearingId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const a = checkAttendee(input);
    const id = insertAttendee(ctx.db, hearing.id, a);
    audit(ctx, hearing, 'hearingAttendee', id, 'create', null, { hearingId: hearing.id, ...a });
    return view(ctx, hearing.id);
  },

  'hearings.updateAttendee': (ctx, input) => {
    const before = getAttendee(ctx.db, input.attendeeId);
    if (!before) throw notFound('hearingAttendee', input.attendeeId);
    const hearing = loadHearing(ctx.db, before.hearingId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const a = checkAttendee(input);
    updateAttendee(ctx.db, before.id, a);
    audit(ctx, hearing, 'hearingAttendee', before.id, 'update', before, { hearingId: hearing.id, ...a });
    return view(ctx, hearing.id);
  },

  'hearings.removeAttendee': (ctx, { attendeeId }) => {
    const before = getAttendee(ctx.db, attendeeId);
    if (!before) throw notFound('hearingAttendee', attendeeId);
    const hearing = loadHearing(ctx.db, before.hearingId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    if (hearing.state === 'IN_SESSION' && ['petitioner', 'presiding', 'clerk'].includes(before.kind)) {
      const same = listAttendees(ctx.db, hearing.id).filter((a) => a.kind === before.kind);
      if (same.length <= 1)
        throw new AppError(
          'CONFLICT',
          '听证进行中，申请人、审判长和书记员不能全部移除',
          'in session, the last petitioner, presiding judge or clerk cannot be removed',
        );
    }
    deleteAttendee(ctx.db, attendeeId);
    audit(ctx, hearing, 'hearingAttendee', attendeeId, 'delete', before, null);
    return view(ctx, hearing.id);
  },

  'hearings.addItem': (ctx, input) => {
    const hearing = loadHearing(ctx.db, input.hearingId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const fields = fieldsOf(input);
    const id = insertItem(ctx.db, hearing.id, fields);
    audit(ctx, hearing, 'hearingItem', id, 'create', null, { hearingId: hearing.id, ...fields });
    return view(ctx, hearing.id);
  },

  'hearings.updateItem': (ctx, input) => {
    const { item, hearing } = itemAndHearing(ctx, input.itemId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const fields = fieldsOf(input);
    updateItem(ctx.db, item.id, fields);
    audit(ctx, hearing, 'hearingItem', item.id, 'update', item.fields, fields);
    return view(ctx, hearing.id);
  },

  // An item that was already discussed keeps its record: it cannot be deleted once anything was said.
  'hearings.deleteItem': (ctx, { itemId }) => {
    const { item, hearing } = itemAndHearing(ctx, itemId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const current = hearingView(ctx.db, hearing).items.find((i) => i.id === itemId);
    if (current && (current.explanations.length || current.responses.length || current.questions.length))
      throw new AppError(
        'CONFLICT',
        '该物品已有说明、意见或提问记录，不能删除',
        'this item has statements on record and cannot be deleted',
      );
    deleteItem(ctx.db, itemId);
    renumberItems(ctx.db, hearing.id);
    audit(ctx, hearing, 'hearingItem', itemId, 'delete', { hearingId: hearing.id, ...item.fields }, null);
    return view(ctx, hearing.id);
  },

  'hearings.importPreview': (ctx, { hearingId, base64, sheet }) => {
    loadHearing(ctx.db, hearingId);
    return readItemFile(base64, sheet);
  },

  // All or nothing: one row with a problem and no item is saved.
  'hearings.importConfirm': (ctx, { hearingId, fileName, base64, sheet }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const preview = readItemFile(base64, sheet);
    const bad = preview.rows.filter((r) => r.errors.length > 0);
    if (bad.length > 0) {
      const first = bad[0]!;
      throw new AppError(
        'IMPORT_INVALID',
        `第 ${first.row} 行：${first.errors.map((e) => e.zh).join('；')}。共 ${bad.length} 行有错误，未导入任何物品，请改正文件后重试`,
        `row ${first.row}: ${first.errors.map((e) => e.en).join('; ')}. ${bad.length} row(s) have errors; nothing was imported`,
        { reason: 'rowErrors', rows: bad.map((r) => ({ row: r.row, errors: r.errors })) },
      );
    }
    const ids = preview.rows.map((r) => insertItem(ctx.db, hearing.id, r.item!));
    audit(ctx, hearing, 'hearing', hearing.id, 'update', null, {
      action: 'importItems',
      fileName: sanitiseLabel(fileName),
      itemIds: ids,
      count: ids.length,
    });
    return view(ctx, hearing.id);
  },

  // The type comes from the bytes; the name is only a label; the file is stored under its digest.
  'hearings.addAttachment': (ctx, { itemId, fileName, base64 }) => {
    const { item, hearing } = itemAndHearing(ctx, itemId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const bytes = decode(base64);
    if (bytes.length === 0)
      throw new AppError('VALIDATION_FAILED', '文件是空的', 'the file is empty', { reason: 'empty' });
    if (bytes.length > MAX_ATTACHMENT_BYTES)
      throw new AppError(
        'VALIDATION_FAILED',
        `附件超过 ${MAX_ATTACHMENT_MB} MB，请压缩或分段后再添加`,
        `the attachment is over ${MAX_ATTACHMENT_MB} MB; compress or split it first`,
        { reason: 'tooLarge', bytes: bytes.length },
      );
    const type = sniffType(bytes);
    if (!type)
      throw new AppError(
        'VALIDATION_FAILED',
        '无法识别的文件类型：只能添加 JPEG/PNG/WebP 照片、PDF 扫描件或 MP4/WebM 视频（按文件内容判断，与扩展名无关）',
        'unrecognised file type: only JPEG/PNG/WebP photos, PDF scans and MP4/WebM video (judged by content, not name)',
        { reason: 'type' },
      );
    const stored = storeAttachment(ctx.dataDir, bytes);
    const label = sanitiseLabel(fileName);
    registerAttachment(ctx.db, { sha256: stored.sha256, ...type, size: bytes.length }, ctx.now());
    const id = linkAttachment(ctx.db, item.id, stored.sha256, label);
    audit(ctx, hearing, 'hearingAttachment', id, 'create', null, {
      itemId: item.id,
      sha256: stored.sha256,
      kind: type.kind,
      mime: type.mime,
      size: bytes.length,
      label,
    });
    return view(ctx, hearing.id);
  },

  // The file stays (other items or an exported record may name the same digest); the link goes.
  'hearings.removeAttachment': (ctx, { attachmentId }) => {
    const link = getItemAttachment(ctx.db, attachmentId);
    if (!link) throw notFound('hearingAttachment', attachmentId);
    const { hearing } = itemAndHearing(ctx, link.itemId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    unlinkAttachment(ctx.db, attachmentId);
    audit(ctx, hearing, 'hearingAttachment', attachmentId, 'delete', link, null);
    return view(ctx, hearing.id);
  },

  'hearings.attachmentData': (ctx, { attachmentId }) => {
    const link = getItemAttachment(ctx.db, attachmentId);
    if (!link) throw notFound('hearingAttachment', attachmentId);
    const bytes = readAttachment(ctx.dataDir, link.sha256);
    if (!bytes)
      throw new AppError(
        'NOT_FOUND',
        '附件文件在数据目录中找不到（可能被移动或删除），请重新添加',
        'the attachment file is missing from the data folder; add it again',
        { sha256: link.sha256 },
      );
    return {
      sha256: link.sha256,
      mime: attachmentMime(ctx.db, link.sha256) ?? link.mime,
      base64: bytes.toString('base64'),
    };
  },

  'hearings.attachmentType': (ctx, { sha256 }) => {
    const mime = attachmentMime(ctx.db, sha256);
    if (!mime) throw notFound('hearingAttachment', sha256);
    return { sha256, mime };
  },

  'hearings.annotate': (ctx, { attachmentId, annotations }) => {
    const link = getItemAttachment(ctx.db, attachmentId);
    if (!link) throw notFound('hearingAttachment', attachmentId);
    const { hearing } = itemAndHearing(ctx, link.itemId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    if (link.kind !== 'photo')
      throw new AppError('CONFLICT', '只能在照片上标注', 'annotations go on photos only');
    setAnnotations(ctx.db, attachmentId, annotations);
    audit(
      ctx,
      hearing,
      'hearingAttachment',
      attachmentId,
      'update',
      { annotations: link.annotations },
      { annotations },
    );
    return view(ctx, hearing.id);
  },

  'hearings.start': (ctx, { hearingId }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    const t = start(hearing.state, listAttendees(ctx.db, hearingId));
    check(t);
    if (t.ok) setHearingState(ctx.db, hearingId, t.state, ctx.now());
    audit(ctx, hearing, 'hearing', hearingId, 'update', { state: hearing.state }, { state: 'IN_SESSION' });
    return view(ctx, hearingId);
  },

  'hearings.stage': (ctx, { hearingId, stage }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    check(moveStage(hearing.state, stage));
    setHearingStage(ctx.db, hearingId, stage, ctx.now());
    audit(ctx, hearing, 'hearing', hearingId, 'update', { stage: hearing.stage }, { stage });
    return view(ctx, hearingId);
  },

  'hearings.move': (ctx, { hearingId, cursor }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    const count = listItems(ctx.db, hearingId).length;
    if (cursor >= Math.max(count, 1))
      throw new AppError('VALIDATION_FAILED', `没有第 ${cursor + 1} 项物品`, `no item ${cursor + 1}`, {
        issues: [],
      });
    setHearingCursor(ctx.db, hearingId, cursor, ctx.now());
    audit(ctx, hearing, 'hearing', hearingId, 'update', { cursor: hearing.cursor }, { cursor });
    return view(ctx, hearingId);
  },

  'hearings.explain': (ctx, { itemId, text }) => {
    const { item, hearing } = itemAndHearing(ctx, itemId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    const at = ctx.now();
    insertExplanation(ctx.db, item.id, text, at, ctx.actor);
    audit(ctx, hearing, 'hearingItem', item.id, 'update', null, { explanation: text, at });
    return view(ctx, hearing.id);
  },

  'hearings.respond': (ctx, { itemId, stance, statement }) => {
    const { item, hearing } = itemAndHearing(ctx, itemId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    if (stance === 'objects' && statement.trim() === '')
      throw new AppError(
        'VALIDATION_FAILED',
        '申请人有异议时，请记录其异议的内容',
        'an objection needs its statement',
        {
          issues: [{ path: ['statement'], key: 'required', zh: '陈述：此项必填', en: 'statement: required' }],
        },
      );
    const response = { stance, statement, at: ctx.now() };
    insertResponse(ctx.db, item.id, response, ctx.actor);
    audit(ctx, hearing, 'hearingItem', item.id, 'update', null, { response });
    return view(ctx, hearing.id);
  },

  'hearings.ask': (ctx, { itemId, asker, question, answerer, answer }) => {
    const { item, hearing } = itemAndHearing(ctx, itemId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    const at = ctx.now();
    const id = insertQuestion(ctx.db, item.id, { asker, question, answerer, answer }, at);
    audit(ctx, hearing, 'hearingQuestion', id, 'create', null, {
      itemId: item.id,
      asker,
      question,
      answerer,
      answer,
      at,
    });
    return view(ctx, hearing.id);
  },

  'hearings.answer': (ctx, { questionId, answerer, answer }) => {
    const before = getQuestion(ctx.db, questionId);
    if (!before) throw notFound('hearingQuestion', questionId);
    const { hearing } = itemAndHearing(ctx, before.itemId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    const at = ctx.now();
    answerQuestion(ctx.db, questionId, answerer, answer, at);
    audit(ctx, hearing, 'hearingQuestion', questionId, 'update', before, {
      answerer,
      answer,
      answeredAt: at,
    });
    return view(ctx, hearing.id);
  },

  'hearings.conclude': (ctx, { hearingId, conclusion }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    check(inSession(hearing.state));
    setConclusion(ctx.db, hearingId, conclusion, ctx.now());
    audit(ctx, hearing, 'hearing', hearingId, 'update', { conclusion: hearing.conclusion }, { conclusion });
    return view(ctx, hearingId);
  },

  'hearings.finish': (ctx, { hearingId }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    writable(ctx, hearing);
    const t = finish(hearing.state, hearing.stage, hearing.conclusion);
    check(t);
    if (t.ok) setHearingState(ctx.db, hearingId, t.state, ctx.now());
    const summary = hearingView(ctx.db, hearing).summary;
    audit(
      ctx,
      hearing,
      'hearing',
      hearingId,
      'update',
      { state: hearing.state },
      {
        state: 'AWAITING_SIGNATURES',
        accepted: summary.accepted.length,
        objected: summary.objected.length,
        notAddressed: summary.notAddressed.length,
      },
    );
    return view(ctx, hearingId);
  },

  'hearings.present': (ctx, { hearingId, attachmentId, video }) => {
    const hearing = loadHearing(ctx.db, hearingId);
    const at = ctx.now();
    const payload = wallPayload(hearingView(ctx.db, hearing), attachmentId, video, at);
    audit(ctx, hearing, 'hearing', hearingId, 'update', null, {
      action: 'present',
      index: payload.index,
      media: payload.media?.sha256 ?? null,
      video: payload.video,
    });
    ctx.publish('presenter.show', { view: 'hearing', payload });
    return { view: 'hearing' as const };
  },

  // An export job (../export-job.ts): a long 听证笔录 is laid out in a worker under the hosts.
  'hearings.minutes': exportJob<'hearings.minutes'>((ctx, { hearingId, final, reveal = false }) =>
    hearingMinutesPlan(ctx, loadHearing(ctx.db, hearingId), final, reveal),
  ),
} satisfies HandlerGroup;

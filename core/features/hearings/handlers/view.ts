import { getCase } from '../../cases/store/cases';
import type { ReadDb } from '../../../platform/db/handle';
import {
  getHearing,
  listAttendees,
  listHearingAttachments,
  listOpinions,
  loadItemRecords,
  type HearingRow,
} from '../store';
import { itemStatus, summarise } from '../rules';
import { maskDeep } from '../../../platform/documents/masking';
import { notFound } from '../../../platform/api/errors';
import type { HearingView, HearingWallPayload } from '../model';

export function loadHearing(db: ReadDb, hearingId: number): HearingRow {
  const hearing = getHearing(db, hearingId);
  if (!hearing) throw notFound('hearing', hearingId);
  return hearing;
}

/** The whole hearing as the operator sees it: setup, attendees, every item with what was said, the summary. */
export function hearingView(db: ReadDb, hearing: HearingRow): HearingView {
  const records = loadItemRecords(db, hearing.id);
  const links = listHearingAttachments(db, hearing.id);
  return {
    id: hearing.id,
    caseId: hearing.caseId,
    caseNumber: getCase(db, hearing.caseId)?.caseNumber ?? '',
    type: hearing.type,
    title: hearing.title,
    date: hearing.date,
    place: hearing.place,
    isPublic: hearing.isPublic,
    state: hearing.state,
    stage: hearing.stage,
    cursor: Math.min(hearing.cursor, Math.max(records.length - 1, 0)),
    conclusion: hearing.conclusion,
    origin: hearing.origin,
    attendees: listAttendees(db, hearing.id),
    items: records.map((r) => ({
      id: r.id,
      position: r.position,
      fields: r.fields,
      status: itemStatus(r.responses),
      explanations: r.explanations,
      responses: r.responses,
      questions: r.questions,
      attachments: links
        .filter((l) => l.itemId === r.id)
        .map((l) => ({
          id: l.id,
          sha256: l.sha256,
          kind: l.kind,
          mime: l.mime,
          size: l.size,
          label: l.label,
          annotations: l.annotations,
        })),
    })),
    summary: summarise(records),
    opinions: listOpinions(db, hearing.id),
    createdAt: hearing.createdAt,
    updatedAt: hearing.updatedAt,
  };
}

/**
 * What the wall shows: the stage, the current item large, one of its photos or videos. The texts are
 * masked here (identity and phone numbers never reach the projector); the digest is added after masking
 * because a run of hex digits could look like a phone number to the mask.
 */
export function wallPayload(
  view: HearingView,
  attachmentId: number | null,
  video: { playing: boolean; at: number } | null,
  issuedAt: string,
): HearingWallPayload {
  const item = view.items[view.cursor] ?? null;
  const media =
    (attachmentId !== null ? item?.attachments.find((a) => a.id === attachmentId) : undefined) ??
    item?.attachments.find((a) => a.kind === 'photo' || a.kind === 'video') ??
    null;
  const masked = maskDeep({
    caseNumber: view.caseNumber,
    item: item && {
      position: item.position,
      fields: item.fields,
      status: item.status,
      explanation: item.explanations.at(-1)?.text ?? null,
      response: item.responses.at(-1) ?? null,
    },
    label: media?.label ?? '',
    annotations: media?.annotations ?? [],
  });
  return {
    caseNumber: masked.caseNumber,
    type: view.type,
    stage: view.stage,
    state: view.state,
    index: view.cursor,
    count: view.items.length,
    item: masked.item,
    media: media && {
      sha256: media.sha256,
      kind: media.kind,
      mime: media.mime,
      label: masked.label,
      annotations: masked.annotations,
    },
    video: media?.kind === 'video' && video ? { ...video, issuedAt } : null,
    counts: {
      accepted: view.items.filter((i) => i.status === 'accepted').length,
      objected: view.items.filter((i) => i.status === 'objected').length,
      open: view.items.filter((i) => i.status === 'open').length,
    },
  };
}

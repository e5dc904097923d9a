import { z } from 'zod';
import { read, write, job } from '../../platform/api/method';
import { ANNOTATION_KINDS, ATTENDEE_KINDS, STAGES } from './rules';
import { itemFieldShape } from './item-fields';
import { HEARING_TYPES, PANEL_ROLES } from './vocabulary';
import { revealInput } from '../../platform/documents/reveal';
import { id, isoDate, optionalText, requiredText, text } from '../../platform/api/schemas';
import type { DocumentExport } from '../documents/model';
import type { AttachmentDataView, HearingSummary, HearingView, ItemImportPreviewView } from './model';

/**
 * The hearings.* methods (public petition hearing), spread into the one contract (core/platform/api/contract.ts).
 * Same shape as there: method name -> zod input -> result type.
 */

const setupFields = {
  type: z.enum(HEARING_TYPES, { message: 'enumInvalid' }),
  title: optionalText(200),
  date: isoDate.nullable().default(null),
  place: optionalText(200),
  isPublic: z.boolean({ message: 'invalid' }).default(true),
};

const attendeeFields = {
  kind: z.enum(ATTENDEE_KINDS, { message: 'enumInvalid' }),
  name: requiredText(200),
  panelRole: z.enum(PANEL_ROLES, { message: 'enumInvalid' }).nullable().default(null),
  note: optionalText(200),
};

const unit = z.number({ message: 'invalid' }).min(0, { message: 'coordinateRange' }).max(1, {
  message: 'coordinateRange',
});
const annotation = z.strictObject({
  kind: z.enum(ANNOTATION_KINDS, { message: 'enumInvalid' }),
  x: unit,
  y: unit,
  x2: unit.nullable().default(null),
  y2: unit.nullable().default(null),
  text: optionalText(200),
  colour: z.string({ message: 'invalid' }).regex(/^#[0-9a-fA-F]{6}$/, { message: 'colourFormat' }),
});

// 20 MB of file is 26.7 million base64 characters; the handler checks the decoded size exactly.
const base64 = z.string({ message: 'invalid' }).max(28_000_000, { message: 'tooLong' });
const itemFile = {
  hearingId: id,
  fileName: requiredText(255),
  base64,
  sheet: text(100).optional(),
};

export const hearingsContract = {
  'hearings.list': read<HearingSummary[]>()(z.strictObject({ caseId: id })),
  'hearings.get': read<HearingView>()(z.strictObject({ hearingId: id })),
  'hearings.create': write<HearingView>()(z.strictObject({ caseId: id, ...setupFields })),
  'hearings.update': write<HearingView>()(z.strictObject({ hearingId: id, ...setupFields })),
  'hearings.addAttendee': write<HearingView>()(z.strictObject({ hearingId: id, ...attendeeFields })),
  'hearings.updateAttendee': write<HearingView>()(z.strictObject({ attendeeId: id, ...attendeeFields })),
  'hearings.removeAttendee': write<HearingView>()(z.strictObject({ attendeeId: id })),
  'hearings.addItem': write<HearingView>()(z.strictObject({ hearingId: id, ...itemFieldShape })),
  'hearings.updateItem': write<HearingView>()(z.strictObject({ itemId: id, ...itemFieldShape })),
  'hearings.deleteItem': write<HearingView>()(z.strictObject({ itemId: id })),
  // The list travels as base64 and is parsed again on confirm: nothing the renderer computed is trusted.
  'hearings.importPreview': read<ItemImportPreviewView>()(z.strictObject(itemFile)),
  'hearings.importConfirm': write<HearingView>()(z.strictObject(itemFile)),
  'hearings.addAttachment': write<HearingView>()(
    z.strictObject({ itemId: id, fileName: requiredText(255), base64 }),
  ),
  'hearings.removeAttachment': write<HearingView>()(z.strictObject({ attachmentId: id })),
  'hearings.attachmentData': read<AttachmentDataView>()(z.strictObject({ attachmentId: id })),
  // The hosts ask before serving GET /attachments/<sha256>: only a registered digest is served.
  'hearings.attachmentType': read<{ sha256: string; mime: string }>()(
    z.strictObject({
      sha256: z.string({ message: 'invalid' }).regex(/^[0-9a-f]{64}$/, { message: 'invalid' }),
    }),
  ),
  'hearings.annotate': write<HearingView>()(
    z.strictObject({ attachmentId: id, annotations: z.array(annotation).max(200, { message: 'tooLong' }) }),
  ),
  'hearings.start': write<HearingView>()(z.strictObject({ hearingId: id })),
  'hearings.stage': write<HearingView>()(
    z.strictObject({ hearingId: id, stage: z.enum(STAGES, { message: 'enumInvalid' }) }),
  ),
  'hearings.move': write<HearingView>()(
    z.strictObject({ hearingId: id, cursor: z.number().int().min(0).max(1_000_000) }),
  ),
  'hearings.explain': write<HearingView>()(z.strictObject({ itemId: id, text: requiredText(4000) })),
  'hearings.respond': write<HearingView>()(
    z.strictObject({
      itemId: id,
      /** the party who responds; without it, the petitioner (as before per-party responses) */
      attendeeId: id.optional(),
      stance: z.enum(['accepts', 'objects'], { message: 'enumInvalid' }),
      statement: optionalText(4000),
    }),
  ),
  /** A panel member's (听证员) own opinion, given in deliberation. */
  'hearings.opinion': write<HearingView>()(
    z.strictObject({ hearingId: id, attendeeId: id, text: requiredText(4000) }),
  ),
  'hearings.ask': write<HearingView>()(
    z.strictObject({
      itemId: id,
      asker: requiredText(200),
      question: requiredText(2000),
      answerer: optionalText(200),
      answer: optionalText(4000),
    }),
  ),
  'hearings.answer': write<HearingView>()(
    z.strictObject({ questionId: id, answerer: requiredText(200), answer: requiredText(4000) }),
  ),
  'hearings.conclude': write<HearingView>()(
    z.strictObject({ hearingId: id, conclusion: optionalText(8000) }),
  ),
  'hearings.finish': write<HearingView>()(z.strictObject({ hearingId: id })),
  // The operator puts the current item on the wall; video play/pause travels with it.
  'hearings.present': write<{ view: 'hearing' }>()(
    z.strictObject({
      hearingId: id,
      attachmentId: id.nullable().default(null),
      video: z
        .strictObject({
          playing: z.boolean({ message: 'invalid' }),
          at: z.number({ message: 'invalid' }).min(0).max(86_400),
        })
        .nullable()
        .default(null),
    }),
  ),
  'hearings.minutes': job<DocumentExport>()(
    z.strictObject({
      hearingId: id,
      final: z.boolean({ message: 'invalid' }).default(false),
      ...revealInput,
    }),
  ),
} as const;

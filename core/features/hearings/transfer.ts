import { utf8Bytes } from '../../lib/tables/zip';
import { z } from 'zod';
import {
  insertAttendee,
  insertCarriedHearing,
  insertExplanation,
  insertItem,
  insertQuestion,
  insertResponse,
  linkAttachment,
  listHearings,
  loadItemRecords,
  registerAttachment,
  setAnnotations,
  type HearingOrigin,
} from './store';
import type { OtherProceedings } from '../transfer/document';
import type { PackageFile, VerifiedPackage } from '../transfer/handlers/package';
import {
  ANNOTATION_KINDS,
  ATTENDEE_KINDS,
  checkQuantity,
  checkValue,
  HEARING_STATES,
  STAGES,
  summarise,
} from './rules';
import { ITEM_NAME_MAX, ITEM_TEXT_FIELDS, ITEM_TEXT_MAX, type ItemTextField } from './item-fields';
import { HEARING_TYPES, MEASURES, PANEL_ROLES } from './vocabulary';
import { phrases, zhOnly, type HearingsMessage } from './messages';
import type { MessageKey } from '../../platform/api/catalogue';
import { readAttachment, sniffType, storeAttachment } from '../../platform/files/attachments';
import { attendeeKey, attendeeOfKey } from './signers';
import { AppError, conflict } from '../../platform/api/errors';
import type { HandlerContext } from '../../platform/api/handler';
import { recordChange } from '../cases/handlers/records';
import { hearingMinutes } from './handlers/minutes';
import { hearingView, loadHearing } from './handlers/view';
import {
  auditCarriedSignatures,
  carriedSignatures,
  carriedSignatureSchema,
  insertCarriedSignatures,
  keyedIssue,
  parsedEntry,
  sha256Hex,
} from '../transfer/handlers/carried';

/**
 * Petition hearings in a cross-court transfer.
 *
 * - The 执行情况说明 lists every hearing of the case: type, date, state, and how the items stood
 *   (accepted / objected / not addressed).
 * - The package carries hearings.json (setup, attendees, every item with what was said, annotations,
 *   the handwritten signatures and the lock), every attachment file once under attachments/<sha256> (each
 *   listed in the manifest with its hash like any entry), and each hearing's 听证笔录 as a signed PDF
 *   (final once SIGNED, else the draft).
 * - On import the hearings are carried into the new case as the original court's records: marked with
 *   that court and case number, read-only (no write, no signature here), their signatures and lock kept.
 *   Re-holding a hearing is the receiving court's own decision: it opens a new hearing. Attachments are
 *   stored content-addressed after each file is checked against its digest (and its type against its
 *   bytes); one bad file refuses the whole import, naming it, and nothing is written.
 */

export const HEARINGS_FILE = 'hearings.json';
export const attachmentEntry = (sha256: string): string => `attachments/${sha256}`;

// ---------------------------------------------------------------------------------------------
// 执行情况说明

/** The 「听证情况」 section: each hearing in the order held, with its items' outcome. */
export function hearingProceedings(
  ctx: HandlerContext,
  caseId: number,
): NonNullable<OtherProceedings['hearings']> {
  return [...listHearings(ctx.db, caseId)].reverse().map((h, i) => {
    const s = summarise(loadItemRecords(ctx.db, h.id));
    const items = s.accepted.length + s.objected.length + s.notAddressed.length;
    const outcome = phrases.proceedingOutcome(
      items,
      s.accepted.length,
      s.objected.length,
      s.notAddressed.length,
    );
    return {
      title: phrases.proceedingTitle(
        i + 1,
        h.type,
        h.title,
        h.origin ? h.origin.court || h.origin.caseNumber : null,
      ),
      date: h.date ?? h.createdAt.slice(0, 10),
      status:
        h.state === 'DRAFT'
          ? phrases.proceedingNotHeld
          : phrases.proceedingStatus(phrases.state[h.state], outcome),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Export

/** hearings.json, each attachment file once, and each hearing's minutes as a signed PDF made now. */
export function hearingPackageFiles(ctx: HandlerContext, caseId: number): PackageFile[] {
  const hearings = [...listHearings(ctx.db, caseId)].reverse();
  if (hearings.length === 0) return [];
  const attachments = new Map<string, Uint8Array>();
  const carried = hearings.map((h) => {
    const view = hearingView(ctx.db, h);
    for (const item of view.items)
      for (const a of item.attachments) {
        if (attachments.has(a.sha256)) continue;
        const bytes = readAttachment(ctx.dataDir, a.sha256);
        if (!bytes)
          throw conflict(
            'hearings.packageFileMissing',
            { label: a.label, digest: zhOnly(a.sha256.slice(0, 12)) },
            { sha256: a.sha256, hearingId: h.id },
          );
        attachments.set(a.sha256, bytes);
      }
    return {
      id: h.id,
      type: h.type,
      title: h.title,
      date: h.date,
      place: h.place,
      isPublic: h.isPublic,
      state: h.state,
      stage: h.stage,
      cursor: h.cursor,
      conclusion: h.conclusion,
      createdAt: h.createdAt,
      updatedAt: h.updatedAt,
      origin: h.origin,
      attendees: view.attendees,
      items: view.items.map((i) => ({
        position: i.position,
        fields: i.fields,
        explanations: i.explanations,
        responses: i.responses,
        questions: i.questions.map(({ id: _id, ...q }) => q),
        attachments: i.attachments.map(({ id: _id, ...a }) => a),
      })),
      ...carriedSignatures(ctx, 'hearing', h.id),
    };
  });
  const files: PackageFile[] = [
    { path: HEARINGS_FILE, kind: 'hearings', bytes: utf8Bytes(JSON.stringify(carried, null, 2) + '\n') },
  ];
  for (const [sha256, bytes] of attachments)
    files.push({ path: attachmentEntry(sha256), kind: 'hearingAttachment', bytes });
  for (const h of hearings) {
    const doc = hearingMinutes(ctx, loadHearing(ctx.db, h.id), h.state === 'SIGNED');
    files.push({
      path: `documents/hearing-${h.id}/${doc.fileName}`,
      kind: 'hearingMinutes',
      bytes: Buffer.from(doc.base64, 'base64'),
    });
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Import

const text = (max: number) => z.string().max(max);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();
const stamp = text(40);
const sha = z.string().regex(/^[0-9a-f]{64}$/);

const signatureSchema = carriedSignatureSchema((key) =>
  attendeeOfKey(key) === null ? 'hearings.carriedSignerNotAttendee' : null,
);

// Each free-text field as long as it may be typed in (item-fields.ts); a package is checked, not trimmed.
const carriedTexts = Object.fromEntries(ITEM_TEXT_FIELDS.map((f) => [f, text(ITEM_TEXT_MAX[f])])) as Record<
  ItemTextField,
  z.ZodString
>;

const itemSchema = z.object({
  position: z.number().int().min(1),
  fields: z
    .object({
      name: text(ITEM_NAME_MAX).min(1),
      quantity: text(20),
      measure: z.enum(MEASURES),
      value: text(20).nullable(),
      ...carriedTexts,
    })
    .superRefine((f, issue) => {
      if (checkQuantity(f.quantity))
        issue.addIssue(keyedIssue('hearings.carriedQuantity', { quantity: f.quantity }));
      if (f.value !== null && checkValue(f.value))
        issue.addIssue(keyedIssue('hearings.carriedValue', { value: f.value }));
    }),
  explanations: z.array(z.object({ text: text(5000), at: stamp })).max(1000),
  responses: z
    .array(z.object({ stance: z.enum(['accepts', 'objects']), statement: text(5000), at: stamp }))
    .max(1000),
  questions: z
    .array(
      z.object({
        asker: text(200),
        question: text(5000),
        answerer: text(200),
        answer: text(5000),
        at: stamp,
        answeredAt: stamp.nullable(),
      }),
    )
    .max(1000),
  attachments: z
    .array(
      z.object({
        sha256: sha,
        kind: z.enum(['photo', 'document', 'video']),
        mime: text(100),
        size: z.number().int().min(1),
        label: text(200),
        annotations: z
          .array(
            z.object({
              kind: z.enum(ANNOTATION_KINDS),
              x: z.number().min(0).max(1),
              y: z.number().min(0).max(1),
              x2: z.number().min(0).max(1).nullable(),
              y2: z.number().min(0).max(1).nullable(),
              text: text(500),
              colour: text(20),
            }),
          )
          .max(200),
      }),
    )
    .max(200),
});

const hearingFileSchema = z
  .array(
    z
      .object({
        id: z.number().int(),
        type: z.enum(HEARING_TYPES),
        title: text(200),
        date: day,
        place: text(200),
        isPublic: z.boolean(),
        state: z.enum(HEARING_STATES),
        stage: z.enum(STAGES),
        cursor: z.number().int().min(0),
        conclusion: text(10_000),
        createdAt: stamp,
        updatedAt: stamp,
        origin: z.object({ court: text(200), caseNumber: text(100) }).nullable(),
        attendees: z
          .array(
            z.object({
              id: z.number().int(),
              kind: z.enum(ATTENDEE_KINDS),
              name: text(200).min(1),
              panelRole: z.enum(PANEL_ROLES).nullable(),
              note: text(200),
            }),
          )
          .max(200),
        items: z.array(itemSchema).max(5000),
        signatures: z.array(signatureSchema).max(200),
        locked: z.object({ at: stamp, actor: text(200) }).nullable(),
      })
      .superRefine((h, issue) => {
        const bad = (key: MessageKey) => issue.addIssue(keyedIssue(key));
        const ids = new Set(h.attendees.map((a) => a.id));
        if (ids.size !== h.attendees.length) bad('hearings.carriedAttendeeTwice');
        if (new Set(h.signatures.map((s) => s.signerKey)).size !== h.signatures.length)
          bad('hearings.carriedSignerTwice');
        if (h.signatures.some((s) => !ids.has(attendeeOfKey(s.signerKey) ?? -1)))
          bad('hearings.carriedSignerNotAttendee');
        if (h.locked && h.state !== 'SIGNED') bad('hearings.carriedLockUnsigned');
      }),
  )
  .max(1000);

const badAttachment = (entry: string, key: HearingsMessage & `packageAttachment${string}`) =>
  new AppError('IMPORT_INVALID', `hearings.${key}`, { entry }, { entry });

/**
 * Takes in the package's hearings (absent in packages made before hearings travelled: none). Everything
 * is checked first — the JSON, every signature, every attachment file against its digest and its type —
 * then written inside transfer.import's one transaction: a problem throws IMPORT_INVALID naming the entry,
 * and nothing at all is written.
 */
export function importHearings(
  ctx: HandlerContext,
  pkg: VerifiedPackage,
  caseId: number,
  original: HearingOrigin,
): number {
  const hearings = parsedEntry(pkg, HEARINGS_FILE, hearingFileSchema);
  if (!hearings) return 0;

  // Every attachment file: present, its bytes hashing to its name, its type what its bytes say.
  const files = new Map<string, Uint8Array>();
  for (const h of hearings)
    for (const item of h.items)
      for (const a of item.attachments) {
        if (files.has(a.sha256)) continue;
        const entry = attachmentEntry(a.sha256);
        const data = pkg.files.get(entry);
        if (!data) throw badAttachment(entry, 'packageAttachmentAbsent');
        if (sha256Hex(data) !== a.sha256) throw badAttachment(entry, 'packageAttachmentTampered');
        const type = sniffType(data);
        if (!type || type.kind !== a.kind || type.mime !== a.mime || data.length !== a.size)
          throw badAttachment(entry, 'packageAttachmentMismatch');
        files.set(a.sha256, data);
      }

  const at = ctx.now();
  for (const x of hearings) {
    const origin = x.origin ?? original;
    const id = insertCarriedHearing(ctx.db, caseId, x, origin);
    const attendeeIds = new Map<number, number>();
    for (const a of x.attendees)
      attendeeIds.set(
        a.id,
        insertAttendee(ctx.db, id, {
          kind: a.kind,
          name: a.name,
          panelRole: a.kind === 'panel' ? a.panelRole : null,
          note: a.note,
        }),
      );
    let links = 0;
    for (const item of [...x.items].sort((p, q) => p.position - q.position)) {
      const itemId = insertItem(ctx.db, id, item.fields);
      for (const e of item.explanations) insertExplanation(ctx.db, itemId, e.text, e.at, ctx.actor);
      for (const r of item.responses) insertResponse(ctx.db, itemId, r, ctx.actor);
      for (const q of item.questions) insertQuestion(ctx.db, itemId, q, q.at, q.answeredAt);
      for (const a of item.attachments) {
        registerAttachment(ctx.db, { sha256: a.sha256, kind: a.kind, mime: a.mime, size: a.size }, at);
        const link = linkAttachment(ctx.db, itemId, a.sha256, a.label);
        if (a.annotations.length) setAnnotations(ctx.db, link, a.annotations);
        links++;
      }
    }
    insertCarriedSignatures(ctx, 'hearing', id, x, (key) =>
      attendeeKey(attendeeIds.get(attendeeOfKey(key)!)!),
    );
    recordChange(ctx, {
      entity: 'hearing',
      entityId: id,
      action: 'create',
      before: null,
      after: {
        carried: true,
        origin,
        originalId: x.id,
        type: x.type,
        title: x.title,
        date: x.date,
        state: x.state,
        attendees: x.attendees.length,
        items: x.items.length,
        attachments: links,
        signatures: x.signatures.length,
        locked: x.locked !== null,
      },
      caseId,
    });
    if (x.signatures.length) auditCarriedSignatures(ctx, 'hearing', id, origin, x.signatures, at);
  }
  // The files last, content-addressed: storing one that is already there is a no-op.
  for (const data of files.values()) storeAttachment(ctx.dataDir, data);
  return hearings.length;
}

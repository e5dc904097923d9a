import {
  attachmentMime,
  deleteItem,
  getItemAttachment,
  insertItem,
  linkAttachment,
  registerAttachment,
  renumberItems,
  setAnnotations,
  unlinkAttachment,
  updateItem,
} from '../store';
import { recordOpen } from '../rules';
import { pickItemFields } from '../item-fields';
import { ItemTableError, previewItems } from '../item-import';
import { clauses } from '../messages';
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
import { AppError, conflict, notFound } from '../../../platform/api/errors';
import type { HandlerGroup } from '../../../platform/api/handler';
import type { ItemImportPreviewView } from '../model';
import { hearingView, loadHearing } from './view';
import { audit, check, itemAndHearing, view, writable } from './write';

/**
 * The executed-items list of a hearing: items typed in or imported from a table, their attachments
 * (stored by digest, typed by their bytes) and the annotations on photos.
 */

function decode(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1)
    throw new AppError('IMPORT_INVALID', 'hearings.notBase64', {}, { reason: 'notBase64' });
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
    // The table reader's texts come rendered from its own catalogue.
    if (error instanceof ImportFileError)
      throw AppError.fromText('IMPORT_INVALID', error.text, { reason: error.code, ...error.details });
    if (error instanceof ItemTableError)
      throw new AppError('IMPORT_INVALID', `hearings.${error.reason}`, error.vars, { reason: error.reason });
    throw error;
  }
}

export const itemHandlers = {
  'hearings.addItem': (ctx, input) => {
    const hearing = loadHearing(ctx.db, input.hearingId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const fields = pickItemFields(input);
    const id = insertItem(ctx.db, hearing.id, fields);
    audit(ctx, hearing, 'hearingItem', id, 'create', null, { hearingId: hearing.id, ...fields });
    return view(ctx, hearing.id);
  },

  'hearings.updateItem': (ctx, input) => {
    const { item, hearing } = itemAndHearing(ctx, input.itemId);
    writable(ctx, hearing);
    check(recordOpen(hearing.state));
    const fields = pickItemFields(input);
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
      throw conflict('hearings.itemDiscussed');
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
        'hearings.importRowErrors',
        {
          row: first.row,
          errors: clauses(
            first.errors.map((e) => e.zh),
            first.errors.map((e) => e.en),
          ),
          count: bad.length,
        },
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
      throw new AppError('VALIDATION_FAILED', 'hearings.attachmentEmpty', {}, { reason: 'empty' });
    if (bytes.length > MAX_ATTACHMENT_BYTES)
      throw new AppError(
        'VALIDATION_FAILED',
        'hearings.attachmentTooLarge',
        { mb: MAX_ATTACHMENT_MB },
        { reason: 'tooLarge', bytes: bytes.length },
      );
    const type = sniffType(bytes);
    if (!type) throw new AppError('VALIDATION_FAILED', 'hearings.attachmentType', {}, { reason: 'type' });
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
      throw new AppError('NOT_FOUND', 'hearings.attachmentFileMissing', {}, { sha256: link.sha256 });
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
    if (link.kind !== 'photo') throw conflict('hearings.photosOnly');
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
} satisfies HandlerGroup;

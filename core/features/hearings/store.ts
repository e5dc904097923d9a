import type {
  Annotation,
  Attendee,
  AttendeeKind,
  Explanation,
  HearingState,
  ItemRecord,
  Question,
  Opinion,
  Response,
  Stage,
} from './rules';
import { ITEM_COLUMNS, type ItemColumn, type ItemFields } from './item-fields';
import type { HearingType, PanelRole } from './vocabulary';
import { fenToYuan, yuanToFen } from '../../lib/money/amount';
import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';

/** Petition hearings (migration 007): one module for the aggregate, SQL only here. */

export type HearingSetup = {
  type: HearingType;
  title: string;
  date: string | null;
  place: string;
  isPublic: boolean;
};

/** A hearing held by another court, carried here with its case in a transfer package (migration 011). */
export type HearingOrigin = { court: string; caseNumber: string };

export type HearingRow = HearingSetup & {
  id: number;
  caseId: number;
  /** null for a hearing held here; the original court's case for one carried in a transfer package */
  origin: HearingOrigin | null;
  state: HearingState;
  stage: Stage;
  cursor: number;
  conclusion: string;
  createdAt: string;
  updatedAt: string;
};

type RawHearing = {
  id: number;
  case_id: number;
  type: HearingType;
  title: string;
  date: string | null;
  place: string;
  public: number;
  state: HearingState;
  stage: Stage;
  cursor: number;
  conclusion: string;
  created_at: string;
  updated_at: string;
  origin_court: string | null;
  origin_case_number: string | null;
};

const toHearing = (r: RawHearing): HearingRow => ({
  id: r.id,
  caseId: r.case_id,
  origin:
    r.origin_court === null && r.origin_case_number === null
      ? null
      : { court: r.origin_court ?? '', caseNumber: r.origin_case_number ?? '' },
  type: r.type,
  title: r.title,
  date: r.date,
  place: r.place,
  isPublic: r.public === 1,
  state: r.state,
  stage: r.stage,
  cursor: r.cursor,
  conclusion: r.conclusion,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function insertHearing(db: WriteDb, caseId: number, setup: HearingSetup, at: string): number {
  return Number(
    stmt(
      db,
      'INSERT INTO petition_hearings (case_id, type, title, date, place, public, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(caseId, setup.type, setup.title, setup.date, setup.place, setup.isPublic ? 1 : 0, at, at)
      .lastInsertRowid,
  );
}

/**
 * A hearing carried in a transfer package: inserted with its state, stage, cursor and conclusion
 * as the original court left them, and that court as its origin.
 */
export function insertCarriedHearing(
  db: WriteDb,
  caseId: number,
  h: HearingSetup & {
    state: HearingState;
    stage: Stage;
    cursor: number;
    conclusion: string;
    createdAt: string;
    updatedAt: string;
  },
  origin: HearingOrigin,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO petition_hearings (case_id, type, title, date, place, public, state, stage, cursor, conclusion,
         created_at, updated_at, origin_court, origin_case_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      caseId,
      h.type,
      h.title,
      h.date,
      h.place,
      h.isPublic ? 1 : 0,
      h.state,
      h.stage,
      h.cursor,
      h.conclusion,
      h.createdAt,
      h.updatedAt,
      origin.court,
      origin.caseNumber,
    ).lastInsertRowid,
  );
}

export function updateHearingSetup(db: WriteDb, id: number, setup: HearingSetup, at: string): void {
  stmt(
    db,
    'UPDATE petition_hearings SET type = ?, title = ?, date = ?, place = ?, public = ?, updated_at = ? WHERE id = ?',
  ).run(setup.type, setup.title, setup.date, setup.place, setup.isPublic ? 1 : 0, at, id);
}

export function getHearing(db: ReadDb, id: number): HearingRow | undefined {
  const raw = stmt(db, 'SELECT * FROM petition_hearings WHERE id = ?').get(id) as RawHearing | undefined;
  return raw && toHearing(raw);
}

export function listHearings(db: ReadDb, caseId: number): HearingRow[] {
  return (
    stmt(db, 'SELECT * FROM petition_hearings WHERE case_id = ? ORDER BY id DESC').all(caseId) as RawHearing[]
  ).map(toHearing);
}

export function setHearingState(db: WriteDb, id: number, state: HearingState, at: string): void {
  stmt(db, 'UPDATE petition_hearings SET state = ?, updated_at = ? WHERE id = ?').run(state, at, id);
}

export function setHearingStage(db: WriteDb, id: number, stage: Stage, at: string): void {
  stmt(db, 'UPDATE petition_hearings SET stage = ?, updated_at = ? WHERE id = ?').run(stage, at, id);
}

export function setHearingCursor(db: WriteDb, id: number, cursor: number, at: string): void {
  stmt(db, 'UPDATE petition_hearings SET cursor = ?, updated_at = ? WHERE id = ?').run(cursor, at, id);
}

export function setConclusion(db: WriteDb, id: number, conclusion: string, at: string): void {
  stmt(db, 'UPDATE petition_hearings SET conclusion = ?, updated_at = ? WHERE id = ?').run(
    conclusion,
    at,
    id,
  );
}

// --- attendees -------------------------------------------------------------------------------

export type AttendeeInput = { kind: AttendeeKind; name: string; panelRole: PanelRole | null; note: string };

type RawAttendee = {
  id: number;
  kind: AttendeeKind;
  name: string;
  panel_role: PanelRole | null;
  note: string;
};

export function insertAttendee(db: WriteDb, hearingId: number, a: AttendeeInput): number {
  const next = stmt(db, 'SELECT coalesce(max(position), 0) + 1 FROM petition_attendees WHERE hearing_id = ?')
    .pluck()
    .get(hearingId) as number;
  return Number(
    stmt(
      db,
      'INSERT INTO petition_attendees (hearing_id, kind, name, panel_role, note, position) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(hearingId, a.kind, a.name, a.panelRole, a.note, next).lastInsertRowid,
  );
}

export function updateAttendee(db: WriteDb, id: number, a: AttendeeInput): void {
  stmt(db, 'UPDATE petition_attendees SET kind = ?, name = ?, panel_role = ?, note = ? WHERE id = ?').run(
    a.kind,
    a.name,
    a.panelRole,
    a.note,
    id,
  );
}

export function deleteAttendee(db: WriteDb, id: number): void {
  stmt(db, 'DELETE FROM petition_attendees WHERE id = ?').run(id);
}

export function getAttendee(db: ReadDb, id: number): (Attendee & { hearingId: number }) | undefined {
  const r = stmt(db, 'SELECT * FROM petition_attendees WHERE id = ?').get(id) as
    (RawAttendee & { hearing_id: number }) | undefined;
  return r && { ...toAttendee(r), hearingId: r.hearing_id };
}

const toAttendee = (r: RawAttendee): Attendee => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  panelRole: r.panel_role,
  note: r.note,
});

export function listAttendees(db: ReadDb, hearingId: number): Attendee[] {
  return (
    stmt(db, 'SELECT * FROM petition_attendees WHERE hearing_id = ? ORDER BY position, id').all(
      hearingId,
    ) as RawAttendee[]
  ).map(toAttendee);
}

// --- items -----------------------------------------------------------------------------------

/**
 * Each item field has its column in petition_items, named as the field in snake case (documentNo ->
 * document_no) and holding it as is, except the value, which is kept in fen (value_fen).
 */
const columnOf = (field: ItemColumn): string =>
  field === 'value' ? 'value_fen' : field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const ITEM_SQL_COLUMNS = ITEM_COLUMNS.map(columnOf);

type RawItem = { id: number; hearing_id: number; position: number } & Record<string, unknown>;

export type ItemRow = { id: number; hearingId: number; position: number; fields: ItemFields };

const toItem = (r: RawItem): ItemRow => ({
  id: r.id,
  hearingId: r.hearing_id,
  position: r.position,
  fields: Object.fromEntries(
    ITEM_COLUMNS.map((field) => {
      const stored = r[columnOf(field)];
      if (field !== 'value') return [field, stored];
      return [field, stored === null ? null : fenToYuan(stored as number)];
    }),
  ) as ItemFields,
});

const itemArgs = (f: ItemFields) =>
  ITEM_COLUMNS.map((field) => {
    if (field !== 'value') return f[field];
    return f.value === null ? null : yuanToFen(f.value);
  });

const INSERT_ITEM = `INSERT INTO petition_items (hearing_id, position, ${ITEM_SQL_COLUMNS.join(', ')})
  VALUES (?, ?, ${ITEM_SQL_COLUMNS.map(() => '?').join(', ')})`;
const UPDATE_ITEM = `UPDATE petition_items SET ${ITEM_SQL_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;

export function insertItem(db: WriteDb, hearingId: number, f: ItemFields): number {
  const next = stmt(db, 'SELECT coalesce(max(position), 0) + 1 FROM petition_items WHERE hearing_id = ?')
    .pluck()
    .get(hearingId) as number;
  return Number(stmt(db, INSERT_ITEM).run(hearingId, next, ...itemArgs(f)).lastInsertRowid);
}

export function updateItem(db: WriteDb, id: number, f: ItemFields): void {
  stmt(db, UPDATE_ITEM).run(...itemArgs(f), id);
}

export function deleteItem(db: WriteDb, id: number): void {
  stmt(db, 'DELETE FROM petition_items WHERE id = ?').run(id);
}

/** Positions 1..n again after a delete, in the old order. */
export function renumberItems(db: WriteDb, hearingId: number): void {
  const ids = stmt(db, 'SELECT id FROM petition_items WHERE hearing_id = ? ORDER BY position, id')
    .pluck()
    .all(hearingId) as number[];
  ids.forEach((id, i) => stmt(db, 'UPDATE petition_items SET position = ? WHERE id = ?').run(i + 1, id));
}

export function getItem(db: ReadDb, id: number): ItemRow | undefined {
  const r = stmt(db, 'SELECT * FROM petition_items WHERE id = ?').get(id) as RawItem | undefined;
  return r && toItem(r);
}

export function listItems(db: ReadDb, hearingId: number): ItemRow[] {
  return (
    stmt(db, 'SELECT * FROM petition_items WHERE hearing_id = ? ORDER BY position, id').all(
      hearingId,
    ) as RawItem[]
  ).map(toItem);
}

// --- attachments -----------------------------------------------------------------------------

export type StoredAttachment = {
  sha256: string;
  kind: 'photo' | 'document' | 'video';
  mime: string;
  size: number;
};
export type ItemAttachment = StoredAttachment & {
  id: number;
  itemId: number;
  label: string;
  annotations: Annotation[];
};

export function registerAttachment(db: WriteDb, a: StoredAttachment, at: string): void {
  stmt(
    db,
    'INSERT INTO petition_attachments (sha256, kind, mime, size, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  ).run(a.sha256, a.kind, a.mime, a.size, at);
}

/** The type of a registered file, for the hosts that serve it; null when the digest is unknown. */
export function attachmentMime(db: ReadDb, sha256: string): string | null {
  return (
    (stmt(db, 'SELECT mime FROM petition_attachments WHERE sha256 = ?').pluck().get(sha256) as
      string | undefined) ?? null
  );
}

export function linkAttachment(db: WriteDb, itemId: number, sha256: string, label: string): number {
  const next = stmt(
    db,
    'SELECT coalesce(max(position), 0) + 1 FROM petition_item_attachments WHERE item_id = ?',
  )
    .pluck()
    .get(itemId) as number;
  return Number(
    stmt(
      db,
      'INSERT INTO petition_item_attachments (item_id, sha256, label, position) VALUES (?, ?, ?, ?)',
    ).run(itemId, sha256, label, next).lastInsertRowid,
  );
}

export function unlinkAttachment(db: WriteDb, id: number): void {
  stmt(db, 'DELETE FROM petition_item_attachments WHERE id = ?').run(id);
}

export function setAnnotations(db: WriteDb, id: number, annotations: readonly Annotation[]): void {
  stmt(db, 'UPDATE petition_item_attachments SET annotations_json = ? WHERE id = ?').run(
    JSON.stringify(annotations),
    id,
  );
}

type RawLink = {
  id: number;
  item_id: number;
  sha256: string;
  label: string;
  annotations_json: string;
  kind: StoredAttachment['kind'];
  mime: string;
  size: number;
};

const toLink = (r: RawLink): ItemAttachment => ({
  id: r.id,
  itemId: r.item_id,
  sha256: r.sha256,
  label: r.label,
  annotations: JSON.parse(r.annotations_json) as Annotation[],
  kind: r.kind,
  mime: r.mime,
  size: r.size,
});

const LINK_SQL = `SELECT l.id, l.item_id, l.sha256, l.label, l.annotations_json, a.kind, a.mime, a.size
  FROM petition_item_attachments l JOIN petition_attachments a ON a.sha256 = l.sha256`;

export function getItemAttachment(db: ReadDb, id: number): ItemAttachment | undefined {
  const r = stmt(db, `${LINK_SQL} WHERE l.id = ?`).get(id) as RawLink | undefined;
  return r && toLink(r);
}

export function listHearingAttachments(db: ReadDb, hearingId: number): ItemAttachment[] {
  return (
    stmt(
      db,
      `${LINK_SQL} JOIN petition_items i ON i.id = l.item_id WHERE i.hearing_id = ? ORDER BY i.position, l.position, l.id`,
    ).all(hearingId) as RawLink[]
  ).map(toLink);
}

// --- what was said ---------------------------------------------------------------------------

export function insertExplanation(
  db: WriteDb,
  itemId: number,
  text: string,
  at: string,
  actor: string,
): void {
  stmt(
    db,
    "INSERT INTO petition_statements (item_id, kind, stance, text, at, actor) VALUES (?, 'explanation', NULL, ?, ?, ?)",
  ).run(itemId, text, at, actor);
}

export function insertResponse(db: WriteDb, itemId: number, r: Response, actor: string): void {
  stmt(
    db,
    "INSERT INTO petition_statements (item_id, kind, stance, text, at, actor, attendee_id) VALUES (?, 'response', ?, ?, ?, ?, ?)",
  ).run(itemId, r.stance, r.statement, r.at, actor, r.attendeeId ?? null);
}

/** A panel member's opinion in deliberation (migration 018): history, a new one is a new row. */
export function insertOpinion(
  db: WriteDb,
  hearingId: number,
  attendeeId: number,
  text: string,
  at: string,
  actor: string,
): number {
  return Number(
    stmt(
      db,
      'INSERT INTO petition_opinions (hearing_id, attendee_id, text, at, actor) VALUES (?, ?, ?, ?, ?)',
    ).run(hearingId, attendeeId, text, at, actor).lastInsertRowid,
  );
}

export function listOpinions(db: ReadDb, hearingId: number): Opinion[] {
  return (
    stmt(db, 'SELECT id, attendee_id, text, at FROM petition_opinions WHERE hearing_id = ? ORDER BY id').all(
      hearingId,
    ) as { id: number; attendee_id: number; text: string; at: string }[]
  ).map((r) => ({ id: r.id, attendeeId: r.attendee_id, text: r.text, at: r.at }));
}

export function insertQuestion(
  db: WriteDb,
  itemId: number,
  q: { asker: string; question: string; answerer: string; answer: string },
  at: string,
  /** When the answer was given; the asking time by default (a carried record keeps its own). */
  answeredAt: string | null = q.answer === '' ? null : at,
): number {
  return Number(
    stmt(
      db,
      'INSERT INTO petition_questions (item_id, asker, question, answerer, answer, at, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(itemId, q.asker, q.question, q.answerer, q.answer, at, answeredAt).lastInsertRowid,
  );
}

export function answerQuestion(db: WriteDb, id: number, answerer: string, answer: string, at: string): void {
  stmt(db, 'UPDATE petition_questions SET answerer = ?, answer = ?, answered_at = ? WHERE id = ?').run(
    answerer,
    answer,
    answer === '' ? null : at,
    id,
  );
}

export function getQuestion(db: ReadDb, id: number): (Question & { itemId: number }) | undefined {
  const r = stmt(db, 'SELECT * FROM petition_questions WHERE id = ?').get(id) as RawQuestion | undefined;
  return r && { ...toQuestion(r), itemId: r.item_id };
}

type RawQuestion = {
  id: number;
  item_id: number;
  asker: string;
  question: string;
  answerer: string;
  answer: string;
  at: string;
  answered_at: string | null;
};

const toQuestion = (r: RawQuestion): Question => ({
  id: r.id,
  asker: r.asker,
  question: r.question,
  answerer: r.answerer,
  answer: r.answer,
  at: r.at,
  answeredAt: r.answered_at,
});

/** Every item with everything said about it, in list order: the record the screen and the minutes share. */
export function loadItemRecords(db: ReadDb, hearingId: number): ItemRecord[] {
  const items = listItems(db, hearingId);
  const statements = stmt(
    db,
    `SELECT s.item_id, s.kind, s.stance, s.text, s.at, s.attendee_id FROM petition_statements s
     JOIN petition_items i ON i.id = s.item_id WHERE i.hearing_id = ? ORDER BY s.id`,
  ).all(hearingId) as {
    item_id: number;
    kind: 'explanation' | 'response';
    stance: Response['stance'] | null;
    text: string;
    at: string;
    attendee_id: number | null;
  }[];
  const questions = stmt(
    db,
    `SELECT q.* FROM petition_questions q JOIN petition_items i ON i.id = q.item_id
     WHERE i.hearing_id = ? ORDER BY q.id`,
  ).all(hearingId) as RawQuestion[];
  const links = listHearingAttachments(db, hearingId);
  return items.map((item) => {
    const mine = statements.filter((s) => s.item_id === item.id);
    const explanations: Explanation[] = mine
      .filter((s) => s.kind === 'explanation')
      .map((s) => ({ text: s.text, at: s.at }));
    const responses: Response[] = mine
      .filter((s) => s.kind === 'response')
      .map((s) => ({ stance: s.stance!, statement: s.text, at: s.at, attendeeId: s.attendee_id }));
    return {
      id: item.id,
      position: item.position,
      fields: item.fields,
      explanations,
      responses,
      questions: questions.filter((q) => q.item_id === item.id).map(toQuestion),
      annotations: links.filter((l) => l.itemId === item.id).flatMap((l) => l.annotations),
    };
  });
}

/**
 * The hearing's course as its audit rows record it: each stage entered, and the start and the finish,
 * oldest first (the minutes print it; the audit chain is the record).
 */
export function listHearingCourse(
  db: ReadDb,
  hearingId: number,
): { at: string; stage: Stage | null; state: HearingState | null }[] {
  return (
    stmt(
      db,
      `SELECT at, json_extract(after_json, '$.stage') AS stage, json_extract(after_json, '$.state') AS state
       FROM audit_log WHERE entity = 'hearing' AND entity_id = ? AND action = 'update'
         AND (json_extract(after_json, '$.stage') IS NOT NULL OR json_extract(after_json, '$.state') IS NOT NULL)
       ORDER BY seq`,
    ).all(String(hearingId)) as { at: string; stage: Stage | null; state: HearingState | null }[]
  ).map((r) => ({ at: r.at, stage: r.stage, state: r.state }));
}

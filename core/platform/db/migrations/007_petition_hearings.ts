import type { Migration } from './types';

/**
 * Public petition hearings (信访/执行听证): setup, attendees, the executed-items list, attachments
 * (files live content-addressed beside the database; petition_attachments registers each digest with the
 * type read from its bytes), and what was said per item. Explanations and responses are history: a new
 * one is a new row, never a rewrite. Questions get their answer later, so they are updated (and audited).
 */
const SQL = `
CREATE TABLE petition_hearings (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('执行听证', '涉执信访听证', '执行异议听证')),
  title TEXT NOT NULL DEFAULT '',
  date TEXT NULL,
  place TEXT NOT NULL DEFAULT '',
  public INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0, 1)),
  state TEXT NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'IN_SESSION', 'AWAITING_SIGNATURES', 'SIGNED')),
  stage TEXT NOT NULL DEFAULT 'opening' CHECK (stage IN ('opening', 'statement', 'explanation', 'evidence', 'questioning', 'deliberation', 'conclusion')),
  cursor INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
  conclusion TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX idx_petition_hearings_case ON petition_hearings (case_id, id);

CREATE TABLE petition_attendees (
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES petition_hearings (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('petitioner', 'agent', 'panel', 'presiding', 'judge', 'clerk', 'notary', 'interpreter')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  panel_role TEXT NULL CHECK (panel_role IN ('人大代表', '政协委员', '律师', '人民调解员', '其他')),
  note TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  CHECK ((kind = 'panel') = (panel_role IS NOT NULL))
) STRICT;
CREATE INDEX idx_petition_attendees_hearing ON petition_attendees (hearing_id, position);

CREATE TABLE petition_items (
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES petition_hearings (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  quantity TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  measure TEXT NOT NULL CHECK (measure IN ('查封', '扣押', '拍卖', '变卖', '发还', '抵债', '其他')),
  location TEXT NOT NULL DEFAULT '',
  basis TEXT NOT NULL DEFAULT '',
  document_no TEXT NOT NULL DEFAULT '',
  value_fen INTEGER NULL CHECK (value_fen IS NULL OR value_fen >= 0),
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX idx_petition_items_hearing ON petition_items (hearing_id, position);

CREATE TABLE petition_attachments (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  kind TEXT NOT NULL CHECK (kind IN ('photo', 'document', 'video')),
  mime TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size > 0),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE petition_item_attachments (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES petition_items (id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL REFERENCES petition_attachments (sha256),
  label TEXT NOT NULL,
  position INTEGER NOT NULL,
  annotations_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(annotations_json))
) STRICT;
CREATE INDEX idx_petition_item_attachments_item ON petition_item_attachments (item_id, position);
CREATE INDEX idx_petition_item_attachments_sha ON petition_item_attachments (sha256);

CREATE TABLE petition_statements (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES petition_items (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('explanation', 'response')),
  stance TEXT NULL CHECK (stance IN ('accepts', 'objects')),
  text TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  CHECK ((kind = 'response') = (stance IS NOT NULL))
) STRICT;
CREATE INDEX idx_petition_statements_item ON petition_statements (item_id, id);
CREATE TRIGGER petition_statements_no_update BEFORE UPDATE ON petition_statements
BEGIN SELECT RAISE(ABORT, 'petition_statements is append-only'); END;

CREATE TABLE petition_questions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES petition_items (id) ON DELETE CASCADE,
  asker TEXT NOT NULL,
  question TEXT NOT NULL CHECK (length(question) >= 1),
  answerer TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  answered_at TEXT NULL
) STRICT;
CREATE INDEX idx_petition_questions_item ON petition_questions (item_id, id);
`;

export const migration007: Migration = {
  version: 7,
  name: 'petition_hearings',
  up: (db) => {
    db.exec(SQL);
  },
};

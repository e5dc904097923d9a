import type { Migration } from './types';

/**
 * Petition hearings with every voice (issue 17).
 *
 * - petition_attendees takes the parties of an enforcement hearing besides the petitioner: 申请执行人
 *   ('applicant'), 被执行人 ('respondent'), 利害关系人 ('interested'), 案外人 ('outsider'). Rebuilt
 *   because a CHECK cannot change in place; ids are kept (signatures name 'attendee:<id>').
 * - petition_statements.attendee_id: who gave a response (NULL: the petitioner, as before this migration).
 * - petition_opinions: each 听证员's own opinion in deliberation; history, never rewritten.
 */
const SQL = `
CREATE TABLE petition_attendees_018 (
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES petition_hearings (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('petitioner', 'applicant', 'respondent', 'interested', 'outsider', 'agent', 'panel', 'presiding', 'judge', 'clerk', 'notary', 'interpreter')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  panel_role TEXT NULL CHECK (panel_role IN ('人大代表', '政协委员', '律师', '人民调解员', '其他')),
  note TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  CHECK ((kind = 'panel') = (panel_role IS NOT NULL))
) STRICT;
INSERT INTO petition_attendees_018 (id, hearing_id, kind, name, panel_role, note, position)
  SELECT id, hearing_id, kind, name, panel_role, note, position FROM petition_attendees;
DROP TABLE petition_attendees;
ALTER TABLE petition_attendees_018 RENAME TO petition_attendees;
CREATE INDEX idx_petition_attendees_hearing ON petition_attendees (hearing_id, position);

ALTER TABLE petition_statements ADD COLUMN attendee_id INTEGER NULL
  REFERENCES petition_attendees (id) ON DELETE SET NULL;

CREATE TABLE petition_opinions (
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES petition_hearings (id) ON DELETE CASCADE,
  attendee_id INTEGER NOT NULL REFERENCES petition_attendees (id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX idx_petition_opinions_hearing ON petition_opinions (hearing_id, id);
CREATE TRIGGER petition_opinions_no_update BEFORE UPDATE ON petition_opinions
BEGIN SELECT RAISE(ABORT, 'petition_opinions is append-only'); END;
`;

export const migration018: Migration = {
  version: 18,
  name: 'hearing voices',
  up: (db) => {
    db.exec(SQL);
  },
};

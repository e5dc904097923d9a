import type { Migration } from './types';

/**
 * 查控措施: 轮候 and a fix (issue 18).
 *
 * waits_for: a 轮候 measure queues behind another measure on the same property; promoted_on is the day it
 * took effect as a formal seal when the one before it ended (查封扣押冻结规定 第二十六条). Its term counts
 * from that day.
 *
 * The fix: measures.renews_id is ON DELETE RESTRICT (migration 006), which keeps a measure from being
 * deleted before its renewal; but deleting a case cascades to all its measures at once and the RESTRICT
 * refused it with a raw foreign-key error whenever one of them had been renewed. The case is going with
 * all its measures, so before it goes its measures' links are cleared.
 */
const SQL = `
ALTER TABLE measures ADD COLUMN waits_for INTEGER NULL REFERENCES measures (id) ON DELETE SET NULL;
ALTER TABLE measures ADD COLUMN promoted_on TEXT NULL CHECK (promoted_on IS NULL OR promoted_on >= start_date);
CREATE INDEX idx_measures_waits_for ON measures (waits_for);
CREATE TRIGGER measures_unlink_before_case_delete BEFORE DELETE ON cases
BEGIN
  UPDATE measures SET renews_id = NULL, waits_for = NULL
    WHERE case_id = OLD.id AND (renews_id IS NOT NULL OR waits_for IS NOT NULL);
END;
`;

export const migration015: Migration = {
  version: 15,
  name: 'measure_queue',
  up: (db) => {
    db.exec(SQL);
  },
};

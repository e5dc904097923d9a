import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { listImportBatches } from '../../../core/features/imports/store';
import { tempDir } from '../../support/temp';

describe('migration 017 (import batches: UTF-16 encodings, the recognised layout)', () => {
  it('keeps every batch and its payment links, widens the encoding CHECK and adds layout', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 16 });
    db.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)导1号', 't', 't')",
    ).run();
    db.prepare(
      `INSERT INTO payments (id, case_id, code, date, amount_fen, kind, note, position)
       VALUES (7, 1, 'p1', '2024-01-05', 50000, '自动履行', '', 1)`,
    ).run();
    db.prepare(
      `INSERT INTO import_batches (id, case_id, file_name, sha256, format, encoding, sheet, mapping_json,
         row_count, imported_count, total_fen, imported_by, imported_at)
       VALUES (3, 1, 'a.csv', ?, 'csv', 'gb18030', NULL, '{}', 2, 1, 50000, '书记员', 't')`,
    ).run('a'.repeat(64));
    db.prepare('INSERT INTO import_batch_payments VALUES (7, 3, 2, ?)').run('张三');
    // before: UTF-16 is refused by the CHECK (the confirm that failed with INTERNAL)
    expect(() => db.prepare("UPDATE import_batches SET encoding = 'utf-16le' WHERE id = 3").run()).toThrow(
      /CHECK/,
    );

    expect(migrate(db)).toBeGreaterThanOrEqual(17);
    expect(
      db.prepare('SELECT payment_id, batch_id, row_number, payer FROM import_batch_payments').all(),
    ).toEqual([{ payment_id: 7, batch_id: 3, row_number: 2, payer: '张三' }]);
    expect(listImportBatches(db, 1)).toMatchObject([
      { id: 3, encoding: 'gb18030', layout: null, total: '500.00' },
    ]);
    for (const encoding of ['utf-16le', 'utf-16be', 'utf-8'])
      db.prepare('UPDATE import_batches SET encoding = ? WHERE id = 3').run(encoding);
    expect(() => db.prepare("UPDATE import_batches SET encoding = 'latin1' WHERE id = 3").run()).toThrow(
      /CHECK/,
    );
    db.prepare("UPDATE import_batches SET layout = 'alipay' WHERE id = 3").run();
    expect(() => db.prepare("UPDATE import_batches SET layout = 'paypal' WHERE id = 3").run()).toThrow(
      /CHECK/,
    );

    // the link still points at the rebuilt parent: deleting the batch takes its links along
    const fks = db
      .prepare('SELECT "table" FROM pragma_foreign_key_list(\'import_batch_payments\')')
      .pluck()
      .all();
    expect(fks).toContain('import_batches');
    db.prepare('DELETE FROM import_batches WHERE id = 3').run();
    expect(db.prepare('SELECT count(*) FROM import_batch_payments').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

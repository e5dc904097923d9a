import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCase, insertCase, listCases } from '../../../core/features/cases/store/cases';
import { readTransaction } from '../../../core/platform/db/handle';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

const fields = { caseNumber: '(2026)读1号', title: '', court: '', judge: '', clerk: '', asOf: null };

describe('read transactions (the methods in READ_METHODS)', () => {
  it('refuse any write, keep nothing of it, and leave the handle writable afterwards', () => {
    const db = openDatabase(path.join(tempDir(), 'hd.sqlite'));
    expect(() => readTransaction(db, () => insertCase(db, fields, '2026-01-21T08:00:00.000Z'))).toThrow(
      /readonly|query_only/i,
    );
    expect(listCases(db, '')).toEqual([]);
    const id = insertCase(db, fields, '2026-01-21T08:00:00.000Z');
    expect(readTransaction(db, () => getCase(db, id)?.caseNumber)).toBe('(2026)读1号');
    db.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { failed, ok, start } from '../support/harness';
import { tempDir } from '../support/temp';
import { flat, pdftotext } from '../support/pdf-tools';

/** Issue 8, privacy: identity and phone numbers in an exported statement, masked unless shown. */

const ID = '110101199003071234';
const PHONE = '13900001111';

function caseWithIdentities() {
  const s = start();
  const sample = ok(call(s, 'cases.createSample', {}));
  ok(
    call(s, 'parties.add', {
      caseId: sample.id,
      role: 'third',
      name: '王某某',
      idNumber: ID,
      phone: PHONE,
      representative: '代理人赵某，电话 13812345678',
    }),
  );
  return { s, caseId: sample.id };
}

function pdfText(base64: string): string {
  const file = path.join(tempDir(), 'statement.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return flat(pdftotext(file));
}

function exportAudits(dbFile: string): { masked: boolean; sha256: string }[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (
      db
        .prepare("SELECT after_json FROM audit_log WHERE entity = 'export' ORDER BY seq")
        .pluck()
        .all() as string[]
    ).map((j) => JSON.parse(j) as { masked: boolean; sha256: string });
  } finally {
    db.close();
  }
}

describe('documents.statement: masking of identity and phone numbers', () => {
  it('masks them by default and records masked: true in the export audit row', () => {
    const { s, caseId } = caseWithIdentities();
    const out = ok(call(s, 'documents.statement', { caseId }));
    const text = pdfText(out.base64);
    expect(text).toContain('王某某');
    expect(text).toContain('证件号码110***********1234');
    expect(text).toContain('电话139****1111');
    expect(text).toContain('代理人赵某，电话138****5678');
    expect(text).not.toContain(ID);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('13812345678');
    expect(exportAudits(s.dbFile)).toEqual([expect.objectContaining({ masked: true, sha256: out.sha256 })]);
  });

  it('shows them in full when asked for this document, and records masked: false', () => {
    const { s, caseId } = caseWithIdentities();
    const shown = ok(call(s, 'documents.statement', { caseId, reveal: true }));
    const text = pdfText(shown.base64);
    expect(text).toContain(`证件号码${ID}`);
    expect(text).toContain(`电话${PHONE}`);
    expect(text).toContain('13812345678');
    // The next export without the choice is masked again: the choice is per document.
    const next = ok(call(s, 'documents.statement', { caseId, reveal: false }));
    expect(pdfText(next.base64)).not.toContain(ID);
    expect(exportAudits(s.dbFile)).toEqual([
      expect.objectContaining({ masked: false, sha256: shown.sha256 }),
      expect.objectContaining({ masked: true, sha256: next.sha256 }),
    ]);
  });

  it('refuses a reveal that is not a boolean', () => {
    const { s, caseId } = caseWithIdentities();
    const error = failed(call(s, 'documents.statement', { caseId, reveal: 'yes' as never }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(exportAudits(s.dbFile)).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { call, type Services } from '../../core/platform/api/services';
import { ok } from './harness';
import { flat, pdftotext } from './pdf-tools';
import { tempDir } from './temp';

/** What the transfer tests export: a transfer decided on 01-19, made on 01-21, nothing pending. */
export const EXPORT = {
  transferDate: '2026-01-21',
  decisionDate: '2026-01-19',
  receivingCourt: '示例市中级人民法院',
  pendingMatters: '',
  asOf: '2026-01-21',
};

/** Every user table's row count, read through a second connection: what is really on disk. */
export function rowCounts(s: Services): Record<string, number> {
  const db = new Database(s.dbFile, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
    );
  } finally {
    db.close();
  }
}

/** A PDF's text with the whitespace removed (pdftotext breaks the justified lines anywhere). */
export function pdfText(bytes: Uint8Array, name: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return flat(pdftotext(file));
}

/** The case's 执行情况说明 as of EXPORT's transfer date, as text. */
export function accountText(s: Services, caseId: number): string {
  const { asOf: _asOf, ...fields } = EXPORT;
  const doc = ok(call(s, 'documents.statusAccount', { caseId, ...fields }));
  return pdfText(Buffer.from(doc.base64, 'base64'), 'account.pdf');
}

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { ok, start } from '../support/harness';
import { closedSession } from '../support/signing-helpers';
import { tempDir } from '../support/temp';
import { flat, pdftotext } from '../support/pdf-tools';

/** Issue 8 beyond the statement: the 执行情况说明 and the 对账笔录 mask numbers unless shown, and say so. */

function pdfText(base64: string, name: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return flat(pdftotext(file));
}

function exportAudits(dbFile: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (
      db
        .prepare("SELECT after_json FROM audit_log WHERE entity = 'export' ORDER BY seq")
        .pluck()
        .all() as string[]
    ).map((j) => JSON.parse(j) as { kind: string; masked?: boolean; sha256: string });
  } finally {
    db.close();
  }
}

describe('masking in the other exported documents', () => {
  it('documents.statusAccount: the representative’s phone and the pending matters masked by default', () => {
    const s = start();
    const sample = ok(call(s, 'cases.createSample', {}));
    ok(
      call(s, 'parties.add', {
        caseId: sample.id,
        role: 'third',
        name: '王某某',
        idNumber: '110101199003071234',
        representative: '代理人赵某，电话 13812345678',
      }),
    );
    const fields = {
      caseId: sample.id,
      transferDate: '2026-01-21',
      receivingCourt: '示例市第二人民法院',
      pendingMatters: '联系被执行人 13900001111 核实房产',
    };
    const masked = ok(call(s, 'documents.statusAccount', fields));
    const text = pdfText(masked.base64, 'masked.pdf');
    expect(text).toContain('代理人赵某，电话138****5678');
    expect(text).toContain('联系被执行人139****1111核实房产');
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('13900001111');

    const shown = ok(call(s, 'documents.statusAccount', { ...fields, reveal: true }));
    const shownText = pdfText(shown.base64, 'shown.pdf');
    expect(shownText).toContain('代理人赵某，电话13812345678');
    expect(shownText).toContain('联系被执行人13900001111核实房产');
    expect(exportAudits(s.dbFile).map((a) => [a.kind, a.masked, a.sha256])).toEqual([
      ['statusAccount', true, masked.sha256],
      ['statusAccount', false, shown.sha256],
    ]);
  });

  it('documents.reconMinutes: the choice is recorded in each export’s audit row', () => {
    const s = start();
    const { sessionId } = closedSession(s);
    const session = ok(call(s, 'recon.get', { sessionId }));
    expect(session.state).toBe('AWAITING_SIGNATURES');
    const masked = pdfText(ok(call(s, 'documents.reconMinutes', { sessionId })).base64, 'm.pdf');
    const shown = pdfText(ok(call(s, 'documents.reconMinutes', { sessionId, reveal: true })).base64, 's.pdf');
    // The fixture's own words carry no numbers: both say the same, and the audit rows record the choice.
    expect(masked).toContain('钱是4月1日打的');
    expect(shown).toContain('钱是4月1日打的');
    expect(exportAudits(s.dbFile).map((a) => [a.kind, a.masked])).toEqual([
      ['reconMinutes', true],
      ['reconMinutes', false],
    ]);
  });
});

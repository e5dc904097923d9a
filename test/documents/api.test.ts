import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { verifyAuditChain } from '../../core/platform/db/audit';
import { openDatabaseReadOnly } from '../../core/platform/db/open';
import { grouped } from '../../core/features/ledger/document';
import { verifyPdf } from '../../core/platform/documents/verify';
import { capitalAmount } from '../../core/lib/money/chinese';
import { failed, ok, start } from '../support/harness';
import { flat, pdfsig, pdftotext } from '../support/pdf-tools';
import { tempDir } from '../support/temp';

describe('documents.statement and documents.verify (API)', () => {
  it('returns the signed statement of a case, registered in export_register with an audit row', () => {
    const s = start();
    const sample = ok(call(s, 'cases.createSample', {}));
    const before = verifyAuditChain(openDatabaseReadOnly(s.dbFile));
    const out = ok(call(s, 'documents.statement', { caseId: sample.id }));
    const pdf = Buffer.from(out.base64, 'base64');
    expect(out.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(out.fileName).toBe('(2006)示1084执123号 迟延履行利息计算说明 截至2026-01-21.pdf');
    expect(out.pages).toBeGreaterThan(3);

    const db = new Database(s.dbFile, { readonly: true });
    const rows = db.prepare('SELECT * FROM export_register').all() as Record<string, unknown>[];
    expect(rows).toEqual([
      {
        id: 1,
        kind: 'statement',
        case_id: sample.id,
        sha256: out.sha256,
        signer: '示例市第一人民法院执行局 工作站',
        at: expect.stringMatching(/^2026-01-21T08:00:\d\d\.000Z$/),
        file_name: out.fileName,
      },
    ]);
    const audit = db.prepare("SELECT * FROM audit_log WHERE entity = 'export'").all() as {
      entity_id: string;
      after_json: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({
      sha256: out.sha256,
      pages: out.pages,
      asOf: '2026-01-21',
    });
    db.close();
    const chain = verifyAuditChain(openDatabaseReadOnly(s.dbFile));
    expect(chain.ok).toBe(true);
    expect(chain.rows).toBe(before.rows + 1);

    // What the statement says: the case, its parties, the totals and the 大写 of the total.
    const file = path.join(tempDir(), 'api.pdf');
    fs.writeFileSync(file, pdf);
    const all = flat(pdftotext(file));
    const view = ok(call(s, 'ledger.compute', { caseId: sample.id }));
    for (const needle of [
      '示例市第一人民法院',
      '(2006)示1084执123号',
      '买卖合同纠纷执行案（示例）',
      '某建材有限公司',
      '张某某',
    ])
      expect(all).toContain(needle);
    const total = view.balances.total;
    expect(all).toContain(`合计${grouped(total)}`);
    expect(all).toContain(`（大写：${capitalAmount(total)}）`);
    // The audit head printed is the chain's head before the export row was added.
    expect(all).toContain(`审计链头：${before.head}`);
    expect(pdfsig(file).out).toContain('Signature is Valid.');
  });

  it('documents.verify: registered and intact; one flipped byte or a foreign file is not', () => {
    const s = start();
    const sample = ok(call(s, 'cases.createSample', {}));
    const out = ok(call(s, 'documents.statement', { caseId: sample.id, asOf: '2020-01-01' }));
    const good = ok(call(s, 'documents.verify', { base64: out.base64 }));
    expect(good).toMatchObject({
      intact: true,
      registered: true,
      kind: 'statement',
      caseId: sample.id,
      signer: '示例市第一人民法院执行局 工作站',
      sha256: out.sha256,
      coversWholeFile: true,
    });
    expect(good.message_zh).toContain('签名有效');

    const pdf = Buffer.from(out.base64, 'base64');
    const at = pdf.indexOf('Hearing Desk (pdfkit)', 0, 'latin1');
    pdf[at] = 'h'.charCodeAt(0);
    const bad = ok(call(s, 'documents.verify', { base64: pdf.toString('base64') }));
    expect(bad).toMatchObject({ intact: false, registered: false });
    expect(bad.message_zh).toContain('签名无效');

    // Another installation signed the same case: intact, but not in this register.
    const other = start();
    const otherCase = ok(call(other, 'cases.createSample', {}));
    const foreign = ok(call(other, 'documents.statement', { caseId: otherCase.id }));
    expect(ok(call(s, 'documents.verify', { base64: foreign.base64 }))).toMatchObject({
      intact: true,
      registered: false,
    });
    expect(verifyPdf(Buffer.from(foreign.base64, 'base64')).intact).toBe(true);
  });

  it('refuses a missing case, a case without an as-of date and a non-base64 input, saving nothing', () => {
    const s = start();
    expect(failed(call(s, 'documents.statement', { caseId: 999 })).code).toBe('NOT_FOUND');
    const bare = ok(call(s, 'cases.create', { caseNumber: '(2026)黑1084执恢12号' }));
    expect(failed(call(s, 'documents.statement', { caseId: bare.id })).code).toBe('LEDGER_INVALID');
    expect(failed(call(s, 'documents.verify', { base64: '%%%' })).code).toBe('VALIDATION_FAILED');
    const db = new Database(s.dbFile, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM export_register').get() as { n: number }).n).toBe(0);
    db.close();
    const v = ok(call(s, 'documents.verify', { base64: Buffer.from('not a pdf').toString('base64') }));
    expect(v).toMatchObject({ intact: false, registered: false, signer: '' });
  });
});

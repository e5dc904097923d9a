import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, type Services } from '../../core/platform/api/services';
import { verifyAuditChain } from '../../core/platform/db/audit';
import { counts, failed, ok, start } from '../support/harness';
import { gbk, statementXlsx, utf8 } from '../support/import-files';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Rows on disk, through a second connection (like harness.counts) for the tables of this feature. */
function rowsOnDisk(services: Services, table: 'import_batches' | 'import_batch_payments'): number {
  const db = new Database(services.dbFile, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const GOOD = [
  '到账日期,金额,付款人,摘要',
  '2020-04-19,"30,000.00",被执行人甲,第一笔',
  '2020年5月19日,1234.5,被执行人甲,',
].join('\n');
const BAD = GOOD + '\n2020-02-30,100,被执行人甲,日期写错';

function caseWithPayment(s: Services): number {
  const { id } = ok(call(s, 'cases.create', { caseNumber: '(2026)导1号' }));
  ok(call(s, 'payments.add', { caseId: id, date: '2020-01-05', amount: '500.00' }));
  return id;
}

describe('imports.preview / imports.confirm', () => {
  it('previews a GBK file without saving anything', () => {
    const s = start();
    const caseId = caseWithPayment(s);
    const before = counts(s);
    const p = ok(call(s, 'imports.preview', { caseId, fileName: '对账单.csv', base64: b64(gbk(GOOD)) }));
    expect(p.encoding).toBe('gb18030');
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(p.rows.map((r) => r.payment?.amount)).toEqual(['30000.00', '1234.50']);
    expect(p.summary).toEqual({ rows: 2, valid: 2, invalid: 0, skipped: 0, total: '31234.50' });
    expect(p.previousImports).toEqual([]);
    expect(counts(s)).toEqual(before);
  });

  it('refuses a file with one bad row: the preview names the row, confirm saves nothing', () => {
    const s = start();
    const caseId = caseWithPayment(s);
    const p = ok(call(s, 'imports.preview', { caseId, fileName: 'bad.csv', base64: b64(utf8(BAD)) }));
    expect(p.rows.filter((r) => r.errors.length).map((r) => [r.row, r.errors[0]!.zh])).toEqual([
      [4, '日期「2020-02-30」不存在（请核对年月日）'],
    ]);
    const before = counts(s);
    const e = failed(
      call(s, 'imports.confirm', { caseId, fileName: 'bad.csv', base64: b64(utf8(BAD)), mapping: p.mapping }),
    );
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message_zh).toBe(
      '第 4 行：日期「2020-02-30」不存在（请核对年月日）。共 1 行有错误，未导入任何付款，请改正文件或列对应后重试',
    );
    expect(e.details).toMatchObject({ reason: 'rowErrors', rows: [{ row: 4 }] });
    expect(counts(s)).toEqual(before);
    expect(rowsOnDisk(s, 'import_batches')).toBe(0);
  });

  it('imports only the selected good rows when the clerk leaves the bad one out', () => {
    const s = start();
    const caseId = caseWithPayment(s);
    const r = ok(
      call(s, 'imports.confirm', { caseId, fileName: 'bad.csv', base64: b64(utf8(BAD)), rows: [2, 3] }),
    );
    expect(r.imported).toBe(2);
    expect(r.batch).toMatchObject({ rowCount: 3, importedCount: 2, total: '31234.50' });
    expect(
      failed(call(s, 'imports.confirm', { caseId, fileName: 'bad.csv', base64: b64(utf8(BAD)), rows: [4] }))
        .code,
    ).toBe('IMPORT_INVALID');
    expect(
      failed(call(s, 'imports.confirm', { caseId, fileName: 'bad.csv', base64: b64(utf8(BAD)), rows: [9] }))
        .details,
    ).toMatchObject({ reason: 'rowsUnknown' });
  });

  it('imports a good XLSX with an import record, payment codes, notes and audit rows in one go', async () => {
    const s = start();
    const caseId = caseWithPayment(s);
    const before = counts(s);
    const base64 = b64(await statementXlsx());
    const r = ok(
      call(s, 'imports.confirm', {
        caseId,
        fileName: '专户明细.xlsx',
        base64,
        sheet: '到账明细',
        mapping: { date: '到账日期', amount: '金额', payer: '付款人', note: '备注' },
      }),
    );
    expect(r.imported).toBe(3);
    expect(r.payments.map((p) => [p.code, p.date, p.amount, p.note])).toEqual([
      ['p2', '2020-04-19', '1234.50', `付款人：被执行人甲；第一笔〔导入#${r.batchId} 第 2 行〕`],
      ['p3', '2020-05-19', '0.30', `付款人：被执行人甲〔导入#${r.batchId} 第 3 行〕`],
      ['p4', '2020-06-01', '30000.00', `付款人：案外人乙；代付〔导入#${r.batchId} 第 4 行〕`],
    ]);
    expect(r.batch).toMatchObject({
      caseId,
      fileName: '专户明细.xlsx',
      format: 'xlsx',
      sheet: '到账明细',
      rowCount: 3,
      importedCount: 3,
      total: '31234.80',
      importedBy: '测试员',
    });
    const after = counts(s);
    expect(after.payments - before.payments).toBe(3);
    expect(after.audit_log - before.audit_log).toBe(4); // three payments and the batch
    expect(rowsOnDisk(s, 'import_batches')).toBe(1);
    expect(rowsOnDisk(s, 'import_batch_payments')).toBe(3);
    expect(ok(call(s, 'imports.list', { caseId }))).toEqual([r.batch]);

    // The same file again: the preview says so, and every row is now a duplicate of the case's payments.
    const again = ok(
      call(s, 'imports.preview', { caseId, fileName: '专户明细.xlsx', base64, sheet: '到账明细' }),
    );
    expect(again.previousImports.map((b) => b.id)).toEqual([r.batchId]);
    expect(again.rows[0]!.errors[0]!.zh).toBe('与本案已有付款 p2（2020-04-19，1234.50 元）重复');
    expect(
      failed(
        call(s, 'imports.confirm', {
          caseId,
          fileName: 'x.xlsx',
          base64,
          sheet: '到账明细',
          mapping: again.mapping,
        }),
      ).code,
    ).toBe('IMPORT_INVALID');
    expect(rowsOnDisk(s, 'import_batches')).toBe(1);
    s.close();
    const db = new Database(s.dbFile, { readonly: true });
    // verifyAuditChain takes our branded handle type; a plain read-only connection reads the same.
    expect(verifyAuditChain(db as never).ok).toBe(true);
    db.close();
  });

  it('gives a Chinese message and a reason code for broken input, keeping what was saved', () => {
    const s = start();
    const caseId = caseWithPayment(s);
    const before = counts(s);
    const reason = (input: Record<string, unknown>) => {
      const e = failed(s.invoke('imports.preview', { caseId, fileName: 'f.csv', ...input }));
      return [e.code, (e.details as { reason?: string } | undefined)?.reason, e.message_zh];
    };
    expect(reason({ base64: '' })).toEqual(['IMPORT_INVALID', 'empty', '文件是空的']);
    expect(reason({ base64: '@@@' })).toEqual([
      'IMPORT_INVALID',
      'notBase64',
      '文件内容传输有误（不是 base64 编码），请重新选择文件',
    ]);
    expect(reason({ base64: b64(utf8('日期,金额\n2020-01-01,"1')) })[1]).toBe('csvBroken');
    expect(reason({ base64: b64(utf8(GOOD)), mapping: { date: '到账日期', amount: '贷方金额' } })[1]).toBe(
      'mappingUnknownColumn',
    );
    expect(reason({ base64: Buffer.alloc(20 * 1024 * 1024 + 1).toString('base64') })).toEqual([
      'IMPORT_INVALID',
      'tooLarge',
      '文件超过 20 MB，请拆分后再导入',
    ]);
    expect(
      failed(s.invoke('imports.preview', { caseId: 999, fileName: 'f.csv', base64: b64(utf8(GOOD)) })).code,
    ).toBe('NOT_FOUND');
    expect(counts(s)).toEqual(before);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { call, openServices } from '../core/platform/api/services';

/**
 * Issue 8, item 4: a statement file of N rows (default 100,000) previewed and confirmed through the
 * real API on a real SQLite file; prints time and memory of each step. `tsx bench/import-rows.ts [N]`.
 * test/backups/reliability/import-scale.test.ts runs the same with a smaller N (HD_IMPORT_ROWS).
 */

export type ImportFigures = {
  rows: number;
  fileBytes: number;
  previewMs: number;
  previewReplyBytes: number;
  confirmMs: number;
  imported: number;
  total: string;
  /** peak resident memory of the process so far, MB (process.resourceUsage().maxRSS) */
  peakRssMb: number;
  heapAfterMb: number;
};

/** One row per day from 2000-01-01, amounts 1.01, 2.02, … (all distinct, so nothing is a duplicate). */
export function statementCsv(rows: number): Buffer {
  const lines = ['到账日期,金额,付款人,摘要'];
  const start = Date.UTC(2000, 0, 1);
  for (let i = 1; i <= rows; i += 1) {
    const day = new Date(start + (i % 9000) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`${day},${i}.${String(i % 100).padStart(2, '0')},被执行人甲,第${i}笔`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function measureImport(rows: number): ImportFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-import-bench-'));
  const s = openServices({ dataDir: dir, host: 'web', actor: 'bench' });
  try {
    const created = call(s, 'cases.create', { caseNumber: '(2026)量1号' });
    if (!created.ok) throw new Error(created.error.message_en);
    const caseId = created.value.id;
    const file = statementCsv(rows);
    const input = { caseId, fileName: `对账单-${rows}.csv`, base64: file.toString('base64') };

    let t = performance.now();
    const preview = call(s, 'imports.preview', input);
    const previewMs = performance.now() - t;
    if (!preview.ok) throw new Error(preview.error.message_en);
    const previewReplyBytes = Buffer.byteLength(JSON.stringify(preview));

    t = performance.now();
    const confirmed = call(s, 'imports.confirm', input);
    const confirmMs = performance.now() - t;
    if (!confirmed.ok) throw new Error(confirmed.error.message_en);

    return {
      rows,
      fileBytes: file.length,
      previewMs: Math.round(previewMs),
      previewReplyBytes,
      confirmMs: Math.round(confirmMs),
      imported: confirmed.value.payments.length,
      total: confirmed.value.batch.total,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      heapAfterMb: mb(process.memoryUsage().heapUsed),
    };
  } finally {
    s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2] ?? 100_000);
  const f = measureImport(rows);
  console.log(
    [
      `import of ${f.rows.toLocaleString('en')} rows (${mb(f.fileBytes)} MB CSV), Node ${process.version}, ${os.cpus().length} cores`,
      `  preview: ${f.previewMs} ms, reply ${mb(f.previewReplyBytes)} MB`,
      `  confirm: ${f.confirmMs} ms, ${f.imported.toLocaleString('en')} payments, total ${f.total}`,
      `  peak RSS ${f.peakRssMb} MB, heap after ${f.heapAfterMb} MB`,
    ].join('\n'),
  );
}

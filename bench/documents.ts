import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { signedDocument } from '../core/platform/documents/export';
import { loadFonts } from '../core/platform/documents/fonts';
import { ensureIdentity } from '../core/platform/documents/identity';
import { minutesModel, sampleLongMinutes } from '../core/features/hearings/document';
import { statementModel } from '../core/features/ledger/document';
import { compute } from '../core/lib/interest';
import { buildRateTables } from '../core/lib/rates/table';
import { twentyYearLedger } from './ledgers';
import { signaturePng } from './signature-png';

/**
 * Document figures: a 100-page 对账笔录 (1185 exchanges) with a handwritten-signature image and two text
 * signatures on every page footer, laid out, signed (RSA 2048, PKCS#7) and hashed; and the computation
 * statement of a 1,000-payment twenty-year ledger. Median of repeated runs after a warm-up.
 */
function median(label: string, runs: number, fn: () => string): void {
  fn();
  const times: number[] = [];
  let note = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    note = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = times[Math.floor(times.length / 2)]!;
  const max = times[times.length - 1]!;
  console.log(
    `${label.padEnd(44)} median ${mid.toFixed(1).padStart(7)} ms   max ${max.toFixed(1).padStart(7)} ms   (${runs} runs)  ${note}`,
  );
}

export function benchDocuments(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-bench-'));
  try {
    const now = new Date('2026-01-21T08:00:00.000Z');
    const t0 = performance.now();
    const fonts = loadFonts();
    const t1 = performance.now();
    const identity = ensureIdentity(dir, { court: '示例市第一人民法院', now });
    const t2 = performance.now();
    console.log(
      `fonts loaded once per process: ${(t1 - t0).toFixed(0)} ms; workstation identity created: ${(t2 - t1).toFixed(0)} ms`,
    );

    const signatures = [
      { role: '申请执行人', imagePng: signaturePng().toString('base64') },
      { role: '被执行人', name: '张某某' },
      { role: '书记员', name: '刘某' },
    ];
    const minutes = minutesModel(sampleLongMinutes(1185, signatures));
    const first = performance.now();
    const once = signedDocument(minutes, { identity, now, auditHead: '0'.repeat(64), fonts });
    console.log(
      `100-page minutes, first in a process: ${(performance.now() - first).toFixed(0)} ms (${once.pages} pages, ${(once.pdf.length / 1024).toFixed(0)} KiB)`,
    );
    median('100-page minutes: layout + sign + sha256', 7, () => {
      const d = signedDocument(minutes, { identity, now, auditHead: '0'.repeat(64), fonts });
      return `${d.pages} pages, ${(d.pdf.length / 1024).toFixed(0)} KiB`;
    });

    const ledger = twentyYearLedger(1000);
    const result = compute(ledger, buildRateTables());
    const model = statementModel({
      result,
      ledger,
      issuedOn: '2026-01-21',
      info: { court: '示例市第一人民法院', caseNumber: '(2026)黑1084执恢12号' },
    });
    median('statement, 1000 payments (full trace)', 5, () => {
      const d = signedDocument(model, { identity, now, auditHead: '0'.repeat(64), fonts });
      return `${d.pages} pages, ${result.trace.length} steps, ${(d.pdf.length / 1024).toFixed(0)} KiB`;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

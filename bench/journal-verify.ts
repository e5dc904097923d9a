import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditChainReport } from '../core/platform/db/audit-report';
import { transaction } from '../core/platform/db/handle';
import { openDatabase } from '../core/platform/db/open';

/**
 * What the full check at start costs (issue 15 against issue 19): a case with N payments written by the
 * app's own transactions (journaled and sealed), then audit verify timed. `npx tsx bench/journal-verify.ts 50000`
 */
const n = Number(process.argv[2] ?? 20000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-bench-'));
const db = openDatabase(path.join(dir, 'hearing-desk.sqlite'));
transaction(db, () => {
  db.prepare(
    "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)测1号', 't', 't')",
  ).run();
  const insert = db.prepare(
    "INSERT INTO payments (case_id, code, date, amount_fen, kind, note, position) VALUES (1, ?, '2024-01-01', ?, '自动履行', '', ?)",
  );
  for (let i = 1; i <= n; i += 1) insert.run(`p${i}`, 100 + i, i);
});
const t0 = performance.now();
const report = auditChainReport(db);
const ms = performance.now() - t0;
console.log(
  `${n} payments: ${report.data?.journalRows} journal rows, ${report.data?.rowsCompared} rows compared, ok=${report.ok}: ${ms.toFixed(0)} ms`,
);
db.close();
fs.rmSync(dir, { recursive: true, force: true });

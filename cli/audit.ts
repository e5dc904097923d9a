import fs from 'node:fs';
import path from 'node:path';
import { auditChainReport } from '../core/platform/db/audit-report';
import { maskSensitive } from '../core/platform/documents/masking';
import { AppError } from '../core/platform/api/errors';
import { DB_FILE_NAME } from '../core/platform/api/services';
import { openDatabaseReadOnly } from '../core/platform/db/open';
import { defaultDataDir } from '../web/data-dir';
import { EXIT_INVALID, fail, type Streams } from './ledger-input';

/**
 * `hearing-desk audit verify [--data DIR]`: walks the audit hash chain of the data folder's database and
 * compares every journaled table's rows with the sealed row journal (journal-verify.ts), opened
 * read-only (SQLite refuses every write), so it can run beside a running app.
 * Exit 0: intact (rows, head hash); 1: broken chain or data that differs from the log (each finding
 * named: table, row, field, logged and found); 2: no usable database.
 */

export const EXIT_BROKEN = 1;
/** findings listed on the terminal; the API returns up to 200 */
const SHOWN = 20;

function parse(argv: readonly string[]): { data?: string } | string {
  const [sub, ...rest] = argv;
  if (sub !== 'verify') return `未知的 audit 子命令 unknown audit subcommand: ${sub ?? '(none)'}`;
  let data: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--data') data = rest[++i];
    else if (arg.startsWith('--data=')) data = arg.slice('--data='.length);
    else return `未知的参数 unknown argument: ${arg}`;
    if (!data) return '选项 --data 缺少取值 / --data needs a value';
  }
  return data === undefined ? {} : { data };
}

export function auditCommand(argv: readonly string[], io: Streams, usage: string): number {
  const args = parse(argv);
  if (typeof args === 'string') {
    io.stderr.write(`${args}\n${usage}`);
    return EXIT_INVALID;
  }
  const dbFile = path.join(path.resolve(args.data ?? defaultDataDir()), DB_FILE_NAME);
  if (!fs.existsSync(dbFile)) return fail(io, `数据目录中没有数据库：${dbFile}`, `no database at ${dbFile}`);
  let db;
  try {
    db = openDatabaseReadOnly(dbFile);
  } catch (e) {
    if (e instanceof AppError) return fail(io, e.message_zh, e.message_en);
    return fail(io, `无法打开数据库 ${dbFile}`, `cannot open ${dbFile}: ${String(e)}`);
  }
  try {
    const report = auditChainReport(db);
    const data = report.data;
    if (report.ok) {
      io.stdout.write(
        `审计链完好 audit chain intact\n  行数 rows: ${report.rows}\n  链头 head: ${report.head}\n` +
          (data?.checked
            ? `数据与日志一致 data matches the log\n  ${data.message_zh}\n  ${data.message_en}\n`
            : '') +
          `  数据库 database: ${dbFile}\n`,
      );
      return 0;
    }
    if (report.firstBadSeq === undefined && data && !data.ok) {
      const listed = data.findings.slice(0, SHOWN);
      io.stderr.write(
        `数据与日志不符 DATA DOES NOT MATCH THE LOG\n${maskSensitive(report.message_zh)}\n${maskSensitive(report.message_en)}\n` +
          listed
            .map((f) => `  - ${maskSensitive(f.message_zh)}\n    ${maskSensitive(f.message_en)}\n`)
            .join('') +
          (data.findingCount > listed.length
            ? `  …共 ${data.findingCount} 处 / ${data.findingCount} in all\n`
            : '') +
          `  数据库 database: ${dbFile}\n`,
      );
      return EXIT_BROKEN;
    }
    const bad = report.firstBad;
    io.stderr.write(
      `审计链已断开 AUDIT CHAIN BROKEN\n${report.message_zh}\n${report.message_en}\n` +
        (bad
          ? `  序号 seq: ${bad.seq}\n  对象 entity: ${bad.entity} ${bad.entityId}\n  操作 action: ${bad.action}\n` +
            `  时间 time: ${bad.at}\n  操作人 actor: ${bad.actor}\n`
          : '') +
        `  此前完好的行数 intact rows before it: ${report.rows - 1}\n` +
        (data && !data.ok
          ? data.findings
              .slice(0, SHOWN)
              .map((f) => `  - ${maskSensitive(f.message_zh)}\n    ${maskSensitive(f.message_en)}\n`)
              .join('')
          : '') +
        `  数据库 database: ${dbFile}\n`,
    );
    return EXIT_BROKEN;
  } finally {
    db.close();
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DB_FILE_NAME } from '../core/platform/api/services';
import { appendAudit, auditHead } from '../core/platform/db/audit';
import { insertExport } from '../core/platform/db/exports';
import { transaction, type ReadDb } from '../core/platform/db/handle';
import { openDatabase, openDatabaseReadOnly } from '../core/platform/db/open';
import { listLprAdditions } from '../core/features/rates/store';
import { signedDocument } from '../core/platform/documents/export';
import { ensureIdentity } from '../core/platform/documents/identity';
import { statementModel } from '../core/features/ledger/document';
import { verifyDocument } from '../core/features/documents/handlers/verify';
import { signedAtText } from '../core/platform/documents/verify';
import { compute, LedgerInputError } from '../core/lib/interest';
import { buildRateTables } from '../core/lib/rates/table';
import { defaultDataDir } from '../web/data-dir';
import { EXIT_INVALID, fail, loadLedger, type Streams } from './ledger-input';

/**
 * `statement` and `verify`: thin shells over core/platform/documents. The data folder (--data, default the
 * app's folder as the web host picks it) holds the database (export_register, audit chain) and the
 * workstation identity. HEARING_DESK_NOW (ISO 8601) fixes the clock for reproducible output in tests.
 */

export const EXIT_NOT_VERIFIED = 1;

type Options = { positional: string[]; values: Record<string, string> };

function options(argv: readonly string[], known: readonly string[]): Options | string {
  const out: Options = { positional: [], values: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!known.includes(name)) return `未知选项 unknown option: ${arg}`;
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return `选项 --${name} 缺少取值 / --${name} needs a value`;
      out.values[name] = value;
    } else out.positional.push(arg);
  }
  return out;
}

function clock(): Date {
  const fixed = process.env.HEARING_DESK_NOW;
  const now = fixed ? new Date(fixed) : new Date();
  return Number.isNaN(now.getTime()) ? new Date() : now;
}

function actor(): string {
  try {
    return os.userInfo().username || 'cli';
  } catch {
    return 'cli';
  }
}

export function statementCommand(argv: readonly string[], io: Streams, usage: string): number {
  const parsed = options(argv, ['out', 'as-of', 'data', 'court']);
  if (typeof parsed === 'string' || parsed.positional.length !== 1 || !parsed.values.out) {
    io.stderr.write(
      `${typeof parsed === 'string' ? parsed : '需要一个账目文件和 --out / one ledger file and --out are required'}\n${usage}`,
    );
    return EXIT_INVALID;
  }
  const { out, data, court } = parsed.values;
  const asOf = parsed.values['as-of'];
  const ledger = loadLedger(io, parsed.positional[0]!, asOf);
  if (typeof ledger === 'number') return ledger;

  const dataDir = path.resolve(data ?? defaultDataDir());
  fs.mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(path.join(dataDir, DB_FILE_NAME));
  try {
    const result = compute(ledger, buildRateTables(listLprAdditions(db)), asOf === undefined ? {} : { asOf });
    const now = clock();
    const at = now.toISOString();
    const identity = ensureIdentity(dataDir, { ...(court ? { court } : {}), now });
    const model = statementModel({
      result,
      ledger,
      issuedOn: at.slice(0, 10),
      info: { ...(court ? { court } : {}), ...(ledger.caseNumber ? { caseNumber: ledger.caseNumber } : {}) },
    });
    const doc = signedDocument(model, { identity, now, auditHead: auditHead(db) }, `截至${result.asOf}`);
    fs.writeFileSync(path.resolve(out!), doc.pdf);
    transaction(db, () => {
      const record = insertExport(db, {
        kind: 'statement',
        caseId: null,
        sha256: doc.sha256,
        signer: doc.signer,
        at,
        fileName: path.basename(out!),
      });
      appendAudit(db, {
        actor: actor(),
        at,
        entity: 'export',
        entityId: record.id,
        action: 'create',
        before: null,
        after: { ...record, pages: doc.pages, recordHash: doc.recordHash, asOf: result.asOf, via: 'cli' },
      });
    });
    io.stdout.write(
      `已生成并签名 written and signed: ${out}\n` +
        `  页数 pages: ${doc.pages}\n  签名人 signer: ${doc.signer}\n  SHA-256: ${doc.sha256}\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof LedgerInputError) return fail(io, e.zh, e.en);
    throw e;
  } finally {
    db.close();
  }
}

export function verifyCommand(argv: readonly string[], io: Streams, usage: string): number {
  const parsed = options(argv, ['data']);
  if (typeof parsed === 'string' || parsed.positional.length !== 1) {
    io.stderr.write(
      `${typeof parsed === 'string' ? parsed : '需要一个 PDF 文件 / one PDF file is required'}\n${usage}`,
    );
    return EXIT_INVALID;
  }
  const file = parsed.positional[0]!;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return fail(io, `无法读取文件 ${file}`, `cannot read file ${file}`);
  }
  const dbFile = path.join(path.resolve(parsed.values.data ?? defaultDataDir()), DB_FILE_NAME);
  let db: ReadDb | undefined;
  try {
    if (fs.existsSync(dbFile)) db = openDatabaseReadOnly(dbFile);
    const v = verifyDocument(bytes, db, path.resolve(parsed.values.data ?? defaultDataDir()));
    const ok = v.verified;
    const lines = v.signatures.map((s, i) => {
      const state = !s.valid
        ? `无效 invalid（${s.problem_zh ?? ''} / ${s.problem ?? ''}）`
        : s.trusted
          ? '有效，受信任 valid, trusted'
          : '有效，不在受信任列表 valid, NOT trusted';
      return (
        `  签名 ${i + 1} signature ${i + 1}: ${state}\n` +
        `    签名人 signer: ${s.signer}（${s.subject}）\n` +
        `    证书指纹 fingerprint: ${s.groupedFingerprint}\n` +
        `    签署时间 signed at: ${signedAtText(s.signedAt)}\n` +
        `    覆盖范围 covers: 第 0–${s.coveredTo - 1} 字节 bytes 0–${s.coveredTo - 1}` +
        (s.revision ? `（第 ${s.revision} 次修订 revision ${s.revision}）` : '') +
        (s.coversWholeFile ? '，整个文件 whole file' : '') +
        '\n'
      );
    });
    const outside = v.outside
      ? `  签名范围之外 outside every signature: 第 ${v.outside.from}–${v.outside.to} 字节 bytes ${v.outside.from}–${v.outside.to}` +
        (v.outside.revisions.length
          ? `（第 ${v.outside.revisions.join('、')} 次修订 revision ${v.outside.revisions.join(', ')}）`
          : '') +
        '\n'
      : '';
    (ok ? io.stdout : io.stderr).write(
      `${ok ? '核验通过' : '核验未通过'}：${v.message_zh}\n${ok ? 'verified' : 'NOT verified'}: ${v.message_en}\n` +
        lines.join('') +
        outside +
        `  文件大小 size: ${v.size} 字节 bytes；修订 revisions: ${v.revisions}\n` +
        `  SHA-256: ${v.sha256}\n` +
        (db ? '' : `  （未找到数据目录中的数据库 no database at ${dbFile}）\n`),
    );
    return ok ? 0 : EXIT_NOT_VERIFIED;
  } finally {
    db?.close();
  }
}

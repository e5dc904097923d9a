import { readFileSync } from 'node:fs';
import { compute, LedgerInputError } from '../core/interest';
import { parseLedger } from '../core/ledger/ledger-file';
import { buildRateTables } from '../core/rates/table';
import { cliJson, cliText } from './output';

type Streams = { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } };

export const EXIT_INVALID = 2;

const USAGE = `用法 usage: hearing-desk compute FILE.json [--as-of YYYY-MM-DD] [--format json|text]\n`;

function fail(io: Streams, zh: string, en: string): number {
  io.stderr.write(`错误：${zh}\nerror: ${en}\n`);
  return EXIT_INVALID;
}

type Args = { file: string; asOf?: string; format: 'json' | 'text' };

function parseArgs(argv: readonly string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'compute') return `未知命令 unknown command: ${command ?? '(none)'}`;
  let file: string | undefined;
  let asOf: string | undefined;
  let format: 'json' | 'text' = 'json';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string | undefined => rest[++i];
    if (arg === '--as-of') asOf = value() ?? '';
    else if (arg.startsWith('--as-of=')) asOf = arg.slice('--as-of='.length);
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = arg === '--format' ? value() : arg.slice('--format='.length);
      if (f !== 'json' && f !== 'text')
        return `--format 只能是 json 或 text / must be json or text: ${f ?? ''}`;
      format = f;
    } else if (arg.startsWith('--')) return `未知选项 unknown option: ${arg}`;
    else if (file === undefined) file = arg;
    else return `多余的参数 unexpected argument: ${arg}`;
  }
  if (!file) return '缺少账目文件 missing ledger file';
  return asOf === undefined ? { file, format } : { file, asOf, format };
}

function readJson(file: string): { ok: true; value: unknown } | { ok: false; zh: string; en: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { ok: false, zh: `无法读取文件 ${file}`, en: `cannot read file ${file}` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return {
      ok: false,
      zh: `文件 ${file} 不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8`,
      en: `${file} is not UTF-8 (GBK?); save it as UTF-8`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return {
      ok: false,
      zh: `文件 ${file} 不是有效的 JSON：${(e as Error).message}`,
      en: `${file} is not valid JSON: ${(e as Error).message}`,
    };
  }
}

export async function main(argv: readonly string[], io: Streams): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`${args}\n${USAGE}`);
    return EXIT_INVALID;
  }
  const read = readJson(args.file);
  if (!read.ok) return fail(io, read.zh, read.en);
  const parsed = parseLedger(read.value, args.asOf === undefined ? {} : { asOf: args.asOf });
  if (!parsed.ok) {
    io.stderr.write(`账目文件无效 invalid ledger file ${args.file}:\n`);
    for (const p of parsed.problems) io.stderr.write(`  - ${p.zh}\n    ${p.en}\n`);
    return EXIT_INVALID;
  }
  try {
    const result = compute(
      parsed.ledger,
      buildRateTables(),
      args.asOf === undefined ? {} : { asOf: args.asOf },
    );
    io.stdout.write(
      args.format === 'json'
        ? JSON.stringify(cliJson(result), null, 2) + '\n'
        : cliText(result, parsed.ledger.caseNumber),
    );
    return 0;
  } catch (e) {
    if (e instanceof LedgerInputError) return fail(io, e.zh, e.en);
    throw e;
  }
}

import { compute, LedgerInputError } from '../core/lib/interest';
import { buildRateTables } from '../core/lib/rates/table';
import { auditCommand } from './audit';
import { statementCommand, verifyCommand } from './documents';
import { EXIT_INVALID, fail, loadLedger, type Streams } from './ledger-input';
import { cliJson, cliText } from './output';

export { EXIT_INVALID };

const USAGE =
  `用法 usage: hearing-desk compute FILE.json [--as-of YYYY-MM-DD] [--format json|text]\n` +
  `           hearing-desk statement FILE.json --out FILE.pdf [--as-of YYYY-MM-DD] [--data DIR] [--court NAME]\n` +
  `           hearing-desk verify FILE.pdf [--data DIR]\n` +
  `           hearing-desk audit verify [--data DIR]\n`;

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

const DATA_COMMANDS = ['statement', 'verify', 'audit'];
const namesData = (args: readonly string[]) => args.some((a) => a === '--data' || a.startsWith('--data='));

/**
 * The data folder of statement, verify and audit: `--data DIR` after the command, or before it
 * (`hearing-desk --data DIR verify FILE`), or HEARING_DESK_DATA for a whole shell session. A document
 * exported by a host run with --data is registered in that folder's database, nowhere else.
 */
export function withDataFolder(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  let args = [...argv];
  const lead = args[0] === '--data' ? 2 : args[0]?.startsWith('--data=') ? 1 : 0;
  if (lead > 0) args = [...args.slice(lead), ...args.slice(0, lead)];
  if (DATA_COMMANDS.includes(args[0] ?? '') && !namesData(args) && env.HEARING_DESK_DATA)
    args.push('--data', env.HEARING_DESK_DATA);
  return args;
}

const DATA_HINT =
  '提示：文书若由使用 --data 目录运行的程序导出，登记在该目录的数据库中，请加上同一目录再核验：' +
  'npx hearing-desk verify FILE.pdf --data DIR（或设置环境变量 HEARING_DESK_DATA）。\n' +
  'hint: a document exported by a host run with --data is registered in that folder: pass the same --data DIR.\n';

export async function main(argvGiven: readonly string[], io: Streams): Promise<number> {
  const argv = withDataFolder(argvGiven);
  if (argv[0] === 'statement') return statementCommand(argv.slice(1), io, USAGE);
  if (argv[0] === 'verify') {
    const code = verifyCommand(argv.slice(1), io, USAGE);
    if (code !== 0 && code !== EXIT_INVALID && !namesData(argv)) io.stderr.write(DATA_HINT);
    return code;
  }
  if (argv[0] === 'audit') return auditCommand(argv.slice(1), io, USAGE);
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`${args}\n${USAGE}`);
    return EXIT_INVALID;
  }
  const ledger = loadLedger(io, args.file, args.asOf);
  if (typeof ledger === 'number') return ledger;
  try {
    const result = compute(ledger, buildRateTables(), args.asOf === undefined ? {} : { asOf: args.asOf });
    io.stdout.write(
      args.format === 'json'
        ? JSON.stringify(cliJson(result), null, 2) + '\n'
        : cliText(result, ledger.caseNumber),
    );
    return 0;
  } catch (e) {
    if (e instanceof LedgerInputError) return fail(io, e.zh, e.en);
    throw e;
  }
}

import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { parseWebArgs } from './args';
import { defaultDataDir } from './data-dir';
import { createWebHost } from './server';

/** `npm run web -- --data DIR --port N [--demo] [--backup-minutes N]`: parse argv, start the host, print the ready line. */
const args = parseWebArgs(process.argv.slice(2));
if ('error' in args) {
  process.stderr.write(
    `${args.error}\nusage: npm run web -- [--data DIR] [--port N] [--demo] [--backup-minutes N]\n`,
  );
  process.exit(2);
}
const dataDir = path.resolve(args.dataDir ?? defaultDataDir());
mkdirSync(dataDir, { recursive: true });

try {
  const host = await createWebHost({
    dataDir,
    port: args.port,
    demo: args.demo,
    backupMinutes: args.backupMinutes,
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: closing Hearing Desk\n`);
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Chinese first: the clerk reads these; the ready line on stdout stays as scripts and tests expect it.
  process.stderr.write(
    `数据目录 data folder: ${host.dataDir}\n` +
      `地址中的令牌每次启动都会更换，请重新打开所有标签页（操作台和大屏）。 ` +
      `The token changes at every start: reopen every tab (operator and wall).\n` +
      `命令行核验本机导出的文书 verify an exported document: npx hearing-desk verify FILE.pdf --data ${JSON.stringify(host.dataDir)}\n`,
  );
  process.stdout.write(`Hearing Desk ready at ${host.url}\n`);
} catch (err) {
  const zh =
    typeof err === 'object' && err !== null && 'message_zh' in err ? `${String(err.message_zh)}\n` : '';
  process.stderr.write(
    `${zh}Hearing Desk could not start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
}

import { DEFAULT_BACKUP_MINUTES } from '../core/features/backups/schedule';

/** Command line of `npm run web -- --data DIR --port N [--demo] [--backup-minutes N]` (pure, unit-tested). */
export type WebArgs = { dataDir: string | null; port: number; demo: boolean; backupMinutes: number };

export function parseWebArgs(argv: readonly string[]): WebArgs | { error: string } {
  const out: WebArgs = { dataDir: null, port: 0, demo: false, backupMinutes: DEFAULT_BACKUP_MINUTES };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--data') {
      const v = value();
      if (!v) return { error: '--data needs a folder' };
      out.dataDir = v;
    } else if (flag === '--port') {
      const v = value();
      if (!v || !/^\d{1,5}$/.test(v) || Number(v) > 65535) return { error: '--port needs a number 0-65535' };
      out.port = Number(v);
    } else if (flag === '--backup-minutes') {
      const v = value();
      if (!v || !/^\d{1,5}$/.test(v))
        return { error: '--backup-minutes needs a whole number of minutes (0 = off)' };
      out.backupMinutes = Number(v);
    } else if (flag === '--demo') {
      out.demo = true;
    } else {
      return { error: `unknown argument: ${arg}` };
    }
  }
  return out;
}

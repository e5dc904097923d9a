import os from 'node:os';
import path from 'node:path';

/** Default data folder of the web host, in the OS app-data location. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, 'Hearing Desk');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Hearing Desk');
  const xdg = env.XDG_DATA_HOME && path.posix.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : null;
  return path.posix.join(xdg ?? path.posix.join(home, '.local', 'share'), 'hearing-desk');
}

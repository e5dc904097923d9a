import os from 'node:os';
import path from 'node:path';

/**
 * Default data folder: the same as Electron's app.getPath('userData') for productName "Hearing Desk", so
 * the desktop app, the web host and the CLI on one machine share one database.
 */
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
  const xdg = env.XDG_CONFIG_HOME && path.posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : null;
  return path.posix.join(xdg ?? path.posix.join(home, '.config'), 'Hearing Desk');
}

import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import { APP_CSP } from './app-path';
import { APP_ORIGIN } from './constants';
import { LINK_BUTTONS, openAfterConfirmation } from './external-links';

/** Hardened BrowserWindow options and session policies (STYLE.md §4). */

export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Belt and braces: the app:// handler sets the CSP too; this covers any other response.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [APP_CSP],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

/** Deny new windows, cancel navigation away from the loaded page, never attach webviews. */
export function lockDownContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Never inside the app; an http(s) address goes to the system browser only once the clerk has
    // confirmed a dialog naming it (electron/external-links.ts).
    void openAfterConfirmation(
      url,
      (question) => askToOpen(contents, question),
      (href) => shell.openExternal(href),
    );
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

async function askToOpen(contents: WebContents, question: { zh: string; en: string }): Promise<boolean> {
  const zh = !/^en/i.test(app.getLocale());
  const owner = BrowserWindow.fromWebContents(contents);
  const options = {
    type: 'warning' as const,
    buttons: [...(zh ? LINK_BUTTONS.zh : LINK_BUTTONS.en)],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    message: zh ? question.zh : question.en,
  };
  const { response } = owner
    ? await dialog.showMessageBox(owner, options)
    : await dialog.showMessageBox(options);
  return response === 1;
}

export type WindowKind = { preload: string; title: string; frameless?: boolean; bounds?: Electron.Rectangle };

export function createWindow(kind: WindowKind): BrowserWindow {
  const win = new BrowserWindow({
    title: kind.title,
    width: kind.bounds?.width ?? 1400,
    height: kind.bounds?.height ?? 900,
    ...(kind.bounds ? { x: kind.bounds.x, y: kind.bounds.y } : {}),
    minWidth: 960,
    minHeight: 600,
    frame: !kind.frameless,
    backgroundColor: kind.frameless ? '#000000' : '#ffffff',
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: kind.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  lockDownContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  return win;
}

export const pageUrl = (pathname: string, hash = ''): string => `${APP_ORIGIN}${pathname}${hash}`;

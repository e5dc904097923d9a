import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  safeStorage,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import {
  DEFAULT_BACKUP_MINUTES,
  scheduleBackups,
  type BackupSchedule,
} from '../core/features/backups/schedule';
import { openServices } from '../core/platform/api/services';
import { checkNativeBinding, useNativeBinding } from '../core/platform/db/native-binding';
import type { AuditVerifyView } from '../core/features/backups/model';
import { bindIpc } from './ipc';
import { osKeyStore, osPassphraseProtector } from './key-store';
import { useSealKeyStore } from '../core/platform/db/seal-key';
import { usePassphraseProtector } from '../core/platform/documents/passphrase-store';
import { pinLastGoodBackup } from '../core/features/backups/store';
import { menuLabels, type MenuLabels } from './menu-labels';
import { hasExternalDisplay, openPresenter } from './presenter';
import { registerAppScheme, serveRenderer } from './protocol';
import { mimeThroughApi } from '../core/platform/files/attachments';
import { createWindow, hardenSession, lockDownContents, pageUrl } from './window';

/** Electron main: app lifecycle, menus, the one services instance, the two windows. Kept thin. */

type Services = ReturnType<typeof openServices>;

const appRoot = app.getAppPath();
const RENDERER_DIR = path.join(appRoot, 'dist', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');
const PRESENTER_PRELOAD = path.join(__dirname, 'presenter-preload.cjs');

let services: Services | null = null;
let mainWindow: BrowserWindow | null = null;
let presenterWindow: BrowserWindow | null = null;
let unbindIpc: (() => void) | null = null;
let backups: BackupSchedule | null = null;

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // One SQLite file per installation: a second instance hands over to the first and leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.whenReady().then(start, (err: unknown) => fatal(err));
}

function fatal(err: unknown): void {
  dialog.showErrorBox(
    'Hearing Desk',
    `启动失败 / could not start:\n${err instanceof Error ? err.message : String(err)}`,
  );
  app.exit(1);
}

function start(): void {
  try {
    // better-sqlite3 built for Electron's ABI (build/native, made by `npm start`), else a clear refusal.
    useNativeBinding(appRoot);
    checkNativeBinding();
    // The workstation key of the row journal, kept by the OS key store (issue 15).
    useSealKeyStore(osKeyStore(safeStorage));
    // The signing certificate's passphrase, likewise (issue 15): never in a plain file beside the .p12.
    usePassphraseProtector(osPassphraseProtector(safeStorage));
    // A damaged or newer-version database is refused, never touched: recovery mode (backups only).
    services = openServices({ dataDir: app.getPath('userData'), host: 'electron', recovery: true });
  } catch (err) {
    fatal(err);
    return;
  }
  // A copy of the database at every start, then one every 30 minutes, never two at once (rotating,
  // newest ten); a failure is logged, not fatal.
  const current = services;
  backups = scheduleBackups({
    minutes: DEFAULT_BACKUP_MINUTES,
    // In recovery mode the ticks do nothing until a backup has been restored.
    run: () => (current.recovery ? Promise.resolve(null) : current.backup()),
    onError: (err) => console.error('[hearing-desk] backup failed:', err),
  });
  if (!current.recovery) void backups.runNow();
  hardenSession();
  serveRenderer(RENDERER_DIR, { dataDir: current.dataDir, mimeOf: mimeThroughApi(current.invoke) });
  unbindIpc = bindIpc(services, { main: () => mainWindow, presenter: () => presenterWindow });
  const labels = menuLabels(app.getLocale());
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(labels)));
  openMainWindow();
  if (current.recovery) showRecoveryNotice(current);
  else checkAuditChain(current);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

/** The window shows the recovery screen (backup.status says so); this says why, once, up front. */
function showRecoveryNotice(current: Services): void {
  const problem = current.recovery;
  if (!problem) return;
  console.error(`[hearing-desk] DATABASE REFUSED, RECOVERY MODE: ${problem.message_en}`);
  void dialog.showMessageBox({
    type: 'error',
    title: 'Hearing Desk',
    message: '数据库未能打开，已进入恢复模式 / The database was refused: recovery mode',
    detail: `${problem.message_zh}\n${problem.message_en}\n\n原数据库文件未作任何修改；可在窗口中选择一份备份恢复。\nThe database file was not changed; choose a backup to restore in the window.\n\n数据目录 / data: ${current.dataDir}`,
    buttons: ['OK'],
  });
}

/** The audit chain is walked at every start; a broken one is shown loudly but does not stop the app. */
function checkAuditChain(current: Services): void {
  const result = current.invoke('audit.verify', {});
  const report = result.ok ? (result.value as AuditVerifyView) : null;
  if (report?.ok) return;
  // Kept before the start backup can rotate it out: the newest copy that still verifies.
  pinLastGoodBackup(current.dataDir, current.dbFile);
  const zh = report?.message_zh ?? (result.ok ? '' : result.error.message_zh);
  const en = report?.message_en ?? (result.ok ? '' : result.error.message_en);
  console.error(`[hearing-desk] AUDIT CHAIN NOT INTACT: ${en}`);
  void dialog.showMessageBox({
    type: 'warning',
    title: 'Hearing Desk',
    message: '审计记录校验未通过 / The audit log does not verify',
    detail: `${zh}\n${en}\n\n数据目录 / data: ${current.dataDir}`,
    buttons: ['OK'],
  });
}

function openMainWindow(): void {
  mainWindow = createWindow({ preload: PRELOAD, title: 'Hearing Desk 执行听证·对账工作台' });
  mainWindow.on('closed', () => {
    mainWindow = null;
    presenterWindow?.close();
  });
  void mainWindow.loadURL(pageUrl('/'));
}

function togglePresenter(): void {
  if (presenterWindow && !presenterWindow.isDestroyed()) {
    presenterWindow.close();
    return;
  }
  presenterWindow = openPresenter(PRESENTER_PRELOAD);
  presenterWindow?.on('closed', () => {
    presenterWindow = null;
  });
}

function openSampleCase(labels: MenuLabels): void {
  if (!services) return;
  const result = services.invoke('cases.createSample', {});
  if (!result.ok) {
    dialog.showErrorBox(labels.sampleFailed, `${result.error.message_zh}\n${result.error.message_en}`);
    return;
  }
  const id = (result.value as { id?: unknown }).id;
  if (mainWindow && typeof id === 'number') void mainWindow.loadURL(pageUrl('/', `#/case/${id}`));
}

function menuTemplate(t: MenuLabels): MenuItemConstructorOptions[] {
  const isMac = process.platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t.file,
      submenu: [
        { label: t.openSample, accelerator: 'CmdOrCtrl+Shift+O', click: () => openSampleCase(t) },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        {
          label: t.presenter,
          accelerator: 'F5',
          click: () => togglePresenter(),
          enabled: hasExternalDisplay(),
        },
        { type: 'separator' },
        { label: t.reload, role: 'reload' },
        { label: t.resetZoom, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: t.fullscreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: t.help,
      submenu: [
        {
          label: t.about,
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'Hearing Desk',
              message: `Hearing Desk ${app.getVersion()}`,
              detail: `执行听证·对账工作台\n数据目录 / data: ${services?.dataDir ?? ''}`,
              buttons: ['OK'],
            }),
        },
        {
          label: app.getPath('userData'),
          enabled: true,
          click: () => void shell.openPath(app.getPath('userData')),
        },
      ],
    },
  ];
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', (event) => {
  unbindIpc?.();
  unbindIpc = null;
  const schedule = backups;
  backups = null;
  if (schedule?.running) {
    // Let a backup in flight finish before the database closes under it, then quit for real.
    event.preventDefault();
    void schedule.stop().finally(() => {
      services?.close();
      services = null;
      app.quit();
    });
    return;
  }
  void schedule?.stop();
  services?.close();
  services = null;
});

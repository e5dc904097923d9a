import { BrowserWindow, screen } from 'electron';
import { PRESENTER_PATH } from './constants';
import { chooseExternalDisplay } from './display';
import { createWindow, pageUrl } from './window';

/** The read-only presenter window: frameless, full screen on the external display, black until told. */
export function openPresenter(preload: string): BrowserWindow | null {
  const display = chooseExternalDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  if (display === null) return null;
  const win = createWindow({
    preload,
    title: 'Hearing Desk — 投屏',
    frameless: true,
    bounds: display.bounds,
  });
  win.setMenu(null);
  win.once('ready-to-show', () => win.setFullScreen(true));
  void win.loadURL(pageUrl(PRESENTER_PATH));
  return win;
}

/** Whether an external display exists right now (for the menu item's enabled state). */
export function hasExternalDisplay(): boolean {
  return chooseExternalDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id) !== null;
}

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Issue 8, item 5: the options every Electron window is created with and the session policies, read
 * by running electron/window.ts against a stand-in for the `electron` module (Electron itself cannot
 * run here). Each handler is called the way Electron would call it.
 */

type Listener = (...args: unknown[]) => unknown;
type FakeContents = {
  openHandler: ((details: { url: string }) => { action: string }) | null;
  listeners: Map<string, Listener>;
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }): void;
  on(event: string, fn: Listener): void;
};

const fake = vi.hoisted(() => {
  const contents = (): FakeContents => ({
    openHandler: null,
    listeners: new Map(),
    setWindowOpenHandler(fn) {
      this.openHandler = fn;
    },
    on(event, fn) {
      this.listeners.set(event, fn);
    },
  });
  const state = {
    windows: [] as { options: Record<string, unknown>; webContents: FakeContents }[],
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    devicePermission: null as Listener | null,
    headersReceived: null as Listener | null,
    opened: [] as string[],
    asked: [] as string[],
    answer: 0,
    contents,
  };
  class BrowserWindow {
    webContents = contents();
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push({ options, webContents: this.webContents });
    }
    once(): void {}
    static fromWebContents(): null {
      return null;
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => void (state.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Listener) => void (state.permissionCheck = fn),
      setDevicePermissionHandler: (fn: Listener) => void (state.devicePermission = fn),
      webRequest: { onHeadersReceived: (fn: Listener) => void (state.headersReceived = fn) },
    },
  };
  const shell = { openExternal: (url: string) => void state.opened.push(url) };
  const app = { getLocale: () => 'zh-CN' };
  const dialog = {
    showMessageBox: async (options: { message: string }) => {
      state.asked.push(options.message);
      return { response: state.answer };
    },
  };
  return { state, module: { BrowserWindow, session, shell, app, dialog } };
});

vi.mock('electron', () => fake.module);

const { createWindow, hardenSession, lockDownContents } = await import('../../electron/window');
const { APP_CSP } = await import('../../electron/app-path');
const { SECURITY_HEADERS } = await import('../../web/headers');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

beforeEach(() => {
  fake.state.windows.length = 0;
  fake.state.opened.length = 0;
  fake.state.asked.length = 0;
  fake.state.answer = 0;
});

describe('BrowserWindow options (electron/window.ts)', () => {
  it.each([
    ['main window', { preload: '/app/preload.cjs', title: 'Hearing Desk' }],
    [
      'presenter window',
      {
        preload: '/app/presenter-preload.cjs',
        title: '投屏',
        frameless: true,
        bounds: { x: 1920, y: 0, width: 1920, height: 1080 },
      },
    ],
  ])('the %s is isolated, sandboxed, without Node and with web security', (_name, kind) => {
    createWindow(kind);
    const prefs = fake.state.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
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
    });
    // Nothing that would loosen them is set at all.
    for (const loose of ['enableBlinkFeatures', 'experimentalFeatures', 'additionalArguments'])
      expect(prefs).not.toHaveProperty(loose);
  });

  it('every window it creates is locked down: new windows denied, navigation, redirects and webviews cancelled', async () => {
    createWindow({ preload: '/p.cjs', title: 't' });
    const wc = fake.state.windows[0]!.webContents;
    expect(wc.openHandler).not.toBeNull();
    for (const url of [
      'app://hearing-desk/#/case/1',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'about:blank',
    ])
      expect(wc.openHandler!({ url })).toEqual({ action: 'deny' });
    expect(fake.state.opened).toEqual([]);
    // Issue 14: an outside link is denied inside the app and opened only after a confirmation naming it.
    expect(wc.openHandler!({ url: 'https://www.court.gov.cn/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.state.asked).toHaveLength(1));
    expect(fake.state.asked[0]).toContain('https://www.court.gov.cn/');
    expect(fake.state.opened).toEqual([]);
    fake.state.answer = 1;
    wc.openHandler!({ url: 'https://www.court.gov.cn/' });
    await vi.waitFor(() => expect(fake.state.opened).toEqual(['https://www.court.gov.cn/']));
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const prevented = vi.fn();
      wc.listeners.get(event)!({ preventDefault: prevented }, 'https://evil.example/');
      expect(prevented, event).toHaveBeenCalledOnce();
    }
  });

  it('lockDownContents applies to any web contents (main.ts wires it to web-contents-created)', () => {
    const wc = fake.state.contents();
    lockDownContents(wc as never);
    expect(wc.openHandler!({ url: 'app://hearing-desk/' })).toEqual({ action: 'deny' });
    expect([...wc.listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
    const main = source('electron/main.ts');
    expect(main).toMatch(
      /app\.on\('web-contents-created',\s*\(_event, contents\) => lockDownContents\(contents\)\)/,
    );
    expect(main).toContain('app.enableSandbox();');
  });
});

describe('session policies (hardenSession)', () => {
  it('denies every permission request, check and device, and sets the CSP on every response', () => {
    hardenSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      fake.state.permissionRequest!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(fake.state.permissionCheck!({}, permission)).toBe(false);
    }
    expect(fake.state.devicePermission!({ deviceType: 'usb' })).toBe(false);
    const callback = vi.fn();
    fake.state.headersReceived!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [APP_CSP],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });

  it('the CSP is strict and the same on both hosts (app:// and the loopback web host)', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "connect-src 'self'",
    ])
      expect(APP_CSP).toContain(directive);
    expect(APP_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(APP_CSP);
    expect(source('electron/protocol.ts')).toMatch(/'Content-Security-Policy': APP_CSP/);
  });
});

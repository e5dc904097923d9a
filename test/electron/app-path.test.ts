import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CSP, mimeType, resolveAppUrl } from '../../electron/app-path';

const root = path.resolve('/opt/hearing-desk/resources/app.asar/dist/renderer');

describe('resolveAppUrl', () => {
  it('serves index.html for the app routes', () => {
    for (const u of [
      'app://hearing-desk/',
      'app://hearing-desk/index.html',
      'app://hearing-desk/presenter',
      'app://hearing-desk/#/case/2',
    ]) {
      expect(resolveAppUrl(root, u)).toBe(path.join(root, 'index.html'));
    }
  });

  it('maps assets inside the folder', () => {
    expect(resolveAppUrl(root, 'app://hearing-desk/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppUrl(root, 'app://hearing-desk/assets/a.ttf?v=1')).toBe(
      path.join(root, 'assets', 'a.ttf'),
    );
  });

  it.each([
    'app://hearing-desk/assets/%2e%2e%2f%2e%2e%2f..%2fmain.cjs',
    'app://hearing-desk/..%5c..%5csecret',
    'app://hearing-desk/%00',
    'app://hearing-desk/%E4%B8',
    'app://hearing-desk/assets/',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://hearing-desk/index.html',
    'nonsense',
  ])('refuses %s', (u) => {
    const r = resolveAppUrl(root, u);
    expect(r === null || (r.startsWith(root + path.sep) && r !== root)).toBe(true);
    if (!u.startsWith('app://hearing-desk/assets/')) expect(r).toBeNull();
  });

  it('never resolves outside the renderer folder', () => {
    // the URL parser already folds literal and %2e%2e dot segments; the result stays inside
    expect(resolveAppUrl(root, 'app://hearing-desk/../package.json')).toBe(path.join(root, 'package.json'));
    expect(resolveAppUrl(root, 'app://hearing-desk/%2e%2e/package.json')).toBe(
      path.join(root, 'package.json'),
    );
    for (const p of ['/..', '/../..', '/./../x', '/a/../../b', '/%2E%2E/%2E%2E/x', '/assets/../../x']) {
      const r = resolveAppUrl(root, `app://hearing-desk${p}`);
      expect(r === null || r.startsWith(root + path.sep)).toBe(true);
    }
  });
});

describe('mimeType and CSP', () => {
  it('types the renderer files', () => {
    expect(mimeType('index.html')).toMatch(/^text\/html/);
    expect(mimeType('a.js')).toMatch(/^text\/javascript/);
    expect(mimeType('f.ttf')).toBe('font/ttf');
    expect(mimeType('x.bin')).toBe('application/octet-stream');
  });
  it('is strict', () => {
    expect(APP_CSP).toContain("default-src 'self'");
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).toContain("object-src 'none'");
    expect(APP_CSP).not.toContain('unsafe-eval');
  });
});

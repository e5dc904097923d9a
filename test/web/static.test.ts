import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, readStaticFile, resolveStaticPath } from '../../web/static';

const root = path.resolve('/srv/hd/dist/renderer');

describe('resolveStaticPath', () => {
  it('maps plain paths inside the folder', () => {
    expect(resolveStaticPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app-1.js')).toBe(path.join(root, 'assets', 'app-1.js'));
    expect(resolveStaticPath(root, '/assets/%E4%B8%AD.png')).toBe(path.join(root, 'assets', '中.png'));
    expect(resolveStaticPath(root, '/assets/./y.css')).toBe(path.join(root, 'assets', 'y.css'));
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/assets/../../secret',
    '/assets/%2e%2e%2f%2e%2e%2fsecret',
    '/..%2f..%2fetc/passwd',
    '/..\\..\\windows',
    '/assets%5c..%5c..%5csecret',
    '/assets/x/../y.css',
    '/%00index.html',
    '/index.html%00.js',
    '/%E4%B8',
    'index.html',
    '/',
    '/.',
  ])('refuses %s', (p) => {
    expect(resolveStaticPath(root, p)).toBeNull();
  });

  it('never climbs above the root however the dots are encoded', () => {
    for (const p of ['/..', '/../', '/./..', '/a/../../b', '/%2E%2E/%2E%2E/x']) {
      const r = resolveStaticPath(root, p);
      expect(r === null || r.startsWith(root + path.sep)).toBe(true);
    }
  });
});

describe('readStaticFile', () => {
  let dir: string;
  let outside: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hd-static-'));
    outside = mkdtempSync(path.join(os.tmpdir(), 'hd-outside-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(dir, 'assets', 'a.js'), 'x');
    writeFileSync(path.join(outside, 'secret.txt'), 'secret');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'assets', 'link.txt'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('serves index.html for / and /presenter', async () => {
    for (const route of ['/', '/presenter']) {
      const f = await readStaticFile(dir, route);
      expect(f?.contentType).toMatch(/^text\/html/);
      expect(f?.body.toString()).toBe('<!doctype html>');
    }
  });

  it('serves files with their type', async () => {
    const f = await readStaticFile(dir, '/assets/a.js');
    expect(f?.contentType).toMatch(/^text\/javascript/);
  });

  it('lists no directories and follows no symlink out of the folder', async () => {
    expect(await readStaticFile(dir, '/assets')).toBeNull();
    expect(await readStaticFile(dir, '/assets/')).toBeNull();
    expect(await readStaticFile(dir, '/assets/link.txt')).toBeNull();
    expect(await readStaticFile(dir, '/missing.js')).toBeNull();
  });

  it('knows the font and script types', () => {
    expect(contentTypeFor('x.ttf')).toBe('font/ttf');
    expect(contentTypeFor('x.CSS')).toMatch(/^text\/css/);
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});

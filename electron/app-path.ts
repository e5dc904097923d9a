import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './constants';

/** Routes of the single-page app that answer with index.html. */
const APP_ROUTES = new Set(['/', '/index.html', '/presenter']);

/**
 * Map an app://hearing-desk/... URL to a file under the renderer folder, or null to refuse it:
 * other scheme or host, bad percent-encoding, NUL, backslashes, '..' segments, or anything resolving outside `root`.
 * Pure (no file-system access), unit-tested in test/unit/electron/app-path.test.ts.
 */
export function resolveAppUrl(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  const pathname = APP_ROUTES.has(url.pathname) ? '/index.html' : url.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  // no '..' segment at all, even one that would stay inside the folder
  if (decoded.split('/').includes('..')) return null;
  const base = path.resolve(root);
  const target = path.resolve(base, '.' + path.posix.normalize(decoded));
  const rel = path.relative(base, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return target;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function mimeType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Content-Security-Policy of every page served on app:// ('self' = app://hearing-desk). */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

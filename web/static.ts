import path from 'node:path';
import { promises as fs } from 'node:fs';

/** Static files of the built renderer (dist/renderer), with a path check and no directory listing. */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Routes of the single-page app that answer with index.html. */
export const APP_ROUTES = new Set(['/', '/index.html', '/presenter']);

/**
 * Map a URL pathname to a file inside `root`, or null when it must be refused:
 * bad percent-encoding, NUL bytes, backslashes, '..' segments, or anything that resolves outside the folder.
 * Pure (no file-system access); the caller still checks the file exists and is a regular file.
 */
export function resolveStaticPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  // no '..' segment at all, even one that would stay inside the folder
  if (decoded.split('/').includes('..')) return null;
  const base = path.resolve(root);
  const target = path.resolve(base, '.' + path.posix.normalize(decoded));
  if (target === base) return null;
  const rel = path.relative(base, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return target;
}

export type StaticFile = { body: Buffer; contentType: string };

/** Read a regular file under root (after resolving symlinks, it must still be under root). */
export async function readStaticFile(root: string, urlPathname: string): Promise<StaticFile | null> {
  const target = resolveStaticPath(root, APP_ROUTES.has(urlPathname) ? '/index.html' : urlPathname);
  if (target === null) return null;
  try {
    const [realRoot, realTarget] = await Promise.all([fs.realpath(root), fs.realpath(target)]);
    const rel = path.relative(realRoot, realTarget);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
    const stat = await fs.stat(realTarget);
    if (!stat.isFile()) return null;
    return { body: await fs.readFile(realTarget), contentType: contentTypeFor(realTarget) };
  } catch {
    return null;
  }
}

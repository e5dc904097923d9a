import path from 'node:path';
import { promises as fs } from 'node:fs';
import { APP_ROUTES, contentTypeFor, resolveStaticPath } from '../core/platform/files/renderer-files';

export { APP_ROUTES, contentTypeFor, resolveStaticPath };

/** Static files of the built renderer (dist/renderer), with a path check and no directory listing. */

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

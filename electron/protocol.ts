import { promises as fs } from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_CSP, mimeType, resolveAppUrl } from './app-path';
import { APP_SCHEME } from './constants';

/** Must run before app 'ready': app:// is a standard, secure scheme (so 'self', fetch and storage work). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function notFound(): Response {
  return new Response('not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' },
  });
}

/** Serve the built renderer (dist/renderer) on app://hearing-desk/ with the path check and a strict CSP. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const file = resolveAppUrl(rendererDir, request.url);
    if (file === null) return notFound();
    try {
      const [realRoot, realFile] = await Promise.all([fs.realpath(rendererDir), fs.realpath(file)]);
      const rel = path.relative(realRoot, realFile);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return notFound();
      const stat = await fs.stat(realFile);
      if (!stat.isFile()) return notFound();
      const body = await fs.readFile(realFile);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': mimeType(realFile), 'Cache-Control': 'no-cache' },
      });
    } catch {
      return notFound();
    }
  });
}

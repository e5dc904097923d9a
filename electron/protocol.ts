import { promises as fs } from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_CSP, mimeType, resolveAppUrl } from './app-path';
import { attachmentRoute, resolveAttachmentRequest } from '../core/platform/files/attachments';
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

/** Hearing attachments on app://hearing-desk/attachments/<sha256> (shared logic: core/platform/files/attachments.ts). */
export type AttachmentSource = { dataDir: string; mimeOf: (sha256: string) => string | null };

async function serveAttachment(
  request: Request,
  source: AttachmentSource,
  sha256: string,
): Promise<Response> {
  const reply = resolveAttachmentRequest(source.dataDir, sha256, request.headers.get('range'), source.mimeOf);
  const headers = { ...SECURITY_HEADERS, ...reply.headers };
  if (reply.file === null) return new Response(null, { status: reply.status, headers });
  if (request.method === 'HEAD' || reply.file.end < reply.file.start)
    return new Response(null, { status: reply.status, headers });
  const handle = await fs.open(reply.file.path, 'r');
  try {
    const body = Buffer.alloc(reply.file.end - reply.file.start + 1);
    await handle.read(body, 0, body.length, reply.file.start);
    return new Response(body, { status: reply.status, headers });
  } finally {
    await handle.close();
  }
}

function notFound(): Response {
  return new Response('not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' },
  });
}

/** Serve the built renderer (dist/renderer) on app://hearing-desk/ with the path check and a strict CSP. */
export function serveRenderer(rendererDir: string, attachments?: AttachmentSource): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const sha256 = attachments ? attachmentRoute(new URL(request.url).pathname) : null;
    if (attachments && sha256 !== null) return serveAttachment(request, attachments, sha256);
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

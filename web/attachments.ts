import fs from 'node:fs';
import type http from 'node:http';
import { resolveAttachmentRequest } from '../core/platform/files/attachments';
import { SECURITY_HEADERS } from './headers';

/**
 * GET /attachments/<sha256>?token=…: a hearing photo or video, streamed with Range support so <video>
 * can seek. The path check, the registration check and the range maths live in core/platform/files/attachments.ts,
 * shared with Electron's app:// protocol.
 */
export function serveAttachment(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  dataDir: string,
  sha256: string,
  mimeOf: (sha256: string) => string | null,
): void {
  const reply = resolveAttachmentRequest(dataDir, sha256, req.headers.range, mimeOf);
  res.writeHead(reply.status, { ...SECURITY_HEADERS, ...reply.headers });
  if (reply.file === null) {
    res.end(reply.status === 404 ? '404 未找到 / not found' : undefined);
    return;
  }
  if (req.method === 'HEAD' || reply.file.end < reply.file.start) {
    res.end();
    return;
  }
  const stream = fs.createReadStream(reply.file.path, { start: reply.file.start, end: reply.file.end });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

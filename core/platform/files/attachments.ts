import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_ATTACHMENT_LABEL } from './vocabulary';

/**
 * Attachments (photos, scans, video clips) of the petition hearing: files in a content-addressed folder
 * beside the database, <dataDir>/attachments/<sha256 first 2>/<sha256>. A name from input is never a
 * path: it is kept only as a label. The type is read from the bytes, not from the name. Both hosts (the
 * web host's GET /attachments/<sha256> and Electron's app:// protocol) serve files through
 * `resolveAttachmentRequest`, the one shared piece of logic.
 */

export const ATTACHMENT_DIR = 'attachments';

export type AttachmentKind = 'photo' | 'document' | 'video';
export type SniffedType = { kind: AttachmentKind; mime: string; ext: string };

/**
 * One limit for every kind: the file travels base64 inside one JSON request, and the web host refuses a
 * body over 28 MB (web/server.ts MAX_BODY_BYTES); 20 MB of file is 26.7 MB of base64. Longer video
 * must be cut into clips (or compressed) before it is attached.
 */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENT_MB = 20;

const at = (bytes: Uint8Array, offset: number, magic: number[]) =>
  bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The type from the first bytes: JPEG, PNG, WebP, PDF, MP4 (ISO BMFF 'ftyp'), WebM (EBML 'webm'). */
export function sniffType(bytes: Uint8Array): SniffedType | null {
  if (at(bytes, 0, [0xff, 0xd8, 0xff])) return { kind: 'photo', mime: 'image/jpeg', ext: 'jpg' };
  if (at(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'photo', mime: 'image/png', ext: 'png' };
  if (at(bytes, 0, ascii('RIFF')) && at(bytes, 8, ascii('WEBP')))
    return { kind: 'photo', mime: 'image/webp', ext: 'webp' };
  if (at(bytes, 0, ascii('%PDF-'))) return { kind: 'document', mime: 'application/pdf', ext: 'pdf' };
  if (at(bytes, 4, ascii('ftyp'))) return { kind: 'video', mime: 'video/mp4', ext: 'mp4' };
  if (at(bytes, 0, [0x1a, 0x45, 0xdf, 0xa3])) {
    // The EBML header names its DocType within its first few dozen bytes.
    const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
    if (head.includes('webm')) return { kind: 'video', mime: 'video/webm', ext: 'webm' };
  }
  return null;
}

/**
 * The name shown for a file: its last path segment only, without control characters, at most 120
 * characters; "附件" when nothing is left. It is a label, never a path.
 */
export function sanitiseLabel(name: string): string {
  const last =
    name
      .split(/[/\\]/)
      .filter((s) => s !== '')
      .at(-1) ?? '';
  // Control characters (C0, DEL, C1) and the bidirectional overrides that can disguise an extension.
  const clean = [...last]
    .filter((ch) => {
      const c = ch.codePointAt(0)!;
      return !(
        c < 0x20 ||
        (c >= 0x7f && c <= 0x9f) ||
        c === 0x200e ||
        c === 0x200f ||
        (c >= 0x202a && c <= 0x202e) ||
        (c >= 0x2066 && c <= 0x2069)
      );
    })
    .join('')
    .trim();
  const label = clean === '.' || clean === '..' ? '' : clean;
  return label === '' ? DEFAULT_ATTACHMENT_LABEL : [...label].slice(0, 120).join('');
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file of a digest, or null when the digest is not 64 lower-case hex characters. */
export function attachmentPath(dataDir: string, sha256: string): string | null {
  if (!SHA256_HEX.test(sha256)) return null;
  return path.join(path.resolve(dataDir), ATTACHMENT_DIR, sha256.slice(0, 2), sha256);
}

/**
 * Writes the bytes under their digest (once: the same content is stored once), through a temporary file
 * and a rename so a crash never leaves a half-written file under a real digest.
 */
export function storeAttachment(dataDir: string, bytes: Uint8Array): { sha256: string; path: string } {
  const sha256 = sha256Hex(bytes);
  const file = attachmentPath(dataDir, sha256)!;
  if (fs.existsSync(file) && fs.statSync(file).size === bytes.length) return { sha256, path: file };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  return { sha256, path: file };
}

export function readAttachment(dataDir: string, sha256: string): Buffer | null {
  const file = attachmentPath(dataDir, sha256);
  if (!file || !fs.existsSync(file)) return null;
  return fs.readFileSync(file);
}

export type ByteRange = { start: number; end: number };

/**
 * A single "bytes=" range (what <video> asks for when it seeks): "bytes=0-", "bytes=100-199",
 * "bytes=-500" (the last 500). Null when there is no usable header (serve the whole file);
 * 'unsatisfiable' when it lies outside the file (416).
 */
export function parseRange(
  header: string | undefined | null,
  size: number,
): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

export type AttachmentReply =
  | { status: 404 | 416; headers: Record<string, string>; file: null }
  | {
      status: 200 | 206;
      headers: Record<string, string>;
      file: { path: string; start: number; end: number };
    };

/**
 * What to answer for GET <attachments>/<sha256>: only a well-formed digest that the database registers
 * (`mimeOf` returns its sniffed type, else null), whose file exists; a Range gets 206.
 */
export function resolveAttachmentRequest(
  dataDir: string,
  sha256: string,
  range: string | undefined | null,
  mimeOf: (sha256: string) => string | null,
): AttachmentReply {
  const notFound = {
    status: 404 as const,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    file: null,
  };
  const file = attachmentPath(dataDir, sha256);
  if (!file) return notFound;
  const mime = mimeOf(sha256);
  if (!mime) return notFound;
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return notFound;
    size = stat.size;
  } catch {
    return notFound;
  }
  const base = {
    'Content-Type': mime,
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'private, max-age=3600, immutable',
    'X-Content-Type-Options': 'nosniff',
    'Content-Disposition': 'inline',
  };
  const r = parseRange(range, size);
  if (r === 'unsatisfiable')
    return { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` }, file: null };
  if (r === null || size === 0)
    return {
      status: 200,
      headers: { ...base, 'Content-Length': String(size) },
      file: { path: file, start: 0, end: size - 1 },
    };
  return {
    status: 206,
    headers: {
      ...base,
      'Content-Length': String(r.end - r.start + 1),
      'Content-Range': `bytes ${r.start}-${r.end}/${size}`,
    },
    file: { path: file, start: r.start, end: r.end },
  };
}

/** "/attachments/<sha256>" -> the digest, else null. */
export function attachmentRoute(pathname: string): string | null {
  const m = /^\/attachments\/([^/]+)$/.exec(pathname);
  return m ? m[1]! : null;
}

/** The type lookup both hosts pass to resolveAttachmentRequest: the registered type through the API. */
export function mimeThroughApi(
  invoke: (name: string, input: unknown) => { ok: boolean; value?: unknown },
): (sha256: string) => string | null {
  return (sha256) => {
    const reply = invoke('hearings.attachmentType', { sha256 });
    return reply.ok ? ((reply.value as { mime: string }).mime ?? null) : null;
  };
}

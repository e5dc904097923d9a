import { pinLastGoodBackup } from '../core/features/backups/store';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { DEFAULT_BACKUP_MINUTES, scheduleBackups, type Timers } from '../core/features/backups/schedule';
import { openServices, type RecoveryProblem } from '../core/platform/api/services';
import type { AuditVerifyView } from '../core/features/backups/model';
import type { ErrorInfo } from '../core/platform/api/model';
import { checkRequest, TOKEN_HEADER } from './guards';
import { SECURITY_HEADERS } from './headers';
import { readStaticFile } from './static';
import { parseTopics } from './topics';
import { serveAttachment } from './attachments';
import { attachmentRoute, mimeThroughApi } from '../core/platform/files/attachments';

/** The loopback HTTP host: the built renderer plus POST /api/<method> and GET /api/events (SSE). */

// A 20 MB import file arrives as base64 (×4/3) inside JSON: leave room for it.
export const MAX_BODY_BYTES = 28 * 1024 * 1024;
const MAX_BODY_MB = MAX_BODY_BYTES / (1024 * 1024);
const HEARTBEAT_MS = 25_000;
const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_RENDERER_DIR = path.resolve(here, '..', 'dist', 'renderer');

export type WebHostOptions = {
  dataDir: string;
  /** 0 or absent: pick a free port */
  port?: number;
  /** per-launch token; a random one when absent */
  token?: string;
  /** call cases.createSample when the data folder holds no case yet */
  demo?: boolean;
  rendererDir?: string;
  actor?: string;
  now?: () => string;
  /** a backup every N minutes while running; 0 = off; default 30 */
  backupMinutes?: number;
  /** tests drive the backup timer by hand */
  timers?: Timers;
  /** where loud startup problems go (a broken audit chain); default stderr */
  warn?: (line: string) => void;
};

export type WebHost = {
  url: string;
  port: number;
  token: string;
  dataDir: string;
  /** the audit chain as found at start (a broken chain is reported, it does not stop the host) */
  audit: AuditVerifyView | null;
  /** where the server listens: always 127.0.0.1 */
  address: AddressInfo;
  /** non-null when the database was refused at start: the host serves the recovery screen only */
  recovery: RecoveryProblem | null;
  close(): Promise<void>;
};

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

type Failure = { status: number; error: ErrorInfo };

const fail = (
  status: number,
  code: string,
  message_zh: string,
  message_en: string,
  details?: unknown,
): Failure => ({
  status,
  error: { code, message_zh, message_en, ...(details === undefined ? {} : { details }) },
});

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(data.length),
    'Cache-Control': 'no-store',
  });
  res.end(data);
}

function sendFailure(res: http.ServerResponse, f: Failure): void {
  sendJson(res, f.status, { ok: false, error: f.error });
}

/** Read at most MAX_BODY_BYTES; a larger body is refused with 413 without buffering it. */
function readBody(req: http.IncomingMessage): Promise<Buffer | Failure> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    const tooLarge = fail(
      413,
      'PAYLOAD_TOO_LARGE',
      // A file travels as base64 (4 characters for 3 bytes): 28 MB of request is about 20 MB of file.
      `请求内容过大（上限 ${MAX_BODY_MB} MB，约合 20 MB 的文件）`,
      `request body too large (limit ${MAX_BODY_MB} MB, about a 20 MB file)`,
    );
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      req.resume();
      resolve(tooLarge);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        chunks.length = 0;
        resolve(tooLarge);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    req.on('error', () => {
      if (!done) {
        done = true;
        resolve(fail(400, 'BAD_REQUEST', '请求读取失败', 'could not read the request'));
      }
    });
  });
}

function parseJson(body: Buffer): { value: unknown } | Failure {
  const text = body.toString('utf8');
  if (text.trim() === '') return { value: {} };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return fail(400, 'BAD_JSON', '请求内容不是有效的 JSON', 'request body is not valid JSON');
  }
}

export async function createWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? newToken();
  const rendererDir = opts.rendererDir ?? DEFAULT_RENDERER_DIR;
  const services = openServices({
    dataDir: opts.dataDir,
    host: 'web',
    recovery: true,
    ...(opts.actor === undefined ? {} : { actor: opts.actor }),
    ...(opts.now === undefined ? {} : { now: opts.now }),
  });
  const warn = opts.warn ?? ((line: string) => void process.stderr.write(`${line}\n`));
  // A refused database (damaged, or from a newer program) is left untouched: the host starts in
  // recovery mode, where the page offers the backups and nothing else answers.
  const recovery = services.recovery;
  if (recovery)
    warn(
      `!!! 数据库被拒绝打开，已进入恢复模式 / DATABASE REFUSED, RECOVERY MODE !!!\n!!! ${recovery.message_zh}\n!!! ${recovery.message_en}`,
    );
  // The audit chain is walked at every start: a broken one is shouted about, and the app still runs
  // (the judge must be able to look at the data and restore a backup).
  const verified = recovery ? null : services.invoke('audit.verify', {});
  const audit = verified?.ok ? (verified.value as AuditVerifyView) : null;
  if (verified && !verified.ok) warn(`!!! audit chain could not be verified: ${verified.error.message_en}`);
  else if (verified && !audit?.ok) {
    warn(`!!! 警告 WARNING !!! ${audit?.message_zh ?? ''}\n!!! ${audit?.message_en ?? ''}`);
    // Every page shows the banner (audit.banner) until a named person acknowledges it; the newest
    // backup that still verifies is pinned before the start backup below can rotate anything out.
    const pinned = pinLastGoodBackup(services.dataDir, services.dbFile);
    if (pinned) warn(`!!! 已保留此前最后一份完好的备份 / kept the last intact backup: ${pinned.name}`);
  }
  // A copy of the database at every start, before anything can change it (rotating, newest ten),
  // then one every backupMinutes, never two at once.
  if (!recovery)
    await services.backup().catch((err: unknown) => warn(`backup at start failed: ${String(err)}`));
  const backups = scheduleBackups({
    minutes: opts.backupMinutes ?? DEFAULT_BACKUP_MINUTES,
    // In recovery mode the ticks do nothing until a backup has been restored.
    run: () => (services.recovery ? Promise.resolve() : services.backup().then(() => undefined)),
    onError: (err) => warn(`periodic backup failed: ${String(err)}`),
    ...(opts.timers ? { timers: opts.timers } : {}),
  });
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  if (opts.demo && !recovery) {
    const list = services.invoke('cases.list', {});
    if (list.ok && Array.isArray(list.value) && list.value.length === 0) {
      const sample = services.invoke('cases.createSample', {});
      if (!sample.ok) process.stderr.write(`demo case not created: ${sample.error.message_en}\n`);
    }
  }

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> => {
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') {
        sendFailure(res, fail(405, 'METHOD_NOT_ALLOWED', '请求方法不被允许', 'method not allowed'));
        return;
      }
      const topics = parseTopics(url.searchParams.get('topics'));
      if (topics === null) {
        sendFailure(res, fail(400, 'BAD_TOPICS', '订阅主题无效', 'unknown or missing subscription topics'));
        return;
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      const offs = topics.map((topic) =>
        services.subscribe(topic, (payload: unknown) => {
          res.write(`event: ${topic}\ndata: ${JSON.stringify(payload ?? null)}\n\n`);
        }),
      );
      const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      const stop = () => {
        clearInterval(beat);
        offs.forEach((off) => off());
        streams.delete(res);
      };
      req.on('close', stop);
      res.on('close', stop);
      return;
    }

    // A malformed escape (POST /api/%E0%A4%A) is the client's mistake: 400, not a 500 from decodeURIComponent.
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      sendFailure(
        res,
        fail(
          400,
          'BAD_REQUEST',
          '请求地址的百分号编码有误',
          'malformed percent-encoding in the request path',
        ),
      );
      return;
    }
    if (req.method !== 'POST') {
      sendFailure(
        res,
        fail(405, 'METHOD_NOT_ALLOWED', '请求方法不被允许，请使用 POST', 'method not allowed; use POST'),
      );
      return;
    }
    const body = await readBody(req);
    if (!Buffer.isBuffer(body)) {
      sendFailure(res, body);
      return;
    }
    const parsed = parseJson(body);
    if (!('value' in parsed)) {
      sendFailure(res, parsed);
      return;
    }
    let envelope: unknown;
    try {
      // Awaited: an export job is laid out in a worker while other requests are answered.
      envelope = await services.invokeAsync(name, parsed.value);
    } catch (err) {
      process.stderr.write(`invoke ${name} threw: ${String(err)}\n`);
      envelope = {
        ok: false,
        error: { code: 'INTERNAL', message_zh: '内部错误', message_en: 'internal error' },
      };
    }
    sendJson(res, 200, envelope);
  };

  const server = http.createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      sendFailure(res, fail(400, 'BAD_REQUEST', '请求地址无效', 'bad request URL'));
      return;
    }
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
    // Hearing attachments (<img>, <video>): they cannot send a header, so the token may come in the query.
    const attachment = attachmentRoute(url.pathname);
    const headerToken = req.headers[TOKEN_HEADER];
    const verdict = checkRequest(
      {
        host: req.headers.host,
        origin: req.headers.origin,
        headerToken: typeof headerToken === 'string' ? headerToken : undefined,
        queryToken: url.searchParams.get('token'),
        allowQueryToken: url.pathname === '/api/events' || attachment !== null,
        needsToken: isApi || attachment !== null,
      },
      token,
      port,
    );
    if (!verdict.ok) {
      sendFailure(res, {
        status: verdict.status,
        error: { code: verdict.code, message_zh: verdict.message_zh, message_en: verdict.message_en },
      });
      return;
    }
    if (isApi) {
      handleApi(req, res, url).catch((err: unknown) => {
        process.stderr.write(`api error: ${String(err)}\n`);
        if (!res.headersSent) sendFailure(res, fail(500, 'INTERNAL', '内部错误', 'internal error'));
        else res.end();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendFailure(res, fail(405, 'METHOD_NOT_ALLOWED', '请求方法不被允许', 'method not allowed'));
      return;
    }
    if (attachment !== null) {
      serveAttachment(req, res, services.dataDir, attachment, mimeThroughApi(services.invoke));
      return;
    }
    readStaticFile(rendererDir, url.pathname)
      .then((file) => {
        if (file === null) {
          res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('404 未找到 / not found');
          return;
        }
        const isHtml = file.contentType.startsWith('text/html');
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': file.contentType,
          'Content-Length': String(file.body.length),
          'Cache-Control': isHtml ? 'no-store' : 'no-cache',
        });
        res.end(req.method === 'HEAD' ? undefined : file.body);
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
        res.end();
      });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: '127.0.0.1', port: opts.port ?? 0 }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await backups.stop();
    services.close();
    throw err;
  }
  const address = server.address() as AddressInfo;
  port = address.port;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      for (const s of streams) s.end();
      streams.clear();
      server.close(() => {
        // A backup in flight finishes first: closing the database under it would fail it.
        void backups.stop().finally(() => {
          services.close();
          resolve();
        });
      });
      server.closeAllConnections();
    });
    return closing;
  };

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    dataDir: services.dataDir,
    audit,
    address,
    recovery,
    close,
  };
}

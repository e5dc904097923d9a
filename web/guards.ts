import { timingSafeEqual } from 'node:crypto';

/**
 * Request guards of the loopback host (pure functions, unit-tested in test/web/guards.test.ts).
 * The host listens on 127.0.0.1 only; these checks add the per-launch token and the
 * DNS-rebinding defence (a page on a foreign name that resolves to 127.0.0.1 still sends its own Host/Origin).
 */

export const TOKEN_HEADER = 'x-hearing-desk-token';

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Constant-time comparison of the presented token with the launch token. */
export function tokenMatches(expected: string, presented: string | null | undefined): boolean {
  if (typeof presented !== 'string' || presented.length === 0 || expected.length === 0) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(presented, 'utf8');
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}

/** Split "name:port" / "[v6]:port"; a missing port means the scheme default (80 for http). */
function splitHostPort(value: string): { name: string; port: number } | null {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(value.trim());
  if (!m) return null;
  const name = (m[1] ?? '').toLowerCase();
  const port = m[2] === undefined ? 80 : Number(m[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { name, port };
}

/** Host header must name a loopback address and our port: 127.0.0.1:N, localhost:N or [::1]:N. */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const hp = splitHostPort(hostHeader);
  return hp !== null && LOOPBACK_NAMES.has(hp.name) && hp.port === port;
}

/** Origin header, when present, must be http://<loopback>:N. Absent is fine (same-origin GETs omit it). */
export function isLoopbackOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  let url: URL;
  try {
    url = new URL(originHeader);
  } catch {
    return false; // includes the opaque origin "null"
  }
  if (url.protocol !== 'http:' || url.username || url.password) return false;
  if (url.pathname !== '/' || url.search || url.hash) return false;
  return isLoopbackHost(url.host, port);
}

export type GuardVerdict =
  | { ok: true }
  | {
      ok: false;
      status: 401 | 403;
      code: 'UNAUTHORIZED' | 'FORBIDDEN_ORIGIN';
      message_zh: string;
      message_en: string;
    };

export type GuardRequest = {
  host: string | undefined;
  origin: string | undefined;
  /** token from the x-hearing-desk-token header */
  headerToken: string | undefined;
  /** token from the query string; honoured only where the caller allows it (EventSource cannot set headers) */
  queryToken: string | null;
  allowQueryToken: boolean;
  /** /api requests need the token; pages and static files only the Host/Origin check */
  needsToken: boolean;
};

/** Host/Origin first (403), then the token (401). */
export function checkRequest(req: GuardRequest, expectedToken: string, port: number): GuardVerdict {
  if (!isLoopbackHost(req.host, port) || !isLoopbackOrigin(req.origin, port)) {
    return {
      ok: false,
      status: 403,
      code: 'FORBIDDEN_ORIGIN',
      message_zh: '拒绝访问：请求来源不是本机地址',
      message_en: 'forbidden: request does not come from a loopback address',
    };
  }
  if (!req.needsToken) return { ok: true };
  const presented = req.headerToken ?? (req.allowQueryToken ? req.queryToken : null);
  if (!tokenMatches(expectedToken, presented)) {
    return {
      ok: false,
      status: 401,
      code: 'UNAUTHORIZED',
      message_zh: '未授权：缺少或错误的访问令牌，请使用启动时显示的完整地址打开',
      message_en: 'unauthorized: missing or wrong access token; open the full address printed at launch',
    };
  }
  return { ok: true };
}

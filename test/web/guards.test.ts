import { describe, expect, it } from 'vitest';
import {
  checkRequest,
  isLoopbackHost,
  isLoopbackOrigin,
  tokenMatches,
  type GuardRequest,
} from '../../web/guards';

const PORT = 43210;
const TOKEN = 'k3Y_token-value';

const req = (over: Partial<GuardRequest>): GuardRequest => ({
  host: `127.0.0.1:${PORT}`,
  origin: undefined,
  headerToken: TOKEN,
  queryToken: null,
  allowQueryToken: false,
  needsToken: true,
  ...over,
});

describe('tokenMatches', () => {
  it('accepts only the exact token', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(TOKEN, TOKEN + 'x')).toBe(false);
    expect(tokenMatches(TOKEN, TOKEN.slice(0, -1) + 'X')).toBe(false);
    expect(tokenMatches(TOKEN, '')).toBe(false);
    expect(tokenMatches(TOKEN, undefined)).toBe(false);
    expect(tokenMatches(TOKEN, null)).toBe(false);
    expect(tokenMatches('', '')).toBe(false);
  });
});

describe('isLoopbackHost', () => {
  it.each([`127.0.0.1:${PORT}`, `localhost:${PORT}`, `[::1]:${PORT}`, `LOCALHOST:${PORT}`])(
    'accepts %s',
    (h) => {
      expect(isLoopbackHost(h, PORT)).toBe(true);
    },
  );
  it.each([
    undefined,
    '',
    `evil.com:${PORT}`,
    `127.0.0.1:${PORT + 1}`,
    '127.0.0.1',
    `127.0.0.2:${PORT}`,
    `0.0.0.0:${PORT}`,
    `localhost.evil.com:${PORT}`,
    `127.0.0.1.nip.io:${PORT}`,
    `[::ffff:127.0.0.1]:${PORT}`,
    `user@127.0.0.1:${PORT}`,
    `127.0.0.1:${PORT}/x`,
  ])('refuses %s', (h) => {
    expect(isLoopbackHost(h, PORT)).toBe(false);
  });
  it('treats a missing port as 80', () => {
    expect(isLoopbackHost('localhost', 80)).toBe(true);
  });
});

describe('isLoopbackOrigin', () => {
  it('accepts no Origin and loopback origins on our port', () => {
    expect(isLoopbackOrigin(undefined, PORT)).toBe(true);
    expect(isLoopbackOrigin(`http://127.0.0.1:${PORT}`, PORT)).toBe(true);
    expect(isLoopbackOrigin(`http://localhost:${PORT}`, PORT)).toBe(true);
    expect(isLoopbackOrigin(`http://[::1]:${PORT}`, PORT)).toBe(true);
  });
  it.each([
    'null',
    'http://evil.com',
    `http://evil.com:${PORT}`,
    `https://127.0.0.1:${PORT}`,
    `http://127.0.0.1:${PORT + 1}`,
    'file://',
    'garbage',
  ])('refuses %s', (o) => {
    expect(isLoopbackOrigin(o, PORT)).toBe(false);
  });
});

describe('checkRequest', () => {
  it('passes a loopback request with the token', () => {
    expect(checkRequest(req({}), TOKEN, PORT)).toEqual({ ok: true });
  });
  it('refuses a missing or wrong token with 401 and a Chinese message', () => {
    for (const headerToken of [undefined, 'wrong']) {
      const v = checkRequest(req({ headerToken }), TOKEN, PORT);
      expect(v.ok).toBe(false);
      if (!v.ok) {
        expect(v.status).toBe(401);
        expect(v.code).toBe('UNAUTHORIZED');
        expect(v.message_zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
  it('checks Host and Origin before the token (403 even with the right token)', () => {
    const foreignHost = checkRequest(req({ host: `evil.com:${PORT}` }), TOKEN, PORT);
    expect(foreignHost.ok === false && foreignHost.status).toBe(403);
    const foreignOrigin = checkRequest(req({ origin: 'http://evil.com' }), TOKEN, PORT);
    expect(foreignOrigin.ok === false && foreignOrigin.status).toBe(403);
    const both = checkRequest(req({ host: `evil.com:${PORT}`, headerToken: undefined }), TOKEN, PORT);
    expect(both.ok === false && both.status).toBe(403);
  });
  it('honours the query token only where allowed (EventSource)', () => {
    expect(checkRequest(req({ headerToken: undefined, queryToken: TOKEN }), TOKEN, PORT).ok).toBe(false);
    expect(
      checkRequest(req({ headerToken: undefined, queryToken: TOKEN, allowQueryToken: true }), TOKEN, PORT).ok,
    ).toBe(true);
  });
  it('pages need no token but still a loopback Host', () => {
    expect(checkRequest(req({ headerToken: undefined, needsToken: false }), TOKEN, PORT).ok).toBe(true);
    expect(
      checkRequest(req({ headerToken: undefined, needsToken: false, host: 'evil.com' }), TOKEN, PORT).ok,
    ).toBe(false);
  });
});

import { rawRequest } from './host';
import { expect, test } from './fixtures';

test('an API call without the token is refused with 401 and a Chinese message', async ({ host }) => {
  const h = host.current;
  const reply = await rawRequest(h.port, {
    path: '/api/cases.list',
    headers: { 'content-type': 'application/json', host: `127.0.0.1:${h.port}` },
    body: '{}',
  });
  expect(reply.status).toBe(401);
  const body = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message_zh: string } };
  expect(body.ok).toBe(false);
  expect(body.error.code).toBe('UNAUTHORIZED');
  expect(body.error.message_zh).toMatch(/[\u4e00-\u9fff]/);

  const wrong = await rawRequest(h.port, {
    path: '/api/cases.list',
    headers: {
      'content-type': 'application/json',
      'x-hearing-desk-token': 'guess',
      host: `127.0.0.1:${h.port}`,
    },
    body: '{}',
  });
  expect(wrong.status).toBe(401);
});

test('a foreign Host or Origin is refused with 403 even with the token', async ({ host }) => {
  const h = host.current;
  const headers = { 'content-type': 'application/json', 'x-hearing-desk-token': h.token };
  const foreignHost = await rawRequest(h.port, {
    path: '/api/cases.list',
    headers: { ...headers, host: `rebind.example:${h.port}` },
    body: '{}',
  });
  expect(foreignHost.status).toBe(403);
  const foreignOrigin = await rawRequest(h.port, {
    path: '/api/cases.list',
    headers: { ...headers, host: `127.0.0.1:${h.port}`, origin: 'http://rebind.example' },
    body: '{}',
  });
  expect(foreignOrigin.status).toBe(403);
  const page = await rawRequest(h.port, {
    method: 'GET',
    path: '/',
    headers: { host: `rebind.example:${h.port}` },
  });
  expect(page.status).toBe(403);
  const ok = await rawRequest(h.port, {
    path: '/api/cases.list',
    headers: { ...headers, host: `localhost:${h.port}` },
    body: '{}',
  });
  expect(ok.status).toBe(200);
});

test('pages carry a strict CSP and the app works under it', async ({ page, host }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  const response = await page.goto(host.current.url);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  await expect(page.getByTestId('case-list')).toBeVisible();
  // the token leaves the address bar (projected screens) but stays usable for the session
  expect(new URL(page.url()).searchParams.get('token')).toBeNull();
  await page.reload();
  await expect(page.getByTestId('case-list-empty')).toBeVisible();
  expect(violations.filter((v) => /Content Security Policy/i.test(v))).toEqual([]);
});

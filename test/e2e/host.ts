import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * Start and stop the real web host as a child process (`tsx web/main.ts --data DIR --port 0`),
 * waiting for its own ready line — never a sleep.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const READY = /^Hearing Desk ready at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))$/;

export type RunningHost = {
  url: string;
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
};

export async function startHost(dataDir: string, extraArgs: string[] = []): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'web/main.ts', '--data', dataDir, '--port', '0', ...extraArgs],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host not ready after 30 s\n${stderr}`)), 30_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = READY.exec(line.trim());
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code} before it was ready\n${stderr}`));
    });
  });

  const port = Number(match[2]);
  return {
    url: match[1]!,
    origin: `http://127.0.0.1:${port}`,
    port,
    token: match[3]!,
    dataDir,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000)),
      ]);
      if (code === 'timeout') {
        child.kill('SIGKILL');
        await exited;
        throw new Error(`web host did not stop on SIGTERM\n${stderr}`);
      }
      if (code !== 0) throw new Error(`web host exited with ${code}\n${stderr}`);
    },
  };
}

export type RawReply = { status: number; body: string };

/** A raw HTTP call where the test controls every header (Host included). */
export function rawRequest(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Call the API the way the renderer does (token header), for checks after UI actions. */
export async function callApi<T = unknown>(
  host: RunningHost,
  name: string,
  input: unknown,
): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message_zh: string } }> {
  const reply = await rawRequest(host.port, {
    path: `/api/${name}`,
    headers: {
      'content-type': 'application/json',
      'x-hearing-desk-token': host.token,
      host: `127.0.0.1:${host.port}`,
    },
    body: JSON.stringify(input),
  });
  return JSON.parse(reply.body) as { ok: true; value: T };
}

import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * The real web host as a child process (`node --import tsx web/main.ts --data DIR --port 0`), ready
 * when it prints its own ready line (never a sleep). Unlike test/e2e/host.ts it hands out the child,
 * so a test can SIGKILL it mid-write.
 */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const READY = /^Hearing Desk ready at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)$/;

export type HostProcess = {
  port: number;
  token: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
  /** SIGTERM and wait for a clean exit (code 0). */
  stop(): Promise<void>;
};

export async function spawnHost(dataDir: string, extraArgs: string[] = []): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'web/main.ts', '--data', dataDir, '--port', '0', ...extraArgs],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_NO_WARNINGS: '1' } },
  );
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`web host not ready after 30 s\n${stderr}`));
    }, 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = READY.exec(line.trim());
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code} before it was ready\n${stderr}`));
    });
  });
  return {
    port: Number(match[1]),
    token: match[2]!,
    child,
    exited,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const { code } = await exited;
      if (code !== 0) throw new Error(`web host exited with ${code}\n${stderr}`);
    },
  };
}

export type Envelope =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message_zh: string; message_en: string } };

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One API call with the token; rejects when the connection fails (the host was killed). `onFlushed`
 * runs once the whole request has been handed to the operating system.
 */
export function callHost(
  host: { port: number; token: string },
  name: string,
  input: unknown,
  onFlushed?: () => void,
): Promise<Envelope> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/api/${name}`,
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'x-hearing-desk-token': host.token,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope);
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    req.on('error', reject);
    if (onFlushed) req.once('finish', onFlushed);
    req.end(body);
  });
}

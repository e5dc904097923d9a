import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { startHost, type RunningHost } from './host';

/** Each test gets a fresh temp data folder and a web host on it; both are gone afterwards. */
type HostControl = {
  /** the running host (replaced by restart()) */
  current: RunningHost;
  dataDir: string;
  /** stop the host (SIGTERM, DB closed) and start a new one on the same data folder */
  restart(): Promise<RunningHost>;
};

export const test = base.extend<{ host: HostControl }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hd-e2e-'));
    const control: HostControl = {
      current: await startHost(dataDir),
      dataDir,
      async restart() {
        await control.current.stop();
        control.current = await startHost(dataDir);
        return control.current;
      },
    };
    try {
      await use(control);
    } finally {
      await control.current.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';

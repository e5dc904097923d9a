/**
 * Periodic backups for the hosts: one every `minutes` on an unref'd timer, so it never
 * keeps a process alive; a tick that finds the previous backup still running is skipped, never
 * overlapped; `stop()` cancels the timer and waits for a backup in flight, so the host can close
 * the database afterwards. The clock is injected (tests drive it by hand).
 */

export const DEFAULT_BACKUP_MINUTES = 30;

export type TimerHandle = { unref?: () => unknown };
export type Timers = {
  setInterval(fn: () => void, ms: number): TimerHandle;
  clearInterval(handle: TimerHandle): void;
};

const realTimers: Timers = {
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export type BackupScheduleOptions<T> = {
  /** 0 (or less, or not a finite number) = no periodic backups */
  minutes: number;
  run: () => Promise<T>;
  onDone?: (result: T) => void;
  onError: (error: unknown) => void;
  timers?: Timers;
};

export type BackupSchedule = {
  /** Runs one backup now unless one is running (then waits for that one). */
  runNow(): Promise<void>;
  /** Cancels the timer; resolves when no backup is running any more. Idempotent. */
  stop(): Promise<void>;
  readonly running: boolean;
  /** ticks skipped because the previous backup had not finished */
  readonly skipped: number;
};

export function scheduleBackups<T>(opts: BackupScheduleOptions<T>): BackupSchedule {
  const timers = opts.timers ?? realTimers;
  let inFlight: Promise<void> | null = null;
  let stopped = false;
  let skipped = 0;

  const start = (): Promise<void> => {
    inFlight ??= (async () => {
      // Yield first, so `inFlight` is set before the finally below can clear it (a run that throws synchronously).
      await null;
      try {
        const result = await opts.run();
        opts.onDone?.(result);
      } catch (error) {
        opts.onError(error);
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  };

  const periodic = Number.isFinite(opts.minutes) && opts.minutes > 0;
  const handle = periodic
    ? timers.setInterval(() => {
        if (stopped) return;
        if (inFlight) {
          skipped += 1;
          return;
        }
        void start();
      }, opts.minutes * 60_000)
    : null;
  handle?.unref?.();

  return {
    runNow: () => (stopped ? Promise.resolve() : start()),
    async stop() {
      if (!stopped) {
        stopped = true;
        if (handle) timers.clearInterval(handle);
      }
      await inFlight;
    },
    get running() {
      return inFlight !== null;
    },
    get skipped() {
      return skipped;
    },
  };
}

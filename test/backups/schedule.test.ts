import { describe, expect, it } from 'vitest';
import { scheduleBackups, type TimerHandle, type Timers } from '../../core/features/backups/schedule';

/** A hand-driven clock: `advance(ms)` fires the interval as often as it is due. */
function fakeClock() {
  let now = 0;
  const intervals = new Map<number, { fn: () => void; ms: number; next: number; unrefed: boolean }>();
  let nextId = 1;
  const timers: Timers = {
    setInterval(fn, ms) {
      const id = nextId++;
      const entry = { fn, ms, next: now + ms, unrefed: false };
      intervals.set(id, entry);
      const handle: TimerHandle & { id: number } = { id, unref: () => (entry.unrefed = true) };
      return handle;
    },
    clearInterval(handle) {
      intervals.delete((handle as { id: number }).id);
    },
  };
  return {
    timers,
    intervals,
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...intervals.values()].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.ms;
        due.fn();
      }
      now = end;
    },
  };
}

/** A backup whose completion the test decides. */
function controlledRun() {
  const pending: (() => void)[] = [];
  const failing: ((e: Error) => void)[] = [];
  let calls = 0;
  return {
    run: () => {
      calls += 1;
      return new Promise<string>((resolve, reject) => {
        pending.push(() => resolve(`backup ${calls}`));
        failing.push(reject);
      });
    },
    finish: async () => {
      failing.shift();
      pending.shift()?.();
      await new Promise((r) => setImmediate(r));
    },
    fail: async (e: Error) => {
      pending.shift();
      failing.shift()?.(e);
      await new Promise((r) => setImmediate(r));
    },
    get calls() {
      return calls;
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('scheduleBackups', () => {
  it("backs up every N minutes on an unref'd timer", async () => {
    const clock = fakeClock();
    const backup = controlledRun();
    const done: string[] = [];
    const schedule = scheduleBackups({
      minutes: 30,
      run: backup.run,
      onDone: (r) => done.push(r),
      onError: () => {},
      timers: clock.timers,
    });
    expect([...clock.intervals.values()].map((t) => [t.ms, t.unrefed])).toEqual([[30 * 60_000, true]]);
    clock.advance(29 * 60_000);
    await tick();
    expect(backup.calls).toBe(0);
    clock.advance(60_000);
    await tick();
    expect(backup.calls).toBe(1);
    await backup.finish();
    clock.advance(30 * 60_000);
    await tick();
    await backup.finish();
    expect(done).toEqual(['backup 1', 'backup 2']);
    await schedule.stop();
    expect(clock.intervals.size).toBe(0);
  });

  it('never overlaps: a tick while a backup runs is skipped, and runNow joins the running one', async () => {
    const clock = fakeClock();
    const backup = controlledRun();
    const schedule = scheduleBackups({
      minutes: 1,
      run: backup.run,
      onError: () => {},
      timers: clock.timers,
    });
    const first = schedule.runNow();
    const again = schedule.runNow();
    await tick();
    expect(backup.calls).toBe(1);
    expect(schedule.running).toBe(true);
    clock.advance(5 * 60_000); // five ticks while the first backup is still copying
    await tick();
    expect(backup.calls).toBe(1);
    expect(schedule.skipped).toBe(5);
    await backup.finish();
    await Promise.all([first, again]);
    expect(schedule.running).toBe(false);
    clock.advance(60_000);
    await tick();
    expect(backup.calls).toBe(2);
    await backup.finish();
    await schedule.stop();
  });

  it('reports a failed backup and keeps the schedule going', async () => {
    const clock = fakeClock();
    const backup = controlledRun();
    const errors: unknown[] = [];
    const schedule = scheduleBackups({
      minutes: 10,
      run: backup.run,
      onError: (e) => errors.push(e),
      timers: clock.timers,
    });
    clock.advance(10 * 60_000);
    await tick();
    await backup.fail(new Error('disk full'));
    expect(errors).toEqual([new Error('disk full')]);
    expect(schedule.running).toBe(false);
    clock.advance(10 * 60_000);
    await tick();
    expect(backup.calls).toBe(2);
    await backup.finish();
    await schedule.stop();
  });

  it('a run that throws synchronously is reported and does not wedge the schedule', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const schedule = scheduleBackups({
      minutes: 0,
      run: () => {
        calls += 1;
        throw new Error('closed');
      },
      onError: (e) => errors.push(e),
      timers: fakeClock().timers,
    });
    await schedule.runNow();
    await schedule.runNow();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(2);
    expect(schedule.running).toBe(false);
  });

  it('0 minutes means no timer; stop waits for the backup in flight and cancels later ticks', async () => {
    const clock = fakeClock();
    const off = scheduleBackups({
      minutes: 0,
      run: async () => 'x',
      onError: () => {},
      timers: clock.timers,
    });
    expect(clock.intervals.size).toBe(0);
    await off.stop();

    const backup = controlledRun();
    const schedule = scheduleBackups({
      minutes: 1,
      run: backup.run,
      onError: () => {},
      timers: clock.timers,
    });
    void schedule.runNow();
    await tick();
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await tick();
    expect(stopped).toBe(false); // still copying
    await backup.finish();
    await stopping;
    expect(stopped).toBe(true);
    expect(clock.intervals.size).toBe(0);
    clock.advance(10 * 60_000);
    await schedule.runNow();
    expect(backup.calls).toBe(1);
  });
});

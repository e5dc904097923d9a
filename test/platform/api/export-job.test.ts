import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutSlots } from '../../../core/platform/api/export-job';

/** The layout slots of export jobs: never more than the limit at once, first come first served. */

type Gate = { promise: Promise<void>; open: () => void };
function gate(): Gate {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('layoutSlots', () => {
  it('runs two at once; the third starts when one finishes, the fourth after it', async () => {
    const slots = layoutSlots(2);
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const jobs = gates.map((g, i) =>
      slots.run(async () => {
        started.push(i);
        await g.promise;
        return i * 10;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect([slots.running, slots.waiting]).toEqual([2, 2]);
    gates[1]!.open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect([slots.running, slots.waiting]).toEqual([2, 1]);
    gates[0]!.open();
    gates[2]!.open();
    gates[3]!.open();
    expect(await Promise.all(jobs)).toEqual([0, 10, 20, 30]);
    expect([slots.running, slots.waiting]).toEqual([0, 0]);
  });

  it('a failed job gives its slot back and its caller hears the failure', async () => {
    const slots = layoutSlots(1);
    const failing = slots.run(() => Promise.reject(new Error('not a PNG')));
    const next = slots.run(() => Promise.resolve('ok'));
    await expect(failing).rejects.toThrow('not a PNG');
    expect(await next).toBe('ok');
    expect(slots.running).toBe(0);
  });

  it('property: whatever the limit and finishing order, at most `limit` run at once and all finish', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 12 }),
        async (limit, delays) => {
          const slots = layoutSlots(limit);
          let now = 0;
          let peak = 0;
          const results = await Promise.all(
            delays.map((d, i) =>
              slots.run(async () => {
                now += 1;
                peak = Math.max(peak, now);
                for (let k = 0; k < d; k++) await tick();
                now -= 1;
                return i;
              }),
            ),
          );
          expect(results).toEqual(delays.map((_, i) => i));
          expect(peak).toBe(Math.min(limit, delays.length));
          expect([slots.running, slots.waiting]).toEqual([0, 0]);
        },
      ),
      { numRuns: 50 },
    );
  });
});

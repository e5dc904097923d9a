import { performance } from 'node:perf_hooks';
import { compute } from '../core/lib/interest';
import { buildRateTables } from '../core/lib/rates/table';
import { benchDocuments } from './documents';
import { benchPresenter } from './presenter-latency';
import { twentyYearLedger } from './ledgers';

/** Prints figures; never a timed test. Median of repeated runs after a warm-up. */
const tables = buildRateTables();

function measure(label: string, fn: () => void, runs: number): void {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p90 = times[Math.floor(times.length * 0.9)]!;
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   p90 ${p90.toFixed(1).padStart(7)} ms   (${runs} runs)`,
  );
}

console.log(
  `Hearing Desk engine benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
for (const count of [1000, 10000]) {
  const ledger = twentyYearLedger(count);
  const runs = count > 5000 ? 15 : 40;
  measure(`${count} payments, 20 years, with trace`, () => compute(ledger, tables), runs);
  measure(
    `${count} payments, 20 years, live (no trace)`,
    () => compute(ledger, tables, { trace: false }),
    runs,
  );
}
const r = compute(twentyYearLedger(1000), tables);
console.log(
  `check: 1000-payment ledger total ${r.balances.total}, ${r.trace.length} trace steps, regimes ${[...new Set(r.allocations.map((a) => a.regime))].join('')}`,
);

console.log('');
benchDocuments();

console.log('');
await benchPresenter();

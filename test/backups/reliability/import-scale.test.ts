import { describe, expect, it } from 'vitest';
import { measureImport } from '../../../bench/import-rows';

/**
 * A statement of many rows previewed and confirmed through the real API on SQLite (issue 8, item 4).
 * HD_IMPORT_ROWS rows (default 5,000; 100,000 for the figures in docs/reliability.md).
 */
const ROWS = Number(process.env.HD_IMPORT_ROWS ?? 5000);

describe(`import of ${ROWS} rows`, () => {
  it('previews and confirms every row, with the exact total', () => {
    const f = measureImport(ROWS);
    // Row i pays i yuan and (i mod 100) fen: the total in fen is Σ (100·i + i mod 100).
    let fen = 0n;
    for (let i = 1n; i <= BigInt(ROWS); i += 1n) fen += 100n * i + (i % 100n);
    expect(f.imported).toBe(ROWS);
    expect(f.total).toBe(`${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`);
    console.info(`[import-scale] ${JSON.stringify(f)}`);
  }, 600_000);
});

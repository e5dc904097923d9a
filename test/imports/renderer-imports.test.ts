import { describe, expect, it } from 'vitest';
import {
  blocked,
  bytesToBase64,
  initialSelection,
  fileToBase64,
  rowsToSend,
  selectionSummary,
  withColumn,
} from '../../renderer/features/imports/imports';
import { hrefFor, parseRoute } from '../../renderer/app/route';

const rows = [
  { row: 2, errors: [], payment: { amount: '100.10' } },
  { row: 3, errors: [{ zh: '日期不存在' }] },
  { row: 4, errors: [], payment: { amount: '0.20' } },
];

describe('statement import helpers', () => {
  it('encodes bytes as base64, also past one chunk', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
    expect(await fileToBase64(new Blob([new Uint8Array([0xb5, 0xbd, 0x0a])]))).toBe('tb0K');
  });
  it('maps a select value to a column or to nothing', () => {
    const m = { date: '日期', amount: '金额', payer: null, kind: null, note: '摘要' };
    expect(withColumn(m, 'payer', '对方户名')).toEqual({ ...m, payer: '对方户名' });
    expect(withColumn(m, 'note', '')).toEqual({ ...m, note: null });
  });
  it('sums only the selected good rows and names selected bad ones', () => {
    expect(selectionSummary(rows, new Set([2, 3, 4]))).toEqual({
      rows: 3,
      valid: 2,
      invalid: 1,
      skipped: 0,
      selected: 3,
      selectedWithErrors: [3],
      total: '100.30',
    });
    expect(selectionSummary(rows, new Set([4]))).toMatchObject({
      selected: 1,
      selectedWithErrors: [],
      total: '0.20',
    });
  });
  it('sends rows only when some are left out', () => {
    expect(rowsToSend(rows, new Set([2, 3, 4]))).toBeUndefined();
    expect(rowsToSend(rows, new Set([4, 2]))).toEqual([2, 4]);
  });
  it('routes to the import and double-entry screens', () => {
    expect(parseRoute('#/case/7/import')).toEqual({ name: 'import', caseId: 7 });
    expect(parseRoute('#/case/7/double-entry')).toEqual({ name: 'doubleEntry', caseId: 7 });
    expect(hrefFor({ name: 'import', caseId: 7 })).toBe('#/case/7/import');
    expect(hrefFor({ name: 'doubleEntry', caseId: 7 })).toBe('#/case/7/double-entry');
    expect(parseRoute('#/case/7/imports')).toEqual({ name: 'cases' });
  });

  it('a refund or closed trade is never chosen at first, blocks when chosen, and counts apart', () => {
    const withSkipped = [...rows, { row: 5, errors: [], skipped: { zh: '退款' } }];
    expect([...initialSelection(withSkipped)]).toEqual([2, 3, 4]);
    expect(blocked(withSkipped[3]!)).toBe(true);
    expect(selectionSummary(withSkipped, new Set([2, 5]))).toEqual({
      rows: 4,
      valid: 2,
      invalid: 1,
      skipped: 1,
      selected: 2,
      selectedWithErrors: [5],
      total: '100.10',
    });
  });
});

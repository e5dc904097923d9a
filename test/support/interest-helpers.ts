import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  compute,
  type ComputeOptions,
  type Ledger,
  type LedgerObligation,
  type LedgerPayment,
  type Settings,
} from '../../core/lib/interest';
import { buildRateTables } from '../../core/lib/rates/table';

export const tables = buildRateTables();
const fixtures = path.resolve(__dirname, './fixtures/examples');

export function example(name: string): { ledger: Ledger; expected: Record<string, unknown> } {
  return {
    ledger: JSON.parse(readFileSync(path.join(fixtures, `${name}.json`), 'utf8')) as Ledger,
    expected: JSON.parse(readFileSync(path.join(fixtures, `${name}.expected.json`), 'utf8')) as Record<
      string,
      unknown
    >,
  };
}

export function ledger(
  obligations: LedgerObligation[],
  payments: LedgerPayment[],
  asOf: string,
  settings: Partial<Settings> = {},
  excluded: Ledger['excluded'] = [],
): Ledger {
  return { format: 'hearing-desk/ledger@1', asOf, obligations, payments, excluded, settings };
}

export const principal = (
  id: string,
  amount: string,
  due: string,
  extra: Partial<LedgerObligation> = {},
): LedgerObligation => ({ id, kind: 'principal', amount, due, ...extra }) as LedgerObligation;

export const pay = (id: string, date: string, amount: string): LedgerPayment => ({ id, date, amount });

export function run(l: Ledger, options: ComputeOptions = {}) {
  return compute(l, tables, options);
}

/** Allocations in the CLI's shape, for comparing with expected files. */
export function shortAllocations(l: Ledger, options: ComputeOptions = {}) {
  return run(l, options).allocations.map((a) => ({
    payment: a.payment,
    date: a.date,
    regime: a.regime,
    parts: a.parts,
    overpaid: a.overpaid,
  }));
}

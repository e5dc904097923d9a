import { addDays } from '../core/lib/money/dates';
import type { Ledger } from '../core/lib/interest';

/**
 * A twenty-year ledger (2006 → 2026, so regimes A, B and C) with running interest that switches from the
 * benchmark to LPR in 2019, a fee, a penalty and `count` payments spread evenly. Deterministic.
 */
export function twentyYearLedger(count: number): Ledger {
  const days = 7300;
  const payments = Array.from({ length: count }, (_, i) => {
    const day = Math.floor(((i + 1) * days) / (count + 1));
    // about 9.6 million yuan in all, whatever the count, so the debt is still open in 2026
    const fen = Math.floor(((1_000_000 + ((i * 7919) % 1_000_000)) * 640) / count);
    return {
      id: `p${i + 1}`,
      date: addDays('2006-04-01', day),
      amount: `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`,
    };
  });
  return {
    format: 'hearing-desk/ledger@1',
    caseNumber: '(2006)示1084执123号',
    asOf: '2026-03-31',
    obligations: [
      { id: 'P', kind: 'principal', label: '货款', amount: '8300000.00', due: '2006-03-15' },
      { id: 'F', kind: 'fee', label: '案件受理费', amount: '72100.00', due: '2006-03-15' },
      { id: 'W', kind: 'interestFixed', label: '违约金', amount: '300000.00', due: '2006-03-15' },
      {
        id: 'I',
        kind: 'interestRunning',
        label: '逾期付款利息',
        base: 'P',
        schedule: { type: 'benchmarkThenLpr' },
        from: '2005-06-01',
        until: null,
      },
    ],
    payments,
    excluded: [{ from: '2010-01-01', to: '2010-06-30', reason: '再审中止' }],
    settings: {},
  };
}

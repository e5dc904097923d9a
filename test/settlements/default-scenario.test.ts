import { describe, expect, it } from 'vitest';
import { compute, type Ledger } from '../../core/lib/interest';
import { buildRateTables } from '../../core/lib/rates/table';
import { defaultScenario, paidBefore, project } from '../../core/features/settlements';

const tables = buildRateTables();
const ledger: Ledger = {
  format: 'hearing-desk/ledger@1',
  asOf: '2026-01-01',
  obligations: [{ id: 'P', kind: 'principal', amount: '100000.00', due: '2025-12-31' }],
  payments: [],
};
const ack = {
  asOf: '2026-01-01',
  principal: '100000.00',
  fee: '0.00',
  interest: '0.00',
  delayInterest: '17.50',
  delayWaived: '17.50',
};
const projection = project(ack, [
  { kind: 'lump', date: '2026-03-31', amount: '10000.00', note: '' },
  {
    kind: 'instalments',
    total: '90000.00',
    count: 3,
    firstDate: '2026-06-30',
    dates: null,
    amounts: null,
    note: '',
  },
]);

describe('default scenario', () => {
  it('instalment 1 missed after the lump sum: the judgment claims 93,008.25 on 2026-06-30', () => {
    const d = defaultScenario(ledger, tables, projection, 2, '2026-06-30');
    expect(d.paid).toEqual([{ id: 'agr1', date: '2026-03-31', amount: '10000.00', kind: '自动履行' }]);
    expect(d.paidTotal).toBe('10000.00');
    // 100,000 × 0.000175 × 181 days = 3,167.50 with nothing paid
    expect(d.claimWithoutAgreement.total).toBe('103167.50');
    // 100,000 × 0.000175 × 90 = 1,575.00 to 2026-03-31; the 10,000 goes to principal;
    // 90,000 × 0.000175 × 91 = 1,433.25 to 2026-06-30: 90,000 + 3,008.25
    expect(d.claim.principal).toBe('90000.00');
    expect(d.claim.doubled).toBe('3008.25');
    expect(d.claim.total).toBe('93008.25');
    expect(d.remainingUnderAgreement).toBe('90000.00');
    expect(d.costOfDefault).toBe('3008.25');
  });

  it('equals the engine on the original ledger with the paid amounts entered as payments', () => {
    const d = defaultScenario(ledger, tables, projection, 4, '2026-09-30');
    expect(d.paid.map((p) => p.amount)).toEqual(['10000.00', '30000.00', '30000.00']);
    const direct = compute(
      {
        ...ledger,
        payments: paidBefore(projection.schedule, 4).map((p) => ({
          id: p.id,
          date: p.date,
          amount: p.amount,
        })),
      },
      tables,
      { asOf: '2026-09-30', trace: false },
    );
    expect(d.claim).toEqual(direct.balances);
    expect(d.remainingUnderAgreement).toBe('30000.00');
  });

  it('keeps the ids of the case payments apart and ignores amounts after the as-of date', () => {
    const withPayment: Ledger = {
      ...ledger,
      payments: [{ id: 'agr1', date: '2026-02-01', amount: '100.00' }],
    };
    const d = defaultScenario(withPayment, tables, projection, 3, '2026-05-01');
    expect(d.paid.map((p) => p.id)).toEqual(['agr1']);
    expect(() => defaultScenario(ledger, tables, projection, 99, '2026-05-01')).toThrow(RangeError);
  });
});

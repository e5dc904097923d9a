import { describe, expect, it } from 'vitest';
import {
  applyPosition,
  buildEntries,
  checkPosition,
  emptyRecord,
  entryStatus,
  nextState,
  openEntries,
  partyVariant,
  type EntryRecord,
  type Position,
} from '../../core/features/recon/rules';
import { compareScenarios } from '../../core/features/ledger/scenarios';
import { Decimal } from '../../core/lib/money/decimal';
import { example, run, tables } from '../support/interest-helpers';

const at = '2026-01-21T09:00:00.000Z';
const agree = (side: 'creditor' | 'debtor'): Position => ({
  side,
  stance: 'agree',
  claim: null,
  statement: '',
  at,
});
const dispute = (side: 'creditor' | 'debtor', date: string): Position => ({
  side,
  stance: 'dispute',
  claim: { date },
  statement: '到账日期不对',
  at,
});

describe('reconciliation session rules', () => {
  it('moves DRAFT → IN_SESSION ⇄ PAUSED → AWAITING_SIGNATURES → SIGNED and refuses anything else', () => {
    expect(nextState('DRAFT', 'start')).toBe('IN_SESSION');
    expect(nextState('IN_SESSION', 'pause')).toBe('PAUSED');
    expect(nextState('PAUSED', 'resume')).toBe('IN_SESSION');
    expect(nextState('IN_SESSION', 'close')).toBe('AWAITING_SIGNATURES');
    expect(nextState('AWAITING_SIGNATURES', 'sign')).toBe('SIGNED');
    expect(nextState('DRAFT', 'close')).toBeNull();
    expect(nextState('SIGNED', 'resume')).toBeNull();
    expect(nextState('AWAITING_SIGNATURES', 'resume')).toBeNull();
  });

  it('walks obligations, the order, each interest period before the payment it ends at, and the balance (E2)', () => {
    // E2's trace: doubled interest on P over (2020-01-10, 2020-04-19] (100 days, 1750.00), payment p1,
    // then (2020-04-19, 2020-10-16] (180 days, 2205.00) up to asOf.
    const { ledger } = example('e2');
    const result = run(ledger, { periods: true });
    const entries = buildEntries(ledger, result);
    expect(entries.map((e) => e.key)).toEqual([
      'obligation:P',
      'order',
      'period:P:doubled:2020-01-10:2020-04-19',
      'payment:p1',
      'period:P:doubled:2020-04-19:2020-10-16',
      'balance',
    ]);
    expect(result.periods.map((p) => [p.days, new Decimal(p.amount).toFixed(2)])).toEqual([
      [100, '1750.00'],
      [180, '2205.00'],
    ]);
  });

  it('lists payments in engine order and no periods unless asked for (E5)', () => {
    const { ledger } = example('e5');
    expect(run(ledger).periods).toEqual([]);
    const keys = buildEntries(ledger, run(ledger, { trace: false, periods: true })).map((e) => e.key);
    expect(keys).toEqual(['obligation:P', 'order', 'payment:p1', 'payment:p2', 'balance']);
  });

  it('locks an entry both parties agree to, and keeps it open while one has not spoken', () => {
    let r: EntryRecord = emptyRecord();
    r = applyPosition(r, agree('creditor'));
    expect([entryStatus(r), r.locked]).toEqual(['open', false]);
    r = applyPosition(r, agree('debtor'));
    expect([entryStatus(r), r.locked]).toEqual(['agreed', true]);
    const entry = { key: 'payment:p1', kind: 'payment' as const, ref: 'p1' };
    expect(checkPosition('IN_SESSION', entry, r, dispute('debtor', '2020-05-19'))).toBe('locked');
    expect(checkPosition('PAUSED', entry, emptyRecord(), agree('debtor'))).toBe('sessionNotOpen');
    expect(checkPosition('IN_SESSION', entry, emptyRecord(), { ...agree('debtor'), stance: 'dispute' })).toBe(
      'claimRequired',
    );
  });

  it('gates closing on disputes without a finding', () => {
    const entries = [{ key: 'payment:p1', kind: 'payment' as const, ref: 'p1' }];
    const disputed = applyPosition(
      applyPosition(emptyRecord(), agree('creditor')),
      dispute('debtor', '2020-05-19'),
    );
    expect(entryStatus(disputed)).toBe('disputed');
    expect(openEntries(entries, new Map([['payment:p1', disputed]]))).toHaveLength(1);
    const found = {
      ...disputed,
      finding: { adopt: 'record' as const, claim: null, reason: '银行回单载明 4 月 19 日到账', at },
    };
    expect(entryStatus(found)).toBe('found');
    expect(openEntries(entries, new Map([['payment:p1', found]]))).toHaveLength(0);
  });

  it("turns each party's claims into a scenario the engine can price (E2: the debtor's date costs 157.50)", () => {
    const { ledger } = example('e2');
    const entries = buildEntries(ledger, run(ledger, { periods: true }));
    const records = new Map([
      [
        'payment:p1',
        applyPosition(applyPosition(emptyRecord(), agree('creditor')), dispute('debtor', '2020-05-19')),
      ],
    ]);
    const debtor = partyVariant('debtor', entries, records, ledger);
    expect(debtor).toEqual({ payments: [{ id: 'p1', date: '2020-05-19' }] });
    expect(partyVariant('creditor', entries, records, ledger)).toEqual({ payments: [] });
    const { variants } = compareScenarios(ledger, tables, [{ name: '被执行人', ...debtor }]);
    expect(variants[0]!.balanceDelta.total).toBe('157.50');
  });

  it('prices a claimed application order (E2: doubled interest first is worth 55.13 to the creditor)', () => {
    // p1 30,000.00 would pay the 1,750.00 doubled interest first, leaving principal 71,750.00 instead of
    // 70,000.00 for the 180 days to asOf: 1,750.00 × 0.000175 × 180 = 55.125, which rounds to 55.13.
    const { ledger } = example('e2');
    const entries = buildEntries(ledger, run(ledger, { periods: true }));
    const order = ['doubled', 'fee', 'generalInterest', 'principal', 'oldDelay'] as const;
    const claimOrder = (side: 'creditor' | 'debtor'): Position => ({
      side,
      stance: 'dispute',
      claim: { order: [...order] },
      statement: '应先抵偿加倍部分债务利息',
      at,
    });
    const perPayment = new Map([['payment:p1', applyPosition(emptyRecord(), claimOrder('creditor'))]]);
    const creditor = partyVariant('creditor', entries, perPayment, ledger);
    expect(creditor).toEqual({
      payments: [],
      settings: { agreedOrders: [{ from: '2020-04-19', to: '2020-04-19', order: [...order] }] },
    });
    const whole = new Map([['order', applyPosition(emptyRecord(), claimOrder('creditor'))]]);
    const creditorWhole = partyVariant('creditor', entries, whole, ledger);
    const { variants } = compareScenarios(ledger, tables, [
      { name: 'p1', ...creditor },
      { name: 'all', ...creditorWhole },
    ]);
    expect(
      variants.map((v) => [v.balanceDelta.principal, v.balanceDelta.doubled, v.balanceDelta.total]),
    ).toEqual([
      ['1750.00', '-1694.87', '55.13'],
      ['1750.00', '-1694.87', '55.13'],
    ]);
    expect(variants[0]!.result.allocations[0]!.regime).toBe('agreed');
  });

  it("puts a claimed order ahead of the ledger's own agreed orders, and the court's adopted claim in its version", () => {
    const { ledger } = example('e2');
    const own = { from: '2020-01-01', to: null, order: 'principalFirst' as const };
    const withOwn = { ...ledger, settings: { ...ledger.settings, agreedOrders: [own] } };
    const entries = buildEntries(withOwn, run(withOwn, { periods: true }));
    const disputed = applyPosition(emptyRecord(), {
      side: 'debtor',
      stance: 'dispute',
      claim: { order: 'interestFirst' },
      statement: '',
      at,
    });
    const found = { ...disputed, finding: { adopt: 'debtor' as const, claim: null, reason: '有约定', at } };
    const court = partyVariant('court', entries, new Map([['order', found]]), withOwn);
    expect(court.settings?.agreedOrders).toEqual([
      { from: '1900-01-01', to: null, order: 'interestFirst' },
      own,
    ]);
  });

  it('takes only an order on the order entry and no claimed value on a period', () => {
    const order = { key: 'order', kind: 'order' as const, ref: 'order' };
    const period = { key: 'period:x', kind: 'period' as const, ref: 'x' };
    const open = emptyRecord();
    const d = (claim: Position['claim']): Position => ({
      side: 'debtor',
      stance: 'dispute',
      claim,
      statement: '',
      at,
    });
    expect(checkPosition('IN_SESSION', order, open, d(null))).toBe('orderClaimRequired');
    expect(checkPosition('IN_SESSION', order, open, d({ order: 'principalFirst', date: '2020-01-01' }))).toBe(
      'orderOnlyClaim',
    );
    expect(checkPosition('IN_SESSION', order, open, d({ order: 'principalFirst' }))).toBeNull();
    expect(checkPosition('IN_SESSION', period, open, d(null))).toBeNull();
    expect(checkPosition('IN_SESSION', period, open, d({ amount: '1.00' }))).toBe('claimNotForKind');
  });
});

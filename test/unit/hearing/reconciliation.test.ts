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
} from '../../../core/hearing/reconciliation';
import { compareScenarios } from '../../../core/ledger/scenarios';
import { example, run, tables } from '../interest/helpers';

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

  it('lists obligations, payments in engine order and the balance', () => {
    const { ledger } = example('e5');
    const entries = buildEntries(ledger, run(ledger));
    expect(entries.map((e) => e.key)).toEqual(['obligation:P', 'payment:p1', 'payment:p2', 'balance']);
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
    const entries = buildEntries(ledger, run(ledger));
    const records = new Map([
      [
        'payment:p1',
        applyPosition(applyPosition(emptyRecord(), agree('creditor')), dispute('debtor', '2020-05-19')),
      ],
    ]);
    const debtor = partyVariant('debtor', entries, records);
    expect(debtor).toEqual([{ id: 'p1', date: '2020-05-19' }]);
    expect(partyVariant('creditor', entries, records)).toEqual([]);
    const { variants } = compareScenarios(ledger, tables, [{ name: '被执行人', payments: debtor }]);
    expect(variants[0]!.balanceDelta.total).toBe('157.50');
  });
});

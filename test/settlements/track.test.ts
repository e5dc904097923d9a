import { describe, expect, it } from 'vitest';
import { project, track } from '../../core/features/settlements';
import { COW_ACK, COW_ITEMS } from '../support/settlement-fixtures';

const schedule = project(COW_ACK, COW_ITEMS).schedule;
const after = COW_ACK.asOf;

describe('tracking payments against the schedule', () => {
  it('performing while every amount due so far is paid', () => {
    const t = track(
      schedule,
      [
        { id: 'cows', date: '2026-01-15', amount: '55000.00' },
        { id: 'p1', date: '2026-01-30', amount: '14550.00' },
        { id: 'old', date: '2026-01-05', amount: '999.00' }, // on the acknowledgement day: already counted
      ],
      { after, asOf: '2026-02-10', graceDays: 0 },
    );
    expect(t.status).toBe('performing');
    expect(t.considered.map((p) => p.id)).toEqual(['cows', 'p1']);
    expect(t.rows.map((r) => r.state)).toEqual([
      'paid',
      'paid',
      'notDue',
      'notDue',
      'notDue',
      'notDue',
      'notDue',
    ]);
    expect(t.paid).toBe('69550.00');
    expect(t.outstanding).toBe('72750.05');
  });

  it('a missed instalment is overdue by the days since its date, and a default beyond the grace', () => {
    const payments = [
      { id: 'cows', date: '2026-01-15', amount: '55000.00' },
      { id: 'p1', date: '2026-01-31', amount: '14550.00' },
      { id: 'p2', date: '2026-03-01', amount: '10000.00' },
    ];
    // instalment 2 (2026-02-28) has 10,000.00 of 14,550.00 on 2026-03-10: 10 days overdue
    const t = track(schedule, payments, { after, asOf: '2026-03-10', graceDays: 15 });
    expect(t.rows[2]).toMatchObject({
      state: 'overdue',
      daysLate: 10,
      paid: '10000.00',
      outstanding: '4550.00',
      breach: false,
    });
    expect(t.status).toBe('performing');
    const later = track(schedule, payments, { after, asOf: '2026-03-16', graceDays: 15 });
    expect(later.rows[2]!.daysLate).toBe(16);
    expect(later.status).toBe('defaulted');
    // due 2026-02-28 + 15 days of grace: a default from 2026-03-16
    expect(later.firstBreach).toEqual({ seq: 3, date: '2026-03-16' });
    const strict = track(schedule, payments, { after, asOf: '2026-03-01', graceDays: 0 });
    expect(strict.rows[2]!.daysLate).toBe(1);
    expect(strict.status).toBe('defaulted');
  });

  it('an amount paid late is marked with its days late; paying everything completes the agreement', () => {
    const all = schedule.map((r, i) => ({
      id: `x${i}`,
      date: i === 3 ? '2026-04-05' : r.date,
      amount: r.amount,
    }));
    const t = track(schedule, [...all, { id: 'extra', date: '2026-07-01', amount: '1.00' }], {
      after,
      asOf: '2026-07-31',
      graceDays: 0,
    });
    expect(t.rows[3]).toMatchObject({ state: 'paidLate', daysLate: 5, paidOn: '2026-04-05', breach: true });
    expect(t.status).toBe('completed');
    expect(t.surplus).toBe('1.00');
    expect(t.outstanding).toBe('0.00');
  });

  it('one payment may cover several instalments and a part of the next', () => {
    const t = track(schedule, [{ id: 'big', date: '2026-01-10', amount: '90000.00' }], {
      after,
      asOf: '2026-01-20',
      graceDays: 0,
    });
    // 55,000.00 + 14,550.00 + 14,550.00 = 84,100.00; 5,900.00 to instalment 3
    expect(t.rows.map((r) => r.paid).slice(0, 4)).toEqual(['55000.00', '14550.00', '14550.00', '5900.00']);
    expect(t.rows[3]!.state).toBe('partial');
    expect(t.rows[1]!.payments).toEqual(['big']);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { failed, ok, start } from '../support/harness';

function measureCount(dbFile: string): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM measures').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('measures register through the API', () => {
  it('adds with the default term, renews as a chain, flags expiring and expired, releases', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2025)黑1084执12号' }));
    const deposit = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'depositFreeze',
        object: '被执行人张某某在某银行账户 6222 0000 1234',
        rulingNumber: '(2025)黑1084执12号之一',
        startDate: '2025-02-10',
      }),
    );
    expect(deposit).toMatchObject({
      termMonths: 12,
      expiresOn: '2026-02-09',
      status: 'expiring',
      daysLeft: 19,
    });
    const house = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'realEstateSeal',
        object: '某市某区某路 1 号 101 室',
        startDate: '2024-02-29',
      }),
    );
    expect(house).toMatchObject({ termMonths: 36, expiresOn: '2027-02-28', status: 'inForce' });
    const limit = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'consumptionLimit',
        object: '张某某',
        startDate: '2025-01-05',
      }),
    );
    expect(limit).toMatchObject({ termMonths: null, expiresOn: null, status: 'inForce', daysLeft: null });
    const old = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'movableSeal',
        object: '轿车一辆',
        startDate: '2023-12-01',
        termMonths: 24,
      }),
    );
    expect(old).toMatchObject({ expiresOn: '2025-11-30', status: 'expired', daysLeft: -52 });

    // The alert across all cases: the expiring deposit and the expired car, by expiry.
    let alert = ok(call(s, 'measures.expiring', { asOf: '2026-01-21' }));
    expect(alert.measures.map((m) => [m.id, m.status, m.caseNumber])).toEqual([
      [old.id, 'expired', '(2025)黑1084执12号'],
      [deposit.id, 'expiring', '(2025)黑1084执12号'],
    ]);

    // Renew the deposit: starts the day after, same term; the old link is 'renewed', the chain continuous.
    const renewed = ok(call(s, 'measures.renew', { id: deposit.id, rulingNumber: '(2025)黑1084执12号之二' }));
    expect(renewed).toMatchObject({
      renewsId: deposit.id,
      startDate: '2026-02-10',
      expiresOn: '2027-02-09',
      termMonths: 12,
      gapDays: 0,
      status: 'inForce',
    });
    expect(failed(call(s, 'measures.renew', { id: deposit.id })).code).toBe('CONFLICT');
    expect(failed(call(s, 'measures.delete', { id: deposit.id })).code).toBe('CONFLICT');
    // The car's seal lapsed on 2025-11-30: a 续行 now would leave a gap, so it is refused; the car is
    // seized anew and the lapsed record closed.
    const refused = failed(
      call(s, 'measures.renew', { id: old.id, startDate: '2026-01-21', termMonths: 12 }),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message_zh).toBe(
      '原措施已于 2025-11-30 期满失效，续行须自 2025-12-01 起接续，不能留有空档；期满后只能重新采取措施',
    );
    const late = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'movableSeal',
        object: '轿车一辆',
        startDate: '2026-01-21',
        termMonths: 12,
      }),
    );
    expect(late).toMatchObject({ expiresOn: '2027-01-20', status: 'inForce' });
    ok(call(s, 'measures.release', { id: old.id, releasedOn: '2026-01-21', note: '期满失效，已重新查封' }));

    alert = ok(call(s, 'measures.expiring', { asOf: '2026-01-21' }));
    expect(alert.measures).toEqual([]);

    const list = ok(call(s, 'measures.list', { caseId: c.id, asOf: '2026-01-21' }));
    expect(list.measures.find((m) => m.id === deposit.id)).toMatchObject({
      status: 'renewed',
      renewedById: renewed.id,
    });

    // Released (the renewal, on a day after it began): no longer flagged even when its day passes.
    ok(call(s, 'measures.release', { id: renewed.id, releasedOn: '2026-03-01', note: '已履行' }));
    expect(failed(call(s, 'measures.release', { id: renewed.id, releasedOn: '2026-03-02' })).code).toBe(
      'CONFLICT',
    );
    const after = ok(call(s, 'measures.list', { caseId: c.id, asOf: '2026-03-01' }));
    expect(after.measures.find((m) => m.id === renewed.id)).toMatchObject({
      status: 'released',
      releaseNote: '已履行',
    });
    expect(failed(call(s, 'measures.renew', { id: renewed.id })).code).toBe('CONFLICT');
    // Later: the late renewal and the real estate seal (ended 2027-02-28) are flagged as expired, not dropped.
    expect(
      ok(call(s, 'measures.expiring', { asOf: '2027-06-01' })).measures.map((m) => [
        m.id,
        m.status,
        m.daysLeft,
      ]),
    ).toEqual([
      [late.id, 'expired', -132],
      [house.id, 'expired', -93],
    ]);
  });

  it('editing keeps the rules; bad input is refused in Chinese and nothing is saved', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2025)黑1084执13号' }));
    const m = ok(
      call(s, 'measures.add', { caseId: c.id, kind: 'other', object: '股权', startDate: '2025-06-01' }),
    );
    expect(m.termMonths).toBeNull();
    const edited = ok(
      call(s, 'measures.update', {
        id: m.id,
        kind: 'propertyRightFreeze',
        object: '某公司 30% 股权',
        startDate: '2025-06-01',
      }),
    );
    expect(edited).toMatchObject({ termMonths: 36, expiresOn: '2028-05-31' });
    const stated = ok(
      call(s, 'measures.update', {
        id: m.id,
        kind: 'propertyRightFreeze',
        object: '某公司 30% 股权',
        startDate: '2025-06-01',
        statedExpiry: '2026-12-31',
      }),
    );
    expect(stated.expiresOn).toBe('2026-12-31');
    const before = measureCount(s.dbFile);
    const bad = failed(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'depositFreeze',
        object: '账户',
        startDate: '2025-06-01',
        statedExpiry: '2025-05-01',
      }),
    );
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.message_zh).toBe('裁定载明的届满日：不得早于开始日期');
    const term = failed(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'depositFreeze',
        object: '账户',
        startDate: '2025-06-01',
        termMonths: 0,
      }),
    );
    expect(term.message_zh).toBe('期限（月）：期限应为 1 至 120 个月');
    expect(
      failed(call(s, 'measures.add', { caseId: 999, kind: 'other', object: 'x', startDate: '2025-06-01' }))
        .code,
    ).toBe('NOT_FOUND');
    expect(measureCount(s.dbFile)).toBe(before);
    ok(call(s, 'measures.delete', { id: m.id }));
    expect(measureCount(s.dbFile)).toBe(before - 1);
  });
});

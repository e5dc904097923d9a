import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { failed, ok, start } from '../support/harness';

const e2 = readFileSync(path.resolve(__dirname, '../support/fixtures/examples/e2.json'), 'utf8');

function session(s: ReturnType<typeof start>) {
  const c = ok(call(s, 'cases.create', { caseNumber: '(2020)E2执2号' }));
  ok(call(s, 'ledger.import', { caseId: c.id, text: e2 }));
  const draft = ok(call(s, 'recon.create', { caseId: c.id }));
  ok(call(s, 'recon.addParticipant', { sessionId: draft.id, role: 'creditor', name: '某建材有限公司' }));
  ok(call(s, 'recon.addParticipant', { sessionId: draft.id, role: 'debtor', name: '张某某' }));
  ok(call(s, 'recon.addParticipant', { sessionId: draft.id, role: 'judge', name: '李法官' }));
  return { caseId: c.id, sessionId: draft.id };
}

describe('reconciliation session through the API, on a real SQLite file', () => {
  it('walks E2: agreements lock, the debtor disputes the date, the panel prices it, the court finds, the session closes', () => {
    const s = start();
    const { sessionId } = session(s);
    let view = ok(call(s, 'recon.start', { sessionId }));
    expect(view.state).toBe('IN_SESSION');
    expect(view.entries.map((e) => e.key)).toEqual([
      'obligation:P',
      'order',
      'period:P:doubled:2020-01-10:2020-04-19',
      'payment:p1',
      'period:P:doubled:2020-04-19:2020-10-16',
      'balance',
    ]);
    expect(view.entries[3]!.allocation!.parts).toEqual([
      { obligation: 'P', bucket: 'principal', amount: '30000.00' },
    ]);
    expect(view.entries[3]!.trace!.length).toBeGreaterThan(0);
    expect(view.entries[2]!.period).toMatchObject({ days: 100, amount: '1750.00' });
    expect(view.entries[2]!.trace!.map((t) => t.formula)).toEqual(['100000.00 × 0.000175 × 100 = 1750.00']);
    expect(view.entries[1]!.orders!.map((o) => [o.regime, o.zh])).toEqual([
      ['A', '先息后本'],
      ['B', '并还（按比例）'],
      ['C', '费用 → 一般债务利息 → 本金 → 旧规则迟延利息 → 加倍部分债务利息'],
    ]);

    for (const side of ['creditor', 'debtor'] as const)
      view = ok(call(s, 'recon.position', { sessionId, entryKey: 'obligation:P', side, stance: 'agree' }));
    expect(view.entries[0]).toMatchObject({ status: 'agreed', locked: true });
    expect(
      failed(
        call(s, 'recon.position', { sessionId, entryKey: 'obligation:P', side: 'debtor', stance: 'dispute' }),
      ).message_zh,
    ).toContain('锁定');

    view = ok(
      call(s, 'recon.position', { sessionId, entryKey: 'payment:p1', side: 'creditor', stance: 'agree' }),
    );
    view = ok(
      call(s, 'recon.position', {
        sessionId,
        entryKey: 'payment:p1',
        side: 'debtor',
        stance: 'dispute',
        claim: { date: '2020-04-01' },
        statement: '钱是 4 月 1 日打的',
      }),
    );
    // 100000 × 0.000175 × 82 = 1435.00 before; 70000 × 0.000175 × 198 = 2425.50 after: 3860.50 against 3955.00
    expect(view.impact).toMatchObject({
      record: { total: '73955.00' },
      creditor: { total: '73955.00' },
      debtor: { total: '73860.50' },
      court: { total: '73955.00' },
    });
    expect(view.impact!.disputes).toEqual([
      { entryKey: 'payment:p1', side: 'debtor', total: '73860.50', delta: '-94.50' },
    ]);
    expect(view.impact!.interaction).toEqual({ creditor: '0.00', debtor: '0.00' });
    expect(failed(call(s, 'recon.close', { sessionId })).message_zh).toContain('不能结束');

    view = ok(
      call(s, 'recon.finding', {
        sessionId,
        entryKey: 'payment:p1',
        adopt: 'record',
        reason: '法院账户到账记录为 2020 年 4 月 19 日',
      }),
    );
    expect(view.entries[3]!.status).toBe('found');
    for (const entryKey of ['order', view.entries[2]!.key, view.entries[4]!.key, 'balance'])
      for (const side of ['creditor', 'debtor'] as const)
        ok(call(s, 'recon.position', { sessionId, entryKey, side, stance: 'agree' }));
    view = ok(call(s, 'recon.close', { sessionId }));
    expect(view.state).toBe('AWAITING_SIGNATURES');
    expect(view.outcome).toMatchObject({ agreedTotal: null, courtTotal: '73955.00' });
    // the outcome stands: no finding or unlock after the close
    expect(
      failed(call(s, 'recon.finding', { sessionId, entryKey: 'payment:p1', adopt: 'debtor', reason: '改判' }))
        .message_zh,
    ).toContain('只有进行中或暂停的对账');
    expect(
      failed(call(s, 'recon.unlock', { sessionId, entryKey: 'obligation:P', reason: '重新核对' })).code,
    ).toBe('CONFLICT');
    // a closed record can be browsed, but where it was left does not change
    expect(ok(call(s, 'recon.move', { sessionId, cursor: 0 })).cursor).toBe(0);
    expect(ok(call(s, 'recon.get', { sessionId })).cursor).toBe(view.cursor);
  });

  it('pauses, survives a restart of the services at the same entry, and resumes', () => {
    const s = start();
    const { sessionId } = session(s);
    ok(call(s, 'recon.start', { sessionId }));
    ok(call(s, 'recon.move', { sessionId, cursor: 3 }));
    ok(
      call(s, 'recon.position', {
        sessionId,
        entryKey: 'payment:p1',
        side: 'debtor',
        stance: 'dispute',
        claim: { amount: '35000.00' },
      }),
    );
    ok(call(s, 'recon.pause', { sessionId }));
    expect(
      failed(
        call(s, 'recon.position', { sessionId, entryKey: 'payment:p1', side: 'creditor', stance: 'agree' }),
      ).code,
    ).toBe('CONFLICT');
    const dataDir = s.dataDir;
    s.close();
    const again = start(dataDir);
    let view = ok(call(again, 'recon.get', { sessionId }));
    expect([view.state, view.cursor]).toEqual(['PAUSED', 3]);
    expect(view.entries[3]!.positions.debtor).toMatchObject({
      stance: 'dispute',
      claim: { amount: '35000.00' },
    });
    view = ok(call(again, 'recon.resume', { sessionId }));
    expect(view.state).toBe('IN_SESSION');
    // the debtor says 35000 was paid: 65000 + 1750 + 65000 × 0.000175 × 180 = 68797.50
    expect(view.impact!.debtor.total).toBe('68797.50');
  });

  it('unlocking needs a reason, which is kept in the audit log', () => {
    const s = start();
    const { sessionId } = session(s);
    ok(call(s, 'recon.start', { sessionId }));
    for (const side of ['creditor', 'debtor'] as const)
      ok(call(s, 'recon.position', { sessionId, entryKey: 'payment:p1', side, stance: 'agree' }));
    expect(failed(call(s, 'recon.unlock', { sessionId, entryKey: 'payment:p1', reason: '' })).code).toBe(
      'VALIDATION_FAILED',
    );
    const view = ok(
      call(s, 'recon.unlock', { sessionId, entryKey: 'payment:p1', reason: '被执行人提交新的银行回单' }),
    );
    expect(view.entries[3]!.locked).toBe(false);
    const db = new Database(s.dbFile, { readonly: true });
    const rows = db
      .prepare("SELECT after_json FROM audit_log WHERE entity = 'session'")
      .pluck()
      .all() as string[];
    db.close();
    expect(rows.some((r) => r.includes('被执行人提交新的银行回单'))).toBe(true);
  });

  it('refuses what the state machine does not allow', () => {
    const s = start();
    const { sessionId } = session(s);
    expect(failed(call(s, 'recon.pause', { sessionId })).message_zh).toContain('准备中');
    expect(failed(call(s, 'recon.get', { sessionId: 999 })).code).toBe('NOT_FOUND');
  });

  it('puts the current entry on the wall, masked, and blanks it again', () => {
    const s = start();
    const { sessionId } = session(s);
    ok(call(s, 'recon.start', { sessionId }));
    ok(call(s, 'recon.move', { sessionId, cursor: 3 }));
    ok(
      call(s, 'recon.position', {
        sessionId,
        entryKey: 'payment:p1',
        side: 'debtor',
        stance: 'dispute',
        claim: { date: '2020-04-01' },
        statement: '经办人电话 13912345678',
      }),
    );
    const shown: { view: string; payload: unknown }[] = [];
    s.subscribe('presenter.show', (p) => shown.push(p));
    expect(ok(call(s, 'presenter.show', { sessionId }))).toEqual({ view: 'session' });
    ok(call(s, 'presenter.show', { blank: true }));
    expect(shown.map((p) => p.view)).toEqual(['session', 'blank']);
    const text = JSON.stringify(shown[0]!.payload);
    expect(text).toContain('139****5678');
    expect(text).not.toContain('13912345678');
    const payload = shown[0]!.payload as {
      index: number;
      count: number;
      disputeCount: number;
      openCount: number;
      entry: { key: string };
      impact: { debtor: string };
      timeline: unknown[];
    };
    expect([payload.index, payload.count, payload.entry.key, payload.impact.debtor]).toEqual([
      3,
      6,
      'payment:p1',
      '73860.50',
    ]);
    expect([payload.disputeCount, payload.openCount]).toEqual([1, 6]);
    expect(payload.timeline.length).toBe(4);
  });

  it('prices a dispute about the application order and takes a statement-only objection to an interest period', () => {
    const s = start();
    const { sessionId } = session(s);
    ok(call(s, 'recon.start', { sessionId }));
    const order = ['doubled', 'fee', 'generalInterest', 'principal', 'oldDelay'] as const;
    let view = ok(
      call(s, 'recon.position', {
        sessionId,
        entryKey: 'order',
        side: 'creditor',
        stance: 'dispute',
        claim: { order: [...order] },
        statement: '双方曾约定先还加倍部分债务利息',
      }),
    );
    // 1,750.00 of doubled interest paid first leaves 1,750.00 more principal for 180 days: 55.125 → 55.13
    expect(view.impact!.creditor.total).toBe('74010.13');
    expect(view.impact!.disputes).toEqual([
      { entryKey: 'order', side: 'creditor', total: '74010.13', delta: '55.13' },
    ]);
    expect(
      failed(
        call(s, 'recon.position', {
          sessionId,
          entryKey: 'order',
          side: 'debtor',
          stance: 'dispute',
          claim: { date: '2020-01-01' },
        }),
      ).message_zh,
    ).toContain('清偿顺序');
    const period = view.entries[2]!.key;
    view = ok(
      call(s, 'recon.position', {
        sessionId,
        entryKey: period,
        side: 'debtor',
        stance: 'dispute',
        statement: '执行期间曾中止，不应计息',
      }),
    );
    expect(view.entries[2]!.status).toBe('disputed');
    expect(
      failed(
        call(s, 'recon.finding', {
          sessionId,
          entryKey: period,
          adopt: 'court',
          claim: { amount: '1.00' },
          reason: 'x',
        }),
      ).code,
    ).toBe('CONFLICT');
    view = ok(
      call(s, 'recon.finding', {
        sessionId,
        entryKey: 'order',
        adopt: 'court',
        claim: { order: 'principalFirst' },
        reason: '无证据证明有约定，依法定顺序',
      }),
    );
    // principal first changes nothing in E2 (p1 already goes wholly to principal under regime C)
    expect(view.impact!.court.total).toBe('73955.00');
  });
});

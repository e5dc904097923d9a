import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { verifyAuditChain } from '../../core/platform/db/audit';
import { openDatabaseReadOnly } from '../../core/platform/db/open';
import { failed, ok, start } from '../support/harness';
import { cowCase, cowPlan } from '../support/settlement-helpers';

function auditRows(file: string, entity: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT action, before_json, after_json FROM audit_log WHERE entity = ? ORDER BY seq')
      .all(entity) as { action: string; before_json: string | null; after_json: string | null }[];
  } finally {
    db.close();
  }
}

describe('settlements through the API, on a real SQLite file', () => {
  it('acknowledges the engine balances: 130,000 + 2,300 costs, 5 days of doubled interest', () => {
    const s = start();
    const caseId = cowCase(s);
    const ack = ok(call(s, 'settlements.acknowledge', { caseId, asOf: '2026-01-05' }));
    // the costs are in the delay base by default: 132,300 × 0.000175 × 5 = 115.7625
    expect(ack).toEqual({
      asOf: '2026-01-05',
      principal: '130000.00',
      fee: '2300.00',
      interest: '0.00',
      delayInterest: '115.76',
      delayWaived: '0.00',
      total: '132415.76',
    });
  });

  it('saves the cow plan, returns the schedule to the fen, lists it, audits every write, deletes it', () => {
    const s = start();
    const caseId = cowCase(s);
    // 130,000 + 2,300 + 115.76 − 115.71 waived = 132,300.05: 55,000 in cows and 77,300.05 in 6 instalments
    const saved = ok(call(s, 'settlements.save', cowPlan(caseId, '115.76', '115.71')));
    expect(saved.projection.agreedTotal).toBe('132300.05');
    expect(saved.projection.gap).toBe('0.00');
    expect(saved.projection.schedule.map((r) => [r.date, r.amount, r.remaining])).toEqual([
      ['2026-01-15', '55000.00', '77300.05'],
      ['2026-01-31', '12883.34', '64416.71'],
      ['2026-02-28', '12883.34', '51533.37'],
      ['2026-03-31', '12883.34', '38650.03'],
      ['2026-04-30', '12883.34', '25766.69'],
      ['2026-05-31', '12883.34', '12883.35'],
      ['2026-06-30', '12883.35', '0.00'],
    ]);
    expect(saved.parties).toEqual({ creditor: '李某', debtor: '张某' });
    expect(saved.wording[0]!.paragraphs.join('')).toContain(
      '132,300.05 元（人民币壹拾叁万贰仟叁佰元零伍分）',
    );
    expect(saved.items[0]).toEqual({
      kind: 'inKind',
      item: '西门塔尔牛',
      quantity: '4 头',
      agreedValue: '55000.00',
      deliveryDate: '2026-01-15',
      transferCosts: 'debtor',
      note: '',
    });
    expect(saved.clauses).toMatchObject({ graceDays: 5, guarantor: null, order: '' });

    // at rest: fen
    const db = new Database(s.dbFile, { readonly: true });
    expect(db.prepare('SELECT kind, amount_fen FROM settlement_items ORDER BY position').all()).toEqual([
      { kind: 'inKind', amount_fen: 5500000 },
      { kind: 'instalments', amount_fen: 7730005 },
    ]);
    expect(db.prepare('SELECT delay_fen, waived_fen FROM settlements').get()).toEqual({
      delay_fen: 11576,
      waived_fen: 11571,
    });
    db.close();

    // concluded only when the plan covers the total exactly; a draft may show its gap
    expect(
      failed(
        call(s, 'settlements.save', {
          ...cowPlan(caseId, '115.76', '115.76'),
          id: saved.id,
          status: 'concluded',
          concludedOn: '2026-01-05',
        }),
      ).message_zh,
    ).toBe('已签订的协议，履行计划须与应付合计 132300.00 元相符（现差 -0.05 元）；可先保存为草稿');
    const updated = ok(
      call(s, 'settlements.save', { ...cowPlan(caseId, '115.76', '115.76'), id: saved.id, title: '改' }),
    );
    expect(updated.projection.gap).toBe('-0.05');
    expect(ok(call(s, 'settlements.list', { caseId }))).toEqual([
      expect.objectContaining({
        id: saved.id,
        title: '改',
        status: 'draft',
        agreedTotal: '132300.00',
        planned: '132300.05',
        gap: '-0.05',
        balanced: false,
        firstDate: '2026-01-15',
        lastDate: '2026-06-30',
      }),
    ]);
    expect(ok(call(s, 'settlements.get', { id: saved.id })).title).toBe('改');
    ok(call(s, 'settlements.delete', { id: saved.id }));
    expect(ok(call(s, 'settlements.list', { caseId }))).toEqual([]);
    expect(failed(call(s, 'settlements.get', { id: saved.id })).code).toBe('NOT_FOUND');

    const audit = auditRows(s.dbFile, 'settlement');
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(JSON.parse(audit[1]!.before_json!).acknowledged.delayWaived).toBe('115.71');
    expect(JSON.parse(audit[1]!.after_json!).acknowledged.delayWaived).toBe('115.76');
    expect(verifyAuditChain(openDatabaseReadOnly(s.dbFile)).ok).toBe(true);
  });

  it('refuses bad input with a Chinese message and keeps what was saved', () => {
    const s = start();
    const caseId = cowCase(s);
    const saved = ok(call(s, 'settlements.save', cowPlan(caseId, '115.76', '0')));
    const tooMuch = failed(
      call(s, 'settlements.save', { ...cowPlan(caseId, '115.76', '200.00'), id: saved.id }),
    );
    expect(tooMuch.code).toBe('VALIDATION_FAILED');
    expect(tooMuch.message_zh).toBe('放弃的迟延履行利息不得超过迟延履行利息');
    const noDate = failed(
      call(s, 'settlements.save', { ...cowPlan(caseId, '115.76', '0'), status: 'concluded' }),
    );
    expect(noDate.message_zh).toBe('已签订的协议须填写签订日期');
    const badAmount = failed(
      call(s, 'settlements.save', {
        ...cowPlan(caseId, '115.76', '0'),
        items: [{ kind: 'lump', date: '2026-02-01', amount: '1,000' }],
      }),
    );
    expect(badAmount.message_zh).toContain('金额格式不正确');
    const other = ok(call(s, 'cases.create', { caseNumber: '(2026)另1号' }));
    expect(
      failed(call(s, 'settlements.save', { ...cowPlan(other.id, '115.76', '0'), id: saved.id })).code,
    ).toBe('CONFLICT');
    expect(ok(call(s, 'settlements.get', { id: saved.id })).acknowledged.delayWaived).toBe('0.00');
    expect(auditRows(s.dbFile, 'settlement')).toHaveLength(1);
  });

  it('a signed settlement is locked: save and delete refused with LOCKED, nothing changed', () => {
    const s = start();
    const caseId = cowCase(s);
    const saved = ok(call(s, 'settlements.save', cowPlan(caseId, '115.76', '115.71')));
    // a lock row as the signing module writes it once everyone has signed
    const db = new Database(s.dbFile);
    db.prepare(
      "INSERT INTO record_locks (record_kind, record_id, locked_at, actor) VALUES ('settlement', ?, 't', 'a')",
    ).run(saved.id);
    db.close();
    const refused = failed(call(s, 'settlements.save', { ...cowPlan(caseId, '115.76', '0'), id: saved.id }));
    expect(refused.code).toBe('LOCKED');
    expect(refused.message_zh).toContain('执行和解协议');
    expect(failed(call(s, 'settlements.delete', { id: saved.id })).code).toBe('LOCKED');
    expect(ok(call(s, 'settlements.get', { id: saved.id })).acknowledged.delayWaived).toBe('115.71');
  });

  it('tracks the case payments against the schedule: instalment 2 short, in default after the 5-day grace', () => {
    const s = start();
    const caseId = cowCase(s);
    const saved = ok(call(s, 'settlements.save', cowPlan(caseId, '115.76', '115.71')));
    ok(call(s, 'payments.add', { caseId, date: '2026-01-15', amount: '55000.00', kind: '以物抵债' }));
    ok(call(s, 'payments.add', { caseId, date: '2026-01-30', amount: '12883.34' }));
    ok(call(s, 'payments.add', { caseId, date: '2026-03-02', amount: '10000.00' }));
    const early = ok(call(s, 'settlements.track', { id: saved.id, asOf: '2026-03-05' }));
    expect(early.status).toBe('performing');
    expect(early.rows[2]).toMatchObject({ state: 'overdue', daysLate: 5, outstanding: '2883.34' });
    const late = ok(call(s, 'settlements.track', { id: saved.id, asOf: '2026-03-06' }));
    expect(late.status).toBe('defaulted');
    expect(late.firstBreach).toEqual({ seq: 3, date: '2026-03-06' });
    expect(late.paid).toBe('77883.34');
    expect(late.rule.zh).toContain('超过 5 日');
  });

  it('projects the default: instalment 3 missed, the judgment as of 2026-04-30 with 67,883.34 paid deducted', () => {
    const s = start();
    const caseId = cowCase(s);
    const saved = ok(call(s, 'settlements.save', cowPlan(caseId, '115.76', '115.71')));
    const d = ok(call(s, 'settlements.project', { id: saved.id, missedSeq: 3, asOf: '2026-04-30' }));
    expect(d.paid.map((p) => [p.date, p.amount, p.kind])).toEqual([
      ['2026-01-15', '55000.00', '以物抵债'],
      ['2026-01-31', '12883.34', '自动履行'],
    ]);
    expect(d.paidTotal).toBe('67883.34');
    // by hand (regime C: costs, then principal; costs in the delay base):
    // 132,300 × 0.000175 × 15 (to 01-15) = 347.2875; the cows pay 2,300 costs + 52,700 principal;
    // 77,300 × 0.000175 × 16 (to 01-31) = 216.44; the 12,883.34 to principal → 64,416.66;
    // 64,416.66 × 0.000175 × 89 (to 04-30) = 1,003.2895; doubled 1,567.0170 → 1,567.02
    expect(d.claim.principal).toBe('64416.66');
    expect(d.claim.fee).toBe('0.00');
    expect(d.claim.doubled).toBe('1567.02');
    expect(d.claim.total).toBe('65983.68');
    expect(d.remainingUnderAgreement).toBe('64416.71');
    expect(d.costOfDefault).toBe('1566.97');
    // payments entered in the case after the acknowledgement do not count twice
    ok(call(s, 'payments.add', { caseId, date: '2026-01-15', amount: '55000.00', kind: '以物抵债' }));
    const again = ok(call(s, 'settlements.project', { id: saved.id, missedSeq: 3, asOf: '2026-04-30' }));
    expect(again.claim.total).toBe('65983.68');
    expect(
      failed(call(s, 'settlements.project', { id: saved.id, missedSeq: 8, asOf: '2026-04-30' })).code,
    ).toBe('VALIDATION_FAILED');
  });
});

describe('distribution plans through the API', () => {
  it('39 workers before the ordinary claims only by the labelled local rule, never before the bank on its house; saved, audited, recomputed on get', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)分1号' }));
    const workers = Array.from({ length: 39 }, (_, i) => ({
      creditor: `职工${i + 1}`,
      class: 'living' as const,
      amount: (18000 + i * 100).toFixed(2),
    }));
    // Σ 18,000 + 100·i for i = 0..38 = 702,000 + 74,100 = 776,100.00
    const saved = ok(
      call(s, 'distribution.save', {
        caseId: c.id,
        title: '某公司执行款分配',
        debtor: '某机械有限公司',
        planDate: '2026-02-01',
        amount: '1200000.00',
        rules: { ruleSet: 'civil508', livingFirst: true },
        clocks: { service: [{ party: '某银行', servedOn: '2026-02-03' }] },
        claims: [
          { creditor: '执行费', class: 'costs', amount: '23900.00' },
          ...workers,
          { creditor: '某银行', class: 'secured', amount: '500000.00', collateralValue: '300000.00' },
          { creditor: '供应商', class: 'ordinary', amount: '80000.00' },
        ],
      }),
    );
    // 1,200,000.00, of which 300,000.00 from the bank's house: the bank takes all of it; the other 900,000.00
    // pays costs 23,900.00, the wages 776,100.00 (labelled local rule), then 100,000.00 for the bank's unpaid
    // 200,000.00 and the supplier's 80,000.00: 7,142,857.14… and 2,857,142.85… fen, the one fen to the supplier
    expect(saved.result.classes.map((x) => [x.class, x.claimed, x.paid])).toEqual([
      ['costs', '23900.00', '23900.00'],
      ['secured', '300000.00', '300000.00'],
      ['living', '776100.00', '776100.00'],
      ['ordinary', '280000.00', '100000.00'],
    ]);
    expect(saved.result.claims.slice(40).map((x) => x.paid)).toEqual(['371428.57', '28571.43']);
    expect(saved.rules).toEqual({ ruleSet: 'civil508', livingFirst: true });
    expect(saved.deadlines.objection).toEqual([
      expect.objectContaining({ party: '某银行', from: '2026-02-03', deadline: '2026-02-18' }),
    ]);
    expect(ok(call(s, 'distribution.get', { id: saved.id })).result).toEqual(saved.result);
    expect(ok(call(s, 'distribution.list', { caseId: c.id }))).toEqual([
      expect.objectContaining({ id: saved.id, claims: 42, amount: '1200000.00' }),
    ]);
    const preview = ok(
      call(s, 'distribution.compute', {
        amount: '100.00',
        claims: [
          { creditor: '甲', class: 'ordinary', amount: '100.00' },
          { creditor: '乙', class: 'ordinary', amount: '200.00' },
        ],
      }),
    );
    expect(preview.claims.map((x) => x.paid)).toEqual(['33.33', '66.67']);
    const bad = failed(
      call(s, 'distribution.save', {
        caseId: c.id,
        planDate: '2026-02-01',
        amount: '1.00',
        claims: [{ creditor: '甲', class: 'ordinary', amount: '1.00', collateralValue: '1.00' }],
      }),
    );
    expect(bad.message_zh).toBe('担保财产变价款：该类型的项目不应填写此项');
    const beyond = failed(
      call(s, 'distribution.save', {
        caseId: c.id,
        planDate: '2026-02-01',
        amount: '100.00',
        claims: [{ creditor: '银行', class: 'secured', amount: '500.00', collateralValue: '300.00' }],
      }),
    );
    expect(beyond.message_zh).toBe('各担保财产变价款合计 300.00 元，超过可供分配的执行款 100.00 元');
    ok(call(s, 'distribution.delete', { id: saved.id }));
    expect(auditRows(s.dbFile, 'distribution').map((a) => a.action)).toEqual(['create', 'delete']);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { Decimal } from '../../core/lib/money/decimal';
import { failed, ok, start } from '../support/harness';
import { flat, pdftotext } from '../support/pdf-tools';
import { tempDir } from '../support/temp';

const e2 = fs.readFileSync(path.resolve(__dirname, '../support/fixtures/examples/e2.json'), 'utf8');

/** E2 heard with two joint debtors, one debtor's agent, a 利害关系人 and the judge. */
function hearing(s: ReturnType<typeof start>) {
  const c = ok(call(s, 'cases.create', { caseNumber: '(2020)E2执2号', court: '示例市第一人民法院' }));
  ok(call(s, 'ledger.import', { caseId: c.id, text: e2 }));
  const sessionId = ok(call(s, 'recon.create', { caseId: c.id })).id;
  const people = {} as Record<string, number>;
  for (const [role, name] of [
    ['creditor', '某建材有限公司'],
    ['debtor', '张某某'],
    ['debtor', '王某某'],
    ['interested', '陈某'],
    ['judge', '李法官'],
  ] as const) {
    const view = ok(call(s, 'recon.addParticipant', { sessionId, role, name }));
    people[name] = view.participants.at(-1)!.id;
  }
  ok(call(s, 'recon.start', { sessionId }));
  return { sessionId, people };
}

const minutesText = (s: ReturnType<typeof start>, sessionId: number) => {
  const out = ok(call(s, 'documents.reconMinutes', { sessionId }));
  const file = path.join(tempDir(), 'minutes.pdf');
  fs.writeFileSync(file, Buffer.from(out.base64, 'base64'));
  return flat(pdftotext(file));
};

describe('reconciliation positions per person', () => {
  it('keeps an entry open until every party has agreed, and any one person’s dispute is the side’s', () => {
    const s = start();
    const { sessionId, people } = hearing(s);
    const say = (name: string, entryKey: string, stance: 'agree' | 'dispute', claim?: { date: string }) =>
      ok(
        call(s, 'recon.position', {
          sessionId,
          entryKey,
          participantId: people[name]!,
          stance,
          ...(claim ? { claim } : {}),
        }),
      );
    const entry = (v: ReturnType<typeof say>, key: string) => v.entries.find((e) => e.key === key)!;

    say('某建材有限公司', 'obligation:P', 'agree');
    let view = say('张某某', 'obligation:P', 'agree');
    // 王某某 has not spoken: the debtor side does not agree yet, and nothing is locked
    expect(entry(view, 'obligation:P')).toMatchObject({ status: 'open', locked: false });
    expect(entry(view, 'obligation:P').positions.debtor).toBeUndefined();
    view = say('王某某', 'obligation:P', 'agree');
    // the 利害关系人 has not spoken either
    expect(entry(view, 'obligation:P')).toMatchObject({ status: 'open', locked: false });
    view = say('陈某', 'obligation:P', 'agree');
    expect(entry(view, 'obligation:P')).toMatchObject({ status: 'agreed', locked: true });
    expect(entry(view, 'obligation:P').persons.map((p) => p.participantId)).toEqual([
      people['某建材有限公司'],
      people['张某某'],
      people['王某某'],
      people['陈某'],
    ]);

    // Joint debtors take different positions: one agrees, the other disputes the date.
    say('张某某', 'payment:p1', 'agree');
    view = say('王某某', 'payment:p1', 'dispute', { date: '2020-04-01' });
    const p1 = entry(view, 'payment:p1');
    expect(p1.status).toBe('disputed');
    expect(p1.positions.debtor).toMatchObject({
      participantId: people['王某某'],
      claim: { date: '2020-04-01' },
    });
    // priced as before: 100000 × 0.000175 × 82 + 70000 × 0.000175 × 198 = 3860.50 against 3955.00
    expect(view.impact!.debtor.total).toBe('73860.50');

    // A 利害关系人's dispute alone makes an entry disputed.
    say('某建材有限公司', 'balance', 'agree');
    say('张某某', 'balance', 'agree');
    say('王某某', 'balance', 'agree');
    view = say('陈某', 'balance', 'dispute');
    expect(entry(view, 'balance').status).toBe('disputed');

    // The judge states no position; an unknown person is refused.
    expect(
      failed(
        call(s, 'recon.position', {
          sessionId,
          entryKey: 'balance',
          participantId: people['李法官']!,
          stance: 'agree',
        }),
      ).message_zh,
    ).toBe('李法官不是当事人、代理人或利害关系人，不能发表对账意见');
    expect(
      failed(
        call(s, 'recon.position', { sessionId, entryKey: 'balance', participantId: 999, stance: 'agree' }),
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      failed(call(s, 'recon.position', { sessionId, entryKey: 'balance', stance: 'agree' })).message_zh,
    ).toBe('请指明发表意见的人');
  });

  it('「其余各项无异议」: one call per person, one row per entry marked as such, written so in the minutes', () => {
    const s = start();
    const { sessionId, people } = hearing(s);
    ok(
      call(s, 'recon.position', {
        sessionId,
        entryKey: 'payment:p1',
        participantId: people['王某某']!,
        stance: 'dispute',
        claim: { date: '2020-04-01' },
        statement: '钱是 4 月 1 日打的',
      }),
    );
    const draft = minutesText(s, sessionId);
    // no court total before any finding
    expect(draft).not.toContain('按法院认定');

    let view = ok(call(s, 'recon.restAgreed', { sessionId, participantId: people['某建材有限公司']! }));
    // six entries, none spoken on by the creditor: six rows
    const db = new Database(s.dbFile, { readonly: true });
    const rows = () =>
      db
        .prepare('SELECT participant_id, entry_key, rest FROM recon_positions WHERE rest = 1 ORDER BY id')
        .all() as { participant_id: number; entry_key: string }[];
    expect(rows().map((r) => r.entry_key)).toEqual(view.entries.map((e) => e.key));
    expect(
      failed(call(s, 'recon.restAgreed', { sessionId, participantId: people['某建材有限公司']! })).message_zh,
    ).toBe('该人对所有未锁定的项目均已发表意见');
    for (const name of ['张某某', '王某某', '陈某'])
      view = ok(call(s, 'recon.restAgreed', { sessionId, participantId: people[name]! }));
    // 王某某 had spoken on p1: the rest leaves his dispute standing
    expect(rows().filter((r) => r.participant_id === people['王某某']).length).toBe(5);
    expect(view.entries.map((e) => e.status)).toEqual([
      'agreed',
      'agreed',
      'agreed',
      'disputed',
      'agreed',
      'agreed',
    ]);
    const audit = db
      .prepare("SELECT after_json FROM audit_log WHERE after_json LIKE '%restAgreed%' ORDER BY seq")
      .pluck()
      .all() as string[];
    expect(audit.length).toBe(4);
    expect(JSON.parse(audit[0]!)).toMatchObject({
      participantId: people['某建材有限公司'],
      entries: view.entries.map((e) => e.key),
    });
    db.close();

    ok(
      call(s, 'recon.finding', {
        sessionId,
        entryKey: 'payment:p1',
        adopt: 'record',
        reason: '以银行到账记录为准',
      }),
    );
    ok(call(s, 'recon.close', { sessionId }));
    const text = minutesText(s, sessionId);
    expect(text).toContain('被执行人王某某：有异议，主张日期应为2020年4月1日。陈述：钱是4月1日打的');
    expect(text).toContain('申请执行人某建材有限公司：其余各项无异议（对尚未发表意见的各项一并表示）');
    expect(text).toContain('利害关系人陈某：其余各项无异议');
    // the payment as the parties know it, not by its code
    expect(text).toContain('2020-04-19');
    expect(text).not.toMatch(/p1/);
    // after the finding the court's total is printed
    expect(text).toContain('按法院认定');
  });

  it('prints the part no single dispute explains, so the disputes add up to the total difference', () => {
    const s = start();
    const { sessionId, people } = hearing(s);
    const dispute = (entryKey: string, claim: object) =>
      ok(
        call(s, 'recon.position', {
          sessionId,
          entryKey,
          participantId: people['张某某']!,
          stance: 'dispute',
          claim,
        }),
      );
    // E2, the debtor's two claims together: p1 on 2020-04-01 and doubled interest first. The accrual by then,
    // 100000 × 0.000175 × 82 = 1435.00, is paid first, 28565.00 goes to principal, and 71435.00 × 0.000175
    // × 198 = 2475.22 accrues after: 73910.22, -44.78 against the record. Alone, the date is worth -94.50
    // and the order +55.13 (71750.00 + 2260.13 = 74010.13): the remainder is -44.78 - (-39.37) = -5.41.
    dispute('payment:p1', { date: '2020-04-01' });
    const view = dispute('order', { order: ['doubled', 'fee', 'generalInterest', 'principal', 'oldDelay'] });
    const impact = view.impact!;
    const mine = impact.disputes.filter((d) => d.side === 'debtor');
    expect(mine.map((d) => d.delta).sort()).toEqual(['-94.50', '55.13']);
    expect(impact.debtor.total).toBe('73910.22');
    expect(impact.interaction.debtor).toBe('-5.41');
    const parts = mine.reduce((sum, d) => sum.plus(d.delta), new Decimal(impact.interaction.debtor));
    expect(parts.toFixed(2)).toBe(new Decimal(impact.debtor.total).minus(impact.record.total).toFixed(2));
    expect(impact.courtFound).toBe(false);
    const text = minutesText(s, sessionId);
    expect(text).toContain('各项争议合并计算时的差额（争议之间相互影响的部分）被执行人');
    expect(text).toContain('-5.41');
    // the claimed order in words, not the program's bucket names
    expect(text).toContain('主张抵充顺序应为加倍部分债务利息→');
    expect(text).not.toMatch(/doubled|generalInterest/);
    expect(text).not.toContain('按法院认定');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { monthRange, payoutClock } from '../../core/features/receipts/rules';
import { failed, ok, start } from '../support/harness';
import { flat, pdfsig, pdftotext } from '../support/pdf-tools';
import { tempDir } from '../support/temp';

function write(base64: string): string {
  const file = path.join(tempDir(), 'out.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

/** Latin words outside the allowlist (the footer's PDF, SHA-256, PKCS#7): none in court language. */
function latinWords(raw: string): string[] {
  const plain = raw.replace(/[0-9a-f]{16,}/g, '');
  return [...plain.matchAll(/[A-Za-z]{2,}/g)]
    .map((m) => m[0])
    .filter((w) => !['PDF', 'SHA', 'PKCS'].includes(w));
}

function audit(file: string, entity: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT action FROM audit_log WHERE entity = ? ORDER BY seq')
      .pluck()
      .all(entity) as string[];
  } finally {
    db.close();
  }
}

describe('the 30-day payout clock (法发〔2017〕6号)', () => {
  it('counts 30 days from arrival, across month ends; alerts from 7 days before; overdue after', () => {
    // 2026-01-31 + 30 = 2026-03-02 (February has 28 days)
    expect(payoutClock('2026-01-31', 100, 0, '2026-02-22')).toMatchObject({
      deadline: '2026-03-02',
      daysLeft: 8,
      status: 'open',
    });
    expect(payoutClock('2026-01-31', 100, 0, '2026-02-23').status).toBe('due');
    expect(payoutClock('2026-01-31', 100, 0, '2026-03-02')).toMatchObject({ daysLeft: 0, status: 'due' });
    expect(payoutClock('2026-01-31', 100, 0, '2026-03-03').status).toBe('overdue');
    expect(payoutClock('2026-01-31', 100, 40, '2026-03-03')).toMatchObject({
      outstandingFen: 60,
      status: 'overdue',
    });
    expect(payoutClock('2026-01-31', 100, 100, '2027-01-01').status).toBe('paidOut');
    // leap year: 2028-02-10 + 30 = 2028-03-11
    expect(payoutClock('2028-02-10', 1, 0, '2028-02-10').deadline).toBe('2028-03-11');
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('the 执行款 register through the API', () => {
  function setup() {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)黑1084执30号', judge: '王法官' }));
    ok(call(s, 'parties.add', { caseId: c.id, role: 'applicant', name: '甲公司' }));
    ok(call(s, 'parties.add', { caseId: c.id, role: 'applicant', name: '乙公司' }));
    ok(call(s, 'parties.add', { caseId: c.id, role: 'respondent', name: '张某' }));
    return { s, c };
  }

  it('receipts, payouts tied to the plan (never beyond its share paid now), the alert and the audit', () => {
    const { s, c } = setup();
    const plan = ok(
      call(s, 'distribution.save', {
        caseId: c.id,
        planDate: '2026-02-01',
        amount: '1000.00',
        claims: [
          { creditor: '甲公司', class: 'ordinary', amount: '600.00' },
          { creditor: '乙公司', class: 'ordinary', amount: '400.00', disputed: true },
        ],
      }),
    );
    const r = ok(
      call(s, 'receipts.add', {
        caseId: c.id,
        receivedOn: '2026-01-31',
        payer: '张某',
        amount: '1000.00',
        reason: '房屋拍卖款',
        method: 'transfer',
      }),
    );
    expect(r).toMatchObject({ deadline: '2026-03-02', outstanding: '1000.00', paidOut: '0.00' });
    // 乙公司's share is set aside while the suit runs: nothing may be paid to it under the plan now
    const held = failed(
      call(s, 'receipts.payout', {
        receiptId: r.id,
        paidOn: '2026-02-10',
        payee: '乙公司',
        amount: '1.00',
        planId: plan.id,
      }),
    );
    expect(held.message_zh).toBe(
      '按分配方案，乙公司现予支付 0.00 元，已发放 0.00 元，本次最多可发放 0.00 元',
    );
    expect(
      failed(
        call(s, 'receipts.payout', {
          receiptId: r.id,
          paidOn: '2026-02-10',
          payee: '丙',
          amount: '1.00',
          planId: plan.id,
        }),
      ).message_zh,
    ).toBe('「丙」不是该分配方案的债权人');
    expect(
      failed(
        call(s, 'receipts.payout', {
          receiptId: r.id,
          paidOn: '2026-01-30',
          payee: '甲公司',
          amount: '1.00',
        }),
      ).code,
    ).toBe('CONFLICT');
    const paid = ok(
      call(s, 'receipts.payout', {
        receiptId: r.id,
        paidOn: '2026-02-10',
        payee: '甲公司',
        amount: '600.00',
        planId: plan.id,
      }),
    );
    expect([paid.paidOut, paid.outstanding, paid.status]).toEqual(['600.00', '400.00', 'open']);
    expect(
      failed(
        call(s, 'receipts.payout', {
          receiptId: r.id,
          paidOn: '2026-02-11',
          payee: '甲公司',
          amount: '0.01',
          planId: plan.id,
        }),
      ).code,
    ).toBe('CONFLICT');
    expect(
      failed(
        call(s, 'receipts.payout', {
          receiptId: r.id,
          paidOn: '2026-02-11',
          payee: '他人',
          amount: '400.01',
        }),
      ).message_zh,
    ).toBe('发放合计 1000.01 元超过该笔执行款 1000.00 元');

    // the alert: the 400.00 still held is flagged from 2026-02-23 and overdue after 2026-03-02
    expect(ok(call(s, 'receipts.due', { asOf: '2026-02-22' })).receipts).toEqual([]);
    expect(
      ok(call(s, 'receipts.due', { asOf: '2026-03-03' })).receipts.map((x) => [
        x.caseNumber,
        x.status,
        x.outstanding,
      ]),
    ).toEqual([['(2026)黑1084执30号', 'overdue', '400.00']]);
    const list = ok(call(s, 'receipts.list', { caseId: c.id, asOf: '2026-02-20' }));
    expect([list.received, list.paidOut, list.outstanding]).toEqual(['1000.00', '600.00', '400.00']);
    expect(failed(call(s, 'receipts.delete', { id: r.id })).code).toBe('CONFLICT');
    const back = ok(call(s, 'receipts.deletePayout', { id: paid.payouts[0]!.id }));
    expect(back.paidOut).toBe('0.00');
    ok(call(s, 'receipts.delete', { id: r.id }));
    expect(audit(s.dbFile, 'receipt')).toEqual(['create', 'delete']);
    expect(audit(s.dbFile, 'payout')).toEqual(['create', 'delete']);
  });

  it('the monthly 台账 lists every receipt of the month with its case, judge, parties and the two 对账人', () => {
    const { s, c } = setup();
    const add = (receivedOn: string, amount: string, payer: string, reason: string) =>
      ok(call(s, 'receipts.add', { caseId: c.id, receivedOn, payer, amount, reason, method: 'cash' }));
    add('2026-02-01', '1234.56', '张某', '自动履行');
    add('2026-02-28', '100000.00', '某保险公司', '协助扣划保险金');
    add('2026-03-01', '5.00', '张某', '下月');
    const out = ok(
      call(s, 'documents.receiptsLedger', { month: '2026-02', reconcilers: ['李会计', '赵书记员'] }),
    );
    const file = write(out.base64);
    const raw = pdftotext(file);
    expect(latinWords(raw)).toEqual([]);
    const text = flat(raw);
    for (const phrase of [
      '执行款收付台账',
      '2026年2月到账执行款共2笔，合计101,234.56元。',
      '到账时间',
      '1,234.56',
      '(2026)黑1084执30号',
      '王法官',
      '甲公司、乙公司',
      '100,000.00',
      '合计101,234.56',
      '交款原由',
      '某保险公司协助扣划保险金',
      '对账人一',
      '李会计',
      '赵书记员',
    ])
      expect(text).toContain(phrase);
    expect(text).not.toContain('下月');
    expect(pdfsig(file).out).toContain('Signature is Valid');
  });

  it('a 收款笔录 of cash, with lines for the payer and two officers', () => {
    const { s, c } = setup();
    const r = ok(
      call(s, 'receipts.add', {
        caseId: c.id,
        receivedOn: '2026-02-05',
        payer: '张某',
        amount: '3000.00',
        reason: '自动履行',
        method: 'cash',
      }),
    );
    const raw = pdftotext(write(ok(call(s, 'documents.cashReceipt', { receiptId: r.id })).base64));
    expect(latinWords(raw)).toEqual([]);
    const text = flat(raw);
    expect(text).toContain('收款笔录');
    expect(text).toContain('交款人张某就(2026)黑1084执30号向本院当面交付现金3,000.00元（人民币叁仟元整）');
    expect(text).toContain('经办人一');
    expect(text).toContain('经办人二');
  });
});

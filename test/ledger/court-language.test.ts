import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, type Services } from '../../core/platform/api/services';
import { ok, start } from '../support/harness';
import { finishedHearing } from '../support/hearing-helpers';
import { flat, pdftotext } from '../support/pdf-tools';
import { cowCase, cowPlan } from '../support/settlement-helpers';
import { closedSession } from '../support/signing-helpers';
import { tempDir } from '../support/temp';

/**
 * Issue 16: every document the app exports speaks court language. pdftotext reads each one, and any
 * run of two or more Latin letters outside the allowlist fails the test with the line it stands on
 * (a setting key, a rule id, a formula's Round(…), an English word, a UTC time).
 */
const ALLOWED = new Set(['LPR', 'PDF', 'SHA', 'PKCS']);

function asciiWords(text: string): { word: string; line: string }[] {
  const found: { word: string; line: string }[] = [];
  // a SHA-256 digest (the record hash, the audit head) is a figure, not a word
  // … and a masked identity number (912***********XX0X) is the masking pattern, not a word
  const plain = text.replace(/[0-9a-f]{16,}/g, '').replace(/[0-9A-Z]*\*{3,}[0-9A-Z]*/g, '');
  for (const line of plain.split('\n'))
    for (const m of line.matchAll(/[A-Za-z]{2,}/g))
      if (!ALLOWED.has(m[0])) found.push({ word: m[0], line: line.trim() });
  return found;
}

function pdfText(base64: string, name: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return pdftotext(file);
}

/** A judgment's case: 工程款 830,000.00 due 2006-03-15, 案件受理费, 年利率 6 % 「自2006年7月1日起」. */
function judgmentCase(s: Services): number {
  const c = ok(
    call(s, 'cases.create', {
      caseNumber: '(2006)黑1084执123号',
      title: '建设工程施工合同纠纷',
      court: '示例市第一人民法院',
      asOf: '2026-01-21',
    }),
  );
  ok(call(s, 'parties.add', { caseId: c.id, role: 'applicant', name: '某建筑有限公司' }));
  ok(
    call(s, 'parties.add', {
      caseId: c.id,
      role: 'respondent',
      name: '张某',
      idNumber: '110101199003071234',
    }),
  );
  const add = (fields: Record<string, unknown>) =>
    ok(call(s, 'obligations.add', { caseId: c.id, ...fields } as never));
  add({ code: 'P', kind: 'principal', label: '工程款', amount: '830000.00', due: '2006-03-15' });
  add({
    code: 'F',
    kind: 'fee',
    label: '案件受理费',
    amount: '12100.00',
    due: '2006-03-15',
    inDelayBase: false,
  });
  add({
    code: 'I',
    kind: 'interestRunning',
    label: '逾期付款利息',
    base: 'P',
    schedule: { type: 'fixed', annual: '0.06', stated: { form: 'annualPct', value: '6' } },
    from: '2006-06-30',
  });
  ok(call(s, 'payments.add', { caseId: c.id, date: '2007-05-10', amount: '50000.00' }));
  ok(call(s, 'payments.add', { caseId: c.id, date: '2015-05-10', amount: '100000.00' }));
  ok(call(s, 'excluded.add', { caseId: c.id, from: '2010-01-01', to: '2010-06-30', reason: '再审中止' }));
  return c.id;
}

type Exported = { name: string; text: string };

function everyDocument(): Exported[] {
  const s = start();
  const docs: Exported[] = [];
  const caseId = judgmentCase(s);
  docs.push({
    name: '迟延履行利息计算说明',
    text: pdfText(ok(call(s, 'documents.statement', { caseId })).base64, 'statement.pdf'),
  });
  const sample = ok(call(s, 'cases.createSample', {}));
  docs.push({
    name: '迟延履行利息计算说明（示例案件）',
    text: pdfText(ok(call(s, 'documents.statement', { caseId: sample.id })).base64, 'sample.pdf'),
  });
  docs.push({
    name: '执行情况说明',
    text: pdfText(
      ok(
        call(s, 'documents.statusAccount', {
          caseId: sample.id,
          transferDate: '2026-01-21',
          receivingCourt: '示例市第二人民法院',
          pendingMatters: '核实被执行人房产',
        }),
      ).base64,
      'account.pdf',
    ),
  });
  const { sessionId } = closedSession(s);
  docs.push({
    name: '对账笔录',
    text: pdfText(ok(call(s, 'documents.reconMinutes', { sessionId })).base64, 'recon.pdf'),
  });
  const { hearingId } = finishedHearing(s);
  docs.push({
    name: '听证笔录',
    text: pdfText(ok(call(s, 'hearings.minutes', { hearingId })).base64, 'hearing.pdf'),
  });
  const cow = cowCase(s);
  const settlement = ok(
    call(s, 'settlements.save', {
      ...cowPlan(cow, '115.76', '115.71'),
      status: 'concluded',
      concludedOn: '2026-01-05',
    }),
  );
  docs.push({
    name: '执行和解协议',
    text: pdfText(
      ok(call(s, 'documents.agreement', { settlementId: settlement.id })).base64,
      'agreement.pdf',
    ),
  });
  const plan = ok(
    call(s, 'distribution.save', {
      caseId: cow,
      title: '执行款分配',
      debtor: '张某',
      planDate: '2026-02-01',
      amount: '100.00',
      claims: [
        { creditor: '甲公司', class: 'ordinary', amount: '100.00' },
        { creditor: '乙公司', class: 'ordinary', amount: '200.00' },
      ],
    }),
  );
  docs.push({
    name: '执行款分配方案',
    text: pdfText(ok(call(s, 'documents.distribution', { planId: plan.id })).base64, 'distribution.pdf'),
  });
  return docs;
}

const DOCUMENTS = everyDocument();

describe('every exported document in court language (pdftotext)', () => {
  it('exports every kind of document', () => {
    expect(DOCUMENTS.map((d) => d.name)).toHaveLength(7);
    for (const d of DOCUMENTS) expect(d.text.length, d.name).toBeGreaterThan(200);
  });

  it.each(DOCUMENTS.map((d) => [d.name, d] as const))('%s: no English word or internal code', (_n, d) => {
    const words = asciiWords(d.text);
    expect(words, words.map((w) => `${w.word} ← ${w.line}`).join('\n')).toEqual([]);
  });

  it.each(DOCUMENTS.map((d) => [d.name, d] as const))('%s: Beijing time, never UTC', (_n, d) => {
    expect(d.text).not.toMatch(/UTC|GMT|T\d{2}:\d{2}/);
    expect(flat(d.text)).toContain('（北京时间）');
  });

  it('the allowlist check finds what it must', () => {
    expect(
      asciiWords('dayBasis 360；（fixed）；Round(1.00)；LPR；PDF；SHA-256；110***********1234').map(
        (w) => w.word,
      ),
    ).toEqual(['dayBasis', 'fixed', 'Round']);
  });
});

describe('the statement prints the judgment as the judgment says it', () => {
  const statement = flat(DOCUMENTS[0]!.text);

  it('the rate and 起算日 in the judgment’s words', () => {
    expect(statement).toContain(flat('以工程款为基数，自 2006年7月1日 起至清偿之日止，年利率 6%计算'));
    expect(statement).not.toContain('2006年6月30日');
    expect(statement).toContain(flat('履行期限届满之日 2006年3月15日，迟延履行期间的债务利息自次日起计算'));
  });

  it('prints per obligation whether it counts toward the base of the doubled interest', () => {
    expect(statement).toContain(flat('加倍部分债务利息计算基数含工程款：是'));
    expect(statement).toContain(flat('加倍部分债务利息计算基数含案件受理费：否'));
    expect(statement).not.toContain('判决未确定一般债务利息');
  });

  it('the general interest step in words: 830,000.00 at 6 % from 2006-07-01', () => {
    // (2006-06-30, 2007-05-10]: 314 days on 830,000.00 at 6 % a year on a 360-day basis = 43,436.67
    expect(statement).toContain(
      flat(
        '2006年7月1日至2007年5月10日，以工程款未付 830,000.00 元为基数，按判决确定的利率年利率 6.00%计 314 天',
      ),
    );
    expect(statement).toContain(flat('830,000.00 × 6.00% × 314 ÷ 360 = 43,436.67 元'));
  });
});

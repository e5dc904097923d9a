import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { ok, start } from '../support/harness';
import { flat, pdfsig, pdftotext } from '../support/pdf-tools';
import { tempDir } from '../support/temp';
import { cowCase, cowPlan } from '../support/settlement-helpers';

function write(base64: string): string {
  const file = path.join(tempDir(), 'out.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

describe('documents.agreement and documents.distribution', () => {
  it('signs the cow agreement: title, parties, every amount with 大写, the schedule; registered and valid', () => {
    const s = start();
    const caseId = cowCase(s);
    const saved = ok(
      call(s, 'settlements.save', {
        ...cowPlan(caseId, '115.76', '115.71'),
        status: 'concluded',
        concludedOn: '2026-01-05',
        clauses: {
          graceDays: 5,
          place: '示例县人民法院执行局',
          manner: '转账至申请执行人账户',
          guarantor: { name: '赵某', idNumber: '', scope: '全部应付款项' },
        },
      }),
    );
    const out = ok(call(s, 'documents.agreement', { settlementId: saved.id }));
    // concluded but not yet signed by hand: a draft until everyone has signed (test/settlements/signing.test.ts)
    expect(out.fileName).toBe('(2026)黑1084执恢12号 执行和解协议（草稿）.pdf');
    const file = write(out.base64);
    const text = flat(pdftotext(file));
    for (const phrase of [
      '执行和解协议',
      '(2026)黑1084执恢12号',
      '申请执行人：李某',
      '被执行人：张某',
      '担保人：赵某',
      '本金130,000.00元（人民币壹拾叁万元整）',
      '申请执行人自愿放弃迟延履行期间的债务利息115.71元（人民币壹佰壹拾伍元柒角壹分）',
      '应付款项合计132,300.05元（人民币壹拾叁万贰仟叁佰元零伍分）',
      '作价55,000.00元（人民币伍万伍仟元整）抵偿债务',
      '第6期于二〇二六年六月三十日前支付12,883.35元（人民币壹万贰仟捌佰捌拾叁元叁角伍分）',
      '第九条、第十七条',
      '二者相符',
    ])
      expect(text).toContain(phrase);
    const sig = pdfsig(file);
    expect(sig.out).toContain('Signature is Valid');
    const db = new Database(s.dbFile, { readonly: true });
    expect(db.prepare('SELECT kind, case_id, sha256 FROM export_register').all()).toEqual([
      { kind: 'agreement', case_id: caseId, sha256: out.sha256 },
    ]);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'export'").pluck().get()).toBe(1);
    db.close();
    expect(ok(call(s, 'documents.verify', { base64: out.base64 })).registered).toBe(true);
  });

  it('a draft is titled as such; the distribution plan PDF states each share with 大写', () => {
    const s = start();
    const caseId = cowCase(s);
    const draft = ok(call(s, 'settlements.save', cowPlan(caseId, '115.76', '115.71')));
    const d = write(ok(call(s, 'documents.agreement', { settlementId: draft.id })).base64);
    expect(flat(pdftotext(d))).toContain('执行和解协议（草稿）');

    const plan = ok(
      call(s, 'distribution.save', {
        caseId,
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
    const out = ok(call(s, 'documents.distribution', { planId: plan.id }));
    const file = write(out.base64);
    const text = flat(pdftotext(file));
    for (const phrase of [
      '执行款分配方案',
      '共计100.00元（人民币壹佰元整）',
      '甲公司分得33.33元（人民币叁拾叁元叁角叁分）',
      '乙公司分得66.67元（人民币陆拾陆元陆角柒分）',
      '按舍去部分从大到小',
    ])
      expect(text).toContain(phrase);
    expect(pdfsig(file).out).toContain('Signature is Valid');
  });

  it('the signed plan prints its rule and basis, what is paid now and set aside, and the service and objection dates', () => {
    const s = start();
    const caseId = cowCase(s);
    const plan = ok(
      call(s, 'distribution.save', {
        caseId,
        title: '房屋变价款分配',
        debtor: '张某',
        planDate: '2026-01-20',
        amount: '350000.00',
        rules: { ruleSet: 'civil508', livingFirst: false },
        claims: [
          { creditor: '执行费', class: 'costs', amount: '10000.00' },
          { creditor: '某银行', class: 'secured', amount: '500000.00', collateralValue: '300000.00' },
          { creditor: '职工李某', class: 'living', amount: '80000.00' },
          { creditor: '供应商', class: 'ordinary', amount: '100000.00', disputed: true },
        ],
        clocks: {
          service: [
            { party: '张某', servedOn: '2026-01-31' },
            { party: '某银行', servedOn: '2026-02-02' },
            { party: '职工李某', servedOn: null },
          ],
        },
      }),
    );
    const file = write(ok(call(s, 'documents.distribution', { planId: plan.id })).base64);
    const text = flat(pdftotext(file));
    for (const phrase of [
      '第五百零八条',
      '担保物权人仅就其担保财产的变价款优先受偿',
      '某银行分得321,052.63元',
      '本方案现予支付339,473.68元',
      '10,526.32元（人民币壹万零伍佰贰拾陆元叁角贰分）予以提存',
      '异议期届满日2026年2月15日',
      '某银行送达日期2026年2月2日异议期届满日2026年2月17日',
      '尚未送达：职工李某。',
      '本方案未采用劳动报酬、医疗费用优先的地方规定',
      '第五百零九条、第五百一十条',
    ])
      expect(text).toContain(phrase);
    // the steps are numbered 1, 2, 3 … with the share lines under them unnumbered
    const raw = pdftotext(file);
    const trace = raw.slice(raw.indexOf('三、计算过程'), raw.indexOf('尾差处理规则'));
    const steps = [...trace.matchAll(/^\s*(\d+)\.\s/gm)].map((m) => Number(m[1]));
    expect(steps.length).toBeGreaterThan(3);
    steps.forEach((n, i) => i > 0 && expect(n).toBeGreaterThan(steps[i - 1]!));
    expect(pdfsig(file).out).toContain('Signature is Valid');
  });

  it("masks the guarantor's identity number unless shown for this one document, and logs the choice", () => {
    const s = start();
    const caseId = cowCase(s);
    const saved = ok(
      call(s, 'settlements.save', {
        ...cowPlan(caseId, '115.76', '115.71'),
        clauses: { graceDays: 0, guarantor: { name: '赵某', idNumber: '230102198001011234', scope: '' } },
      }),
    );
    const masked = flat(
      pdftotext(write(ok(call(s, 'documents.agreement', { settlementId: saved.id })).base64)),
    );
    expect(masked).toContain('赵某（230***********1234）');
    // the copies follow who is bound: the parties and the guarantor one each, one for the file
    expect(masked).toMatch(
      /一式[二三四五六七八九十]+份，申请执行人.+、被执行人.+、担保人赵某.*各执一份，一份附卷/,
    );
    expect(masked).not.toContain('230102198001011234');
    const shown = ok(call(s, 'documents.agreement', { settlementId: saved.id, reveal: true }));
    expect(flat(pdftotext(write(shown.base64)))).toContain('赵某（230102198001011234）');
    const db = new Database(s.dbFile, { readonly: true });
    const rows = db
      .prepare("SELECT after_json FROM audit_log WHERE entity = 'export' ORDER BY seq")
      .pluck()
      .all() as string[];
    db.close();
    expect(rows.map((r) => (JSON.parse(r) as { masked: boolean }).masked)).toEqual([true, false]);
  });
});

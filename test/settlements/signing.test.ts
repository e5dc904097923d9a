import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, type Services } from '../../core/platform/api/services';
import { failed, ok, start } from '../support/harness';
import { flat, pdfPages, pdfsig, pdftotext } from '../support/pdf-tools';
import { PNG, strokes } from '../support/signing-helpers';
import { tempDir } from '../support/temp';
import { cowCase, cowPlan } from '../support/settlement-helpers';

const rec = (id: number) => ({ kind: 'settlement' as const, id });

function write(base64: string, name: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

/** The cow case with two judges and a clerk, and the cow agreement with a guarantor, saved as `status`. */
export function cowAgreement(s: Services, status: 'draft' | 'concluded' = 'concluded') {
  const caseId = cowCase(s);
  const c = ok(call(s, 'cases.get', { id: caseId }));
  ok(
    call(s, 'cases.update', {
      id: caseId,
      caseNumber: c.caseNumber,
      title: c.title,
      court: c.court,
      judge: '王法官、陈法官',
      clerk: '刘书记',
      asOf: c.asOf,
    }),
  );
  const plan = {
    ...cowPlan(caseId, '115.76', '115.71'),
    clauses: {
      graceDays: 5,
      place: '示例县人民法院执行局',
      manner: '转账至申请执行人账户',
      guarantor: { name: '赵某', idNumber: '', scope: '全部应付款项' },
    },
  };
  const saved = ok(
    call(s, 'settlements.save', {
      ...plan,
      status,
      concludedOn: status === 'concluded' ? '2026-01-05' : null,
    }),
  );
  return { caseId, id: saved.id, plan };
}

describe('a settlement signed by hand (执行和解协议), through the API on real SQLite', () => {
  it('opens when concluded; signs in court order; freezes, then locks; the PDF carries it all', () => {
    const s = start();
    const { caseId, id, plan } = cowAgreement(s, 'draft');

    // a draft is still negotiated: no signatures yet
    let v = ok(call(s, 'signatures.list', { record: rec(id) }));
    expect(v.open).toBe(false);
    const early = failed(
      call(s, 'signatures.sign', { record: rec(id), signer: 'creditor:1', strokes: strokes(), png: PNG }),
    );
    expect([early.code, early.message_zh]).toEqual(['CONFLICT', '和解协议保存为「已签订」后才能签名']);

    ok(call(s, 'settlements.save', { ...plan, id, status: 'concluded', concludedOn: '2026-01-05' }));
    v = ok(call(s, 'signatures.list', { record: rec(id) }));
    expect(v.open).toBe(true);
    expect(v.signers.map((x) => `${x.key} ${x.roleZh} ${x.name} ${x.stage}`)).toEqual([
      'creditor:1 申请执行人 李某 participant',
      'debtor:1 被执行人 张某 participant',
      'guarantor:1 担保人 赵某 participant',
      'judge:1 审判员 王法官 judge',
      'judge:2 审判员 陈法官 judge',
      'clerk:1 书记员 刘书记 clerk',
    ]);
    expect(v.next).toBe('creditor:1');
    expect(
      failed(call(s, 'signatures.sign', { record: rec(id), signer: 'judge:1', strokes: strokes(), png: PNG }))
        .message_zh,
    ).toContain('尚未轮到');

    ok(call(s, 'signatures.sign', { record: rec(id), signer: 'creditor:1', strokes: strokes(), png: PNG }));
    // the first signature freezes the content: no edit, no delete, nothing written
    const edit = failed(
      call(s, 'settlements.save', {
        ...plan,
        id,
        title: '改过的标题',
        status: 'concluded',
        concludedOn: '2026-01-05',
      }),
    );
    expect([edit.code, edit.message_zh]).toEqual([
      'LOCKED',
      '该执行和解协议已有 1 人签名（或拒绝签名），内容不能再修改',
    ]);
    expect(failed(call(s, 'settlements.delete', { id })).code).toBe('LOCKED');
    expect(ok(call(s, 'settlements.get', { id })).title).toBe('以牛抵债及分期付款');

    // before everyone has signed the PDF is a draft
    const draft = ok(call(s, 'documents.agreement', { settlementId: id }));
    expect(flat(pdftotext(write(draft.base64, 'draft.pdf')))).toContain('执行和解协议（草稿）');

    ok(call(s, 'signatures.refuse', { record: rec(id), signer: 'debtor:1', reason: '不同意耕牛作价' }));
    ok(call(s, 'signatures.sign', { record: rec(id), signer: 'guarantor:1', strokes: strokes(1), png: PNG }));
    ok(call(s, 'signatures.sign', { record: rec(id), signer: 'judge:1', strokes: strokes(2), png: PNG }));
    ok(call(s, 'signatures.sign', { record: rec(id), signer: 'judge:2', strokes: strokes(3), png: PNG }));
    expect(ok(call(s, 'settlements.list', { caseId }))[0]).toMatchObject({ signatures: 5, locked: false });
    v = ok(call(s, 'signatures.sign', { record: rec(id), signer: 'clerk:1', strokes: strokes(4), png: PNG }));
    expect([v.complete, v.open, v.locked?.at]).toEqual([true, false, expect.any(String)]);
    expect(ok(call(s, 'settlements.list', { caseId }))[0]).toMatchObject({ signatures: 6, locked: true });

    // locked: every write refused with LOCKED
    const locked = failed(
      call(s, 'settlements.save', { ...plan, id, status: 'concluded', concludedOn: '2026-01-05' }),
    );
    expect([locked.code, locked.message_zh]).toEqual([
      'LOCKED',
      '该执行和解协议已由全体人员签名（或拒绝签名）并锁定，不能再修改',
    ]);
    expect(failed(call(s, 'settlements.delete', { id })).code).toBe('LOCKED');
    // who signed a locked agreement does not change when the case's parties do
    ok(call(s, 'parties.add', { caseId, role: 'applicant', name: '李某某' }));
    v = ok(call(s, 'signatures.list', { record: rec(id) }));
    expect(v.signers.map((x) => x.key)).toEqual([
      'creditor:1',
      'debtor:1',
      'guarantor:1',
      'judge:1',
      'judge:2',
      'clerk:1',
    ]);

    const out = ok(call(s, 'documents.agreement', { settlementId: id }));
    const file = write(out.base64, 'signed.pdf');
    const text = flat(pdftotext(file));
    expect(text).not.toContain('草稿');
    expect(text).toContain('被执行人张某拒绝签名，理由：不同意耕牛作价');
    // 逐页签名: every page footer carries the participants (the refusal spelled out), then 第 x 页 共 y 页
    const pages = pdfPages(file);
    expect(pages).toBe(out.pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= pages; p++) {
      const page = flat(pdftotext(file, p));
      expect(page).toContain(`第${p}页共${pages}页`);
      expect(page).toContain('被执行人张某拒绝签名，理由：不同意耕牛作价');
    }
    const images =
      fs
        .readFileSync(file)
        .toString('latin1')
        .match(/\/Subtype \/Image/g) ?? [];
    expect(images.length).toBe(1); // one XObject, drawn on every footer and in the closing block
    expect(pdfsig(file).out).toContain('Signature is Valid');

    const db = new Database(s.dbFile, { readonly: true });
    expect(
      db
        .prepare(
          "SELECT json_extract(after_json, '$.draft') FROM audit_log WHERE entity = 'export' ORDER BY seq",
        )
        .pluck()
        .all(),
    ).toEqual([1, 0]);
    db.close();
  });

  it('a deleted case takes its settlements’ signatures with it (migration 010 trigger)', () => {
    const s = start();
    const { caseId, id } = cowAgreement(s);
    ok(call(s, 'signatures.sign', { record: rec(id), signer: 'creditor:1', strokes: strokes(), png: PNG }));
    ok(call(s, 'cases.delete', { id: caseId }));
    const db = new Database(s.dbFile, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM signatures WHERE record_kind = 'settlement'").pluck().get()).toBe(
      0,
    );
    db.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { verifyPdf } from '../../core/platform/documents/verify';
import { failed, ok, start } from '../support/harness';
import { flipSignedByte } from '../support/pdf-bytes';
import { flat, pdfPages, pdfsig, pdftotext, qpdfCheck, renderPage } from '../support/pdf-tools';
import { tempDir } from '../support/temp';
import { closedSession, PNG, strokes } from '../support/signing-helpers';

const rec = (id: number) => ({ kind: 'recon' as const, id });

function save(base64: string, name: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

describe('documents.reconMinutes: the 对账笔录 of a session, signed and registered', () => {
  it('prints a draft before signing, then the signed minutes with signatures on every page and the refusal', () => {
    const s = start();
    const { caseId, sessionId } = closedSession(s);

    const draft = ok(call(s, 'documents.reconMinutes', { sessionId }));
    expect(draft.fileName).toBe('(2020)E2执2号 对账笔录（草稿）.pdf');
    const draftText = flat(pdftotext(save(draft.base64, 'draft.pdf')));
    expect(draftText).toContain('对账笔录（草稿）');

    const signers = ok(call(s, 'signatures.list', { record: rec(sessionId) })).signers;
    for (const x of signers)
      if (x.role === 'debtor')
        ok(
          call(s, 'signatures.refuse', {
            record: rec(sessionId),
            signer: x.key,
            reason: '不认可付款日期的认定',
          }),
        );
      else
        ok(
          call(s, 'signatures.sign', { record: rec(sessionId), signer: x.key, strokes: strokes(), png: PNG }),
        );
    expect(ok(call(s, 'recon.get', { sessionId })).state).toBe('SIGNED');

    const out = ok(call(s, 'documents.reconMinutes', { sessionId }));
    expect(out.fileName).toBe('(2020)E2执2号 对账笔录.pdf');
    const file = save(out.base64, 'minutes.pdf');
    const text = flat(pdftotext(file));
    expect(text).not.toContain('草稿');
    for (const needle of [
      '示例市第一人民法院',
      '对账笔录',
      '(2020)E2执2号',
      // participants
      '申请执行人：某建材有限公司',
      '被执行人：张某某',
      '审判员：李法官',
      '书记员：刘书记',
      // the disputed payment: each party's position with its time (the test clock is 08:00 UTC = 16:00 Beijing)
      '2020-04-19以「自动履行」方式到位款项30,000.00元',
      '有异议，主张日期应为2020年4月1日。陈述：钱是4月1日打的（2026-01-2116:00）',
      '维持账面记载。理由：法院账户到账记录为2020年4月19日',
      // what the dispute is worth: 100000 × 0.000175 × 82 + 70000 × 0.000175 × 198 = 3860.50 against 3955.00
      '73,860.50-94.50',
      // outcome: the court's total and its 大写
      '被执行人尚欠债务合计73,955.00元（大写：人民币柒万叁仟玖佰伍拾伍元整）',
      '拒绝签名',
      '理由：不认可付款日期的认定',
    ])
      expect(text).toContain(needle.replace(/\s+/g, ''));

    // 逐页签名: every page has the footer with the refusal, and 第 x 页 共 y 页
    const pages = pdfPages(file);
    expect(pages).toBe(out.pages);
    for (let p = 1; p <= pages; p++) {
      const page = flat(pdftotext(file, p));
      expect(page).toContain(`第${p}页共${pages}页`);
      expect(page).toContain('本页签名：');
      expect(page).toContain('被执行人张某某拒绝签名，理由：不认可付款日期的认定');
    }
    // signature images: one per page footer for the creditor, plus creditor, judge and clerk in the closing block
    const images =
      fs
        .readFileSync(file)
        .toString('latin1')
        .match(/\/Subtype \/Image/g) ?? [];
    expect(images.length).toBe(1); // pdfkit embeds one XObject however often it is drawn (all signatures share the PNG here)

    expect(pdfsig(file).out).toContain('Signature is Valid');
    expect(qpdfCheck(file).code).toBe(0);
    const png = renderPage(file, 1, 'recon-minutes-page1');
    renderPage(file, pages, 'recon-minutes-last-page');
    expect(fs.statSync(png).size).toBeGreaterThan(20_000);

    // registered: verify finds it, kind 对账笔录
    const db = new Database(s.dbFile, { readonly: true });
    const v = verifyPdf(fs.readFileSync(file), db as never);
    const kinds = db.prepare('SELECT kind, case_id FROM export_register ORDER BY id').all();
    db.close();
    expect(v).toMatchObject({ intact: true, registered: true, kind: 'reconMinutes' });
    expect(v.message_zh).toContain('对账笔录');
    expect(kinds).toEqual([
      { kind: 'reconMinutes', case_id: caseId },
      { kind: 'reconMinutes', case_id: caseId },
    ]);
    const flipped = flipSignedByte(fs.readFileSync(file));
    const bad = save(flipped.toString('base64'), 'flipped.pdf');
    expect(pdfsig(bad).out).not.toContain('Signature is Valid');
    expect(ok(call(s, 'documents.verify', { base64: flipped.toString('base64') })).intact).toBe(false);
  });

  it('says the agreed total with its 大写 when nothing was disputed', () => {
    const s = start();
    const { sessionId } = closedSession(s, { dispute: false });
    const text = flat(
      pdftotext(save(ok(call(s, 'documents.reconMinutes', { sessionId })).base64, 'agreed.pdf')),
    );
    expect(text).toContain(
      '双方对全部对账项目均无异议，确认截至二〇二〇年十月十六日，被执行人尚欠债务合计73,955.00元（大写：人民币柒万叁仟玖佰伍拾伍元整）',
    );
    expect(text).toContain('双方对各项均无争议。');
    expect(text).toContain('对账笔录（草稿）');
  });

  it('refuses minutes for a session that has not started', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)示1号' }));
    const draft = ok(call(s, 'recon.create', { caseId: c.id }));
    expect(failed(call(s, 'documents.reconMinutes', { sessionId: draft.id })).message_zh).toContain(
      '尚未开始',
    );
    expect(failed(call(s, 'documents.reconMinutes', { sessionId: 999 })).code).toBe('NOT_FOUND');
  });
});

import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, type Services } from '../../core/platform/api/services';
import { ensureIdentity } from '../../core/platform/documents/identity';
import { buildPackage, type PackageFile } from '../../core/features/transfer/handlers/package';
import type { Manifest } from '../../core/features/transfer/manifest';
import { failed, ok, start } from '../support/harness';
import { trustDataDir, trustSender } from './trust';
import { PNG, strokes } from '../support/signing-helpers';
import { tempDir } from '../support/temp';
import { accountText, EXPORT, pdfText, rowCounts } from '../support/transfer-helpers';

const ORIGIN = { court: '示例市第一人民法院', caseNumber: '(2006)示1084执123号' };
const rec = (id: number) => ({ kind: 'settlement' as const, id });

/**
 * The sample case (judge 王某, clerk 刘某; 5,000.00 paid on 2026-01-09) with two settlements: one signed by
 * everyone but the debtor, who refused — 5,000 due 01-10 (paid), 3,000 due 01-15 (unpaid), 2,000 due 03-31,
 * no grace, so as of 2026-01-21 it is 违约 since 01-16 — and a draft still under negotiation.
 */
function withSettlements(s: Services) {
  const c = ok(call(s, 'cases.createSample', {}));
  const base = {
    caseId: c.id,
    acknowledged: { asOf: '2025-12-31', principal: '10000.00' },
    clauses: { graceDays: 0 },
  };
  const signed = ok(
    call(s, 'settlements.save', {
      ...base,
      title: '分三期付款',
      status: 'concluded',
      concludedOn: '2025-12-31',
      items: [
        { kind: 'lump', date: '2026-01-10', amount: '5000.00' },
        { kind: 'lump', date: '2026-01-15', amount: '3000.00' },
        { kind: 'lump', date: '2026-03-31', amount: '2000.00' },
      ],
    }),
  );
  ok(
    call(s, 'signatures.sign', {
      record: rec(signed.id),
      signer: 'creditor:1',
      strokes: strokes(),
      png: PNG,
    }),
  );
  ok(call(s, 'signatures.refuse', { record: rec(signed.id), signer: 'debtor:1', reason: '第二期金额过高' }));
  ok(
    call(s, 'signatures.sign', { record: rec(signed.id), signer: 'judge:1', strokes: strokes(1), png: PNG }),
  );
  const done = ok(
    call(s, 'signatures.sign', { record: rec(signed.id), signer: 'clerk:1', strokes: strokes(2), png: PNG }),
  );
  expect(done.locked).not.toBeNull();
  const draft = ok(
    call(s, 'settlements.save', {
      ...base,
      title: '以车抵债（协商中）',
      items: [{ kind: 'lump', date: '2026-02-01', amount: '1000.00' }],
    }),
  );
  return { caseId: c.id, signedId: signed.id, draftId: draft.id };
}

describe('settlements in a transferred case', () => {
  it('the 执行情况说明 lists them with their performance and 大写 amounts', () => {
    const a = start();
    const { caseId } = withSettlements(a);
    const text = accountText(a, caseId);
    for (const phrase of [
      '执行和解及履行情况',
      '1.分三期付款',
      '违约（已签名）',
      '约定应付合计10,000.00元（人民币壹万元整），截至二〇二六年一月二十一日已履行5,000.00元（人民币伍仟元整），未履行5,000.00元（人民币伍仟元整）；第2笔约定款项逾期未付，自二〇二六年一月十六日起构成违约；履行状态：违约。',
      '2.以车抵债（协商中）',
      '草稿，未签订',
      '尚在协商，未签订；草稿中应付合计10,000.00元（人民币壹万元整），履行计划合计1,000.00元（人民币壹仟元整）。',
    ])
      expect(text).toContain(phrase);
  });

  it('round trip: the package carries settlements.json and the signed agreement; import marks them as the original court’s', () => {
    const a = start();
    const { caseId, signedId } = withSettlements(a);
    const pkg = ok(call(a, 'transfer.export', { caseId, ...EXPORT }));
    const files = unzipSync(Buffer.from(pkg.base64, 'base64'));
    const agreementPath = `documents/settlement-${signedId}/(2006)示1084执123号 执行和解协议.pdf`;
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['settlements.json', agreementPath]));
    // only the concluded one has an agreement PDF; the draft travels as data
    expect(Object.keys(files).filter((p) => p.startsWith('documents/settlement-'))).toEqual([agreementPath]);
    expect(pkg.entries.map((e) => e.path)).toEqual(
      expect.arrayContaining(['settlements.json', agreementPath]),
    );
    const carried = JSON.parse(strFromU8(files['settlements.json']!)) as {
      title: string;
      signatures: { signerKey: string; outcome: string }[];
      locked: unknown;
      performance: unknown;
    }[];
    expect(
      carried.map((x) => [
        x.title,
        x.signatures.map((g) => `${g.signerKey}:${g.outcome}`),
        x.locked !== null,
      ]),
    ).toEqual([
      ['分三期付款', ['creditor:1:signed', 'debtor:1:refused', 'judge:1:signed', 'clerk:1:signed'], true],
      ['以车抵债（协商中）', [], false],
    ]);
    expect(carried[0]!.performance).toEqual({
      asOf: '2026-01-21',
      status: 'defaulted',
      paid: '5000.00',
      outstanding: '5000.00',
    });
    // the agreement PDF was made now, with the handwriting: final, the refusal spelled out
    const agreement = pdfText(files[agreementPath]!, 'agreement.pdf');
    expect(agreement).not.toContain('草稿');
    expect(agreement).toContain('被执行人张某某拒绝签名，理由：第二期金额过高');

    const b = start(tempDir());
    trustSender(b, a);
    const imported = ok(
      call(b, 'transfer.import', {
        base64: pkg.base64,
        caseNumber: '(2026)示01执1号',
        court: '示例市中级人民法院',
      }),
    );
    expect(imported).toMatchObject({ figuresMatch: true, settlements: 2 });
    const list = ok(call(b, 'settlements.list', { caseId: imported.caseId }));
    expect(list.map((x) => [x.title, x.status, x.agreedTotal, x.signatures, x.locked, x.origin])).toEqual([
      ['分三期付款', 'concluded', '10000.00', 4, true, ORIGIN],
      ['以车抵债（协商中）', 'draft', '10000.00', 0, false, ORIGIN],
    ]);
    const [mine, theirDraft] = list as [(typeof list)[0], (typeof list)[0]];
    // the signatures as they were made at the original court
    const view = ok(call(b, 'signatures.list', { record: rec(mine.id) }));
    expect(view.signers.map((x) => `${x.roleZh} ${x.name} ${x.status}`)).toEqual([
      '申请执行人 某建材有限公司 signed',
      '被执行人 张某某 refused',
      '审判员 王某 signed',
      '书记员 刘某 signed',
    ]);
    expect([view.open, view.complete, view.signers[0]!.png]).toEqual([false, true, PNG]);
    // read-only here: the locked one by its lock, the draft because the original court made it
    expect(failed(call(b, 'settlements.delete', { id: mine.id })).code).toBe('LOCKED');
    const edit = failed(call(b, 'settlements.delete', { id: theirDraft.id }));
    expect([edit.code, edit.message_zh]).toEqual([
      'LOCKED',
      '该和解协议系在原执行法院（示例市第一人民法院，(2006)示1084执123号）达成，随案移送，本院不能修改或删除',
    ]);
    expect(
      failed(
        call(b, 'signatures.sign', {
          record: rec(theirDraft.id),
          signer: 'creditor:1',
          strokes: strokes(),
          png: PNG,
        }),
      ).message_zh,
    ).toContain('原执行法院');
    // tracking on the carried ledger gives the same performance; the agreement re-made here keeps the handwriting
    expect(ok(call(b, 'settlements.track', { id: mine.id, asOf: '2026-01-21' }))).toMatchObject({
      status: 'defaulted',
      paid: '5000.00',
      outstanding: '5000.00',
      firstBreach: { seq: 2, date: '2026-01-16' },
    });
    const again = ok(call(b, 'documents.agreement', { settlementId: mine.id }));
    const text = pdfText(Buffer.from(again.base64, 'base64'), 'again.pdf');
    expect(text).not.toContain('草稿');
    expect(text).toContain('被执行人张某某拒绝签名，理由：第二期金额过高');
  });

  it('a package whose settlements.json is bad is refused as a whole: nothing written', () => {
    const a = start();
    const { caseId } = withSettlements(a);
    const pkg = ok(call(a, 'transfer.export', { caseId, ...EXPORT }));
    const files = unzipSync(Buffer.from(pkg.base64, 'base64'));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
    // A package that verifies (re-signed by another workstation) but carries a signature whose image
    // does not match its recorded hash.
    const carried = JSON.parse(strFromU8(files['settlements.json']!)) as {
      signatures: { png: string | null }[];
    }[];
    carried[0]!.signatures[0]!.png = Buffer.from('not a picture').toString('base64');
    const entries: PackageFile[] = manifest.entries.map((e) => ({
      path: e.path,
      kind: e.kind,
      bytes: e.path === 'settlements.json' ? strToU8(JSON.stringify(carried)) : files[e.path]!,
    }));
    const { entries: _e, signer: _s, ...rest } = manifest;
    const forger = tempDir();
    const forged = buildPackage(
      entries,
      rest,
      ensureIdentity(forger, { now: new Date('2026-01-21T00:00:00Z') }),
    );

    const b = start(tempDir());
    trustSender(b, a);
    // The forger's certificate is trusted here, so the refusal tested is the one after the signature.
    trustDataDir(b, forger);
    ok(call(b, 'cases.create', { caseNumber: '(2026)示01执9号' }));
    const before = rowCounts(b);
    const e = failed(
      call(b, 'transfer.import', {
        base64: Buffer.from(forged.bytes).toString('base64'),
        caseNumber: '(2026)示01执1号',
      }),
    );
    expect([e.code, e.details]).toEqual(['IMPORT_INVALID', { entry: 'settlements.json' }]);
    expect(e.message_zh).toBe(
      '移送案卷包中的「settlements.json」内容无效：0.signatures.0 签名图像不是 PNG 图像',
    );
    expect(rowCounts(b)).toEqual(before);
  });
});

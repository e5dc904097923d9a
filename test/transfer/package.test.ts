import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, type Services } from '../../core/platform/api/services';
import { failed, ok, start } from '../support/harness';
import { trustSender } from './trust';
import { tempDir } from '../support/temp';
import { rowCounts } from '../support/transfer-helpers';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The sample case with measures (a renewal chain, a release) and a reconciliation session. */
function seeded(s: Services) {
  const c = ok(call(s, 'cases.createSample', {}));
  const deposit = ok(
    call(s, 'measures.add', {
      caseId: c.id,
      kind: 'depositFreeze',
      object: '张某某在某银行的账户',
      rulingNumber: '(2006)示1084执123号之五',
      startDate: '2025-03-01',
    }),
  );
  ok(call(s, 'measures.renew', { id: deposit.id, rulingNumber: '(2006)示1084执123号之六' }));
  ok(
    call(s, 'measures.add', {
      caseId: c.id,
      kind: 'realEstateSeal',
      object: '某路 1 号 101 室',
      startDate: '2024-02-29',
    }),
  );
  const car = ok(
    call(s, 'measures.add', { caseId: c.id, kind: 'movableSeal', object: '轿车', startDate: '2024-06-01' }),
  );
  ok(call(s, 'measures.release', { id: car.id, releasedOn: '2025-01-10', note: '已拍卖' }));
  ok(
    call(s, 'measures.add', {
      caseId: c.id,
      kind: 'consumptionLimit',
      object: '张某某',
      startDate: '2020-05-01',
    }),
  );
  const session = ok(call(s, 'recon.create', { caseId: c.id }));
  ok(call(s, 'recon.addParticipant', { sessionId: session.id, role: 'judge', name: '王某' }));
  return c;
}

const EXPORT = {
  transferDate: '2026-01-21',
  decisionDate: '2026-01-19',
  receivingCourt: '示例市中级人民法院',
  pendingMatters: '不动产评估报告待送达被执行人。',
  asOf: '2026-01-21',
};

describe('transfer package round trip', () => {
  it('exports a seeded case, imports it into a fresh data folder, and the engine gives the same figures to the fen', () => {
    const a = start();
    const c = seeded(a);
    const original = ok(call(a, 'ledger.compute', { caseId: c.id, asOf: '2026-01-21', trace: false }));

    // The checklist: nothing blocks (the deposit renewal runs to 2027-02-28), the open session warns.
    const check = ok(
      call(a, 'transfer.checklist', { caseId: c.id, decisionDate: '2026-01-19', asOf: '2026-01-21' }),
    );
    expect(check.blocked).toBe(false);
    expect(check.deadline).toBe('2026-01-26');
    expect(check.items.map((i) => [i.code, i.level])).toEqual([
      ['sessionOpen', 'warn'],
      ['deadline', 'ok'],
    ]);

    const pkg = ok(call(a, 'transfer.export', { caseId: c.id, ...EXPORT }));
    expect(pkg.unrealised).toBe(original.balances.total);
    const files = unzipSync(Buffer.from(pkg.base64, 'base64'));
    expect(Object.keys(files).sort()).toEqual(
      [
        'case.json',
        'documents/(2006)示1084执123号 执行情况说明 截至2026-01-21.pdf',
        'documents/(2006)示1084执123号 迟延履行利息计算说明 截至2026-01-21.pdf',
        'exports.json',
        'ledger.json',
        'manifest.json',
        'manifest.sig',
        'measures.json',
        'rates.json',
        'reconciliation.json',
      ].sort(),
    );
    // Every entry's hash as the manifest states it, and as the export reports it.
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      entries: { path: string; sha256: string; size: number }[];
      unrealised: string;
    };
    expect(manifest.entries).toHaveLength(8);
    for (const e of manifest.entries) {
      expect(sha(files[e.path]!)).toBe(e.sha256);
      expect(files[e.path]!.length).toBe(e.size);
    }
    expect(pkg.entries).toEqual(manifest.entries.map(({ path, sha256, size }) => ({ path, sha256, size })));
    expect(pkg.sha256).toBe(sha(Buffer.from(pkg.base64, 'base64')));
    expect(manifest.unrealised).toBe(original.balances.total);

    // Another installation: another data folder, its own certificate.
    const b = start(tempDir());
    trustSender(b, a);
    const seen = ok(call(b, 'transfer.verify', { base64: pkg.base64 }));
    expect(seen).toMatchObject({
      originalCaseNumber: '(2006)示1084执123号',
      unrealised: original.balances.total,
    });
    const imported = ok(
      call(b, 'transfer.import', {
        base64: pkg.base64,
        caseNumber: '(2026)示01执1号',
        court: '示例市中级人民法院',
      }),
    );
    expect(imported).toMatchObject({ figuresMatch: true, recomputed: original.balances.total, measures: 5 });
    const again = ok(
      call(b, 'ledger.compute', { caseId: imported.caseId, asOf: '2026-01-21', trace: false }),
    );
    expect(again.balances).toEqual(original.balances);
    expect(again.allocations).toEqual(original.allocations);

    // The new case: linked to the original, measures carried with their chain, marked as the original court's.
    const list = ok(call(b, 'measures.list', { caseId: imported.caseId, asOf: '2026-01-21' })).measures;
    expect(list.map((m) => [m.kind, m.status, m.expiresOn, m.origin, m.originCourt])).toEqual([
      ['consumptionLimit', 'inForce', null, 'transferred', '示例市第一人民法院'],
      ['realEstateSeal', 'inForce', '2027-02-28', 'transferred', '示例市第一人民法院'],
      ['movableSeal', 'released', '2026-05-31', 'transferred', '示例市第一人民法院'],
      ['depositFreeze', 'renewed', '2026-02-28', 'transferred', '示例市第一人民法院'],
      ['depositFreeze', 'inForce', '2027-02-28', 'transferred', '示例市第一人民法院'],
    ]);
    const renewal = list[4]!;
    expect(renewal.renewsId).toBe(list[3]!.id);
    const transfers = ok(call(b, 'transfer.list', { caseId: imported.caseId }));
    expect(transfers).toEqual([
      expect.objectContaining({
        direction: 'in',
        originalCaseNumber: '(2006)示1084执123号',
        originalCourt: '示例市第一人民法院',
        unrealised: original.balances.total,
        packageSha256: pkg.sha256,
        debtorName: '张某某',
      }),
    ]);
    const detail = ok(call(b, 'cases.get', { id: imported.caseId }));
    expect(detail.parties.map((p) => [p.role, p.name])).toEqual([
      ['applicant', '某建材有限公司'],
      ['respondent', '张某某'],
    ]);
    expect(detail.payments.every((p) => p.note !== '')).toBe(true);
    // The sender recorded the package too.
    expect(ok(call(a, 'transfer.list', { caseId: c.id }))[0]).toMatchObject({
      direction: 'out',
      packageSha256: pkg.sha256,
    });

    // The same package again under the same number: refused, nothing written.
    const before = rowCounts(b);
    expect(
      failed(call(b, 'transfer.import', { base64: pkg.base64, caseNumber: '(2026)示01执1号' })).code,
    ).toBe('DUPLICATE');
    expect(rowCounts(b)).toEqual(before);

    // 集中执行: the debtor's two cases here (the received one and a second one of his), with totals.
    const other = ok(call(b, 'transfer.import', { base64: pkg.base64, caseNumber: '(2026)示01执2号' }));
    const groups = ok(call(b, 'transfer.debtors', { asOf: '2026-01-21' }));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      debtorName: '张某某',
      debtorIdNumber: '230xxxxxxxxxxx1234',
      incomplete: false,
    });
    expect(groups[0]!.cases.map((x) => x.caseId).sort()).toEqual([imported.caseId, other.caseId].sort());
    const total = groups[0]!.cases.reduce((s, x) => s + Math.round(Number(x.unrealised) * 100), 0);
    expect(groups[0]!.totalUnrealised).toBe((total / 100).toFixed(2));
  });

  it('refuses a package with one flipped byte, one with a missing file, and one with a changed manifest; nothing is written', () => {
    const a = start();
    const c = seeded(a);
    const pkg = ok(call(a, 'transfer.export', { caseId: c.id, ...EXPORT }));
    const bytes = Buffer.from(pkg.base64, 'base64');
    const b = start(tempDir());
    trustSender(b, a);
    ok(call(b, 'cases.create', { caseNumber: '(2026)示01执9号' }));
    const before = rowCounts(b);

    // One flipped byte inside ledger.json's data.
    const flipped = Buffer.from(bytes);
    const at = flipped.indexOf(Buffer.from('ledger.json')) + 'ledger.json'.length + 20;
    flipped[at] = flipped[at]! ^ 0x01;
    const e1 = failed(
      call(b, 'transfer.import', { base64: flipped.toString('base64'), caseNumber: '(2026)示01执1号' }),
    );
    expect(e1.code).toBe('IMPORT_INVALID');
    expect(e1.message_zh).toMatch(
      /^移送案卷包未通过核验：(文件「ledger\.json」已损坏|文件「ledger\.json」的校验值与清单不符)/,
    );
    expect(e1.details).toEqual({ entry: 'ledger.json' });

    // A missing file: measures.json left out, manifest and signature kept.
    const files = unzipSync(bytes);
    delete files['measures.json'];
    const missing = Buffer.from(zipSync(files)).toString('base64');
    const e2 = failed(call(b, 'transfer.import', { base64: missing, caseNumber: '(2026)示01执1号' }));
    expect(e2.message_zh).toBe('移送案卷包未通过核验：案卷包缺少文件「measures.json」，可能不完整');

    // A manifest that says something else (the amount): its signature no longer verifies.
    const again = unzipSync(bytes);
    again['manifest.json'] = strToU8(
      strFromU8(again['manifest.json']!).replace(/"unrealised": "[0-9.]+"/, '"unrealised": "1.00"'),
    );
    const e3 = failed(
      call(b, 'transfer.import', { base64: Buffer.from(zipSync(again)).toString('base64'), caseNumber: 'x' }),
    );
    expect(e3.message_zh).toBe(
      '移送案卷包未通过核验：清单文件「manifest.json」的数字签名验证未通过，案卷包可能已被篡改',
    );

    // Truncated in transit.
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2)).toString('base64');
    const e4 = failed(call(b, 'transfer.import', { base64: cut, caseNumber: '(2026)示01执1号' }));
    expect(e4.code).toBe('IMPORT_INVALID');
    expect(failed(call(b, 'transfer.verify', { base64: cut })).code).toBe('IMPORT_INVALID');

    expect(rowCounts(b)).toEqual(before);
  });

  it('blocks the export while a measure expires within 30 days unless acknowledged; warns when the 7 days are past', () => {
    const a = start();
    const c = seeded(a);
    const m = ok(
      call(a, 'measures.add', {
        caseId: c.id,
        kind: 'depositFreeze',
        object: '另一账户',
        startDate: '2025-02-10',
      }),
    );
    const before = rowCounts(a);
    const refused = failed(
      call(a, 'transfer.export', { caseId: c.id, ...EXPORT, decisionDate: '2026-01-10' }),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message_zh).toBe(
      '移送前检查未通过：冻结存款「另一账户」将于 2026-02-09 到期（还剩 19 天），移送前应由本院办理续行',
    );
    expect(rowCounts(a)).toEqual(before);
    const pkg = ok(
      call(a, 'transfer.export', {
        caseId: c.id,
        ...EXPORT,
        decisionDate: '2026-01-10',
        acknowledgeExpiring: true,
      }),
    );
    expect(pkg.checklist.map((i) => [i.code, i.level, i.ref ?? null])).toEqual([
      ['measureExpiring', 'warn', m.id],
      ['sessionOpen', 'warn', expect.any(Number)],
      ['deadlineOverdue', 'warn', null],
    ]);
    expect(pkg.checklist[2]!.zh).toBe('已超过移送期限：应于 2026-01-17 前移送（逾期 4 天）');
  });

  it('the 执行情况说明 is a signed PDF with the unrealised amount and the measures in force', async () => {
    const a = start();
    const c = seeded(a);
    const original = ok(call(a, 'ledger.compute', { caseId: c.id, asOf: '2026-01-21', trace: false }));
    const { asOf: _asOf, ...fields } = EXPORT;
    const doc = ok(
      call(a, 'documents.statusAccount', {
        caseId: c.id,
        ...fields,
        legalDocument: '(2005)示1084民初88号民事判决书',
      }),
    );
    expect(doc.fileName).toBe('(2006)示1084执123号 执行情况说明 截至2026-01-21.pdf');
    const verified = ok(call(a, 'documents.verify', { base64: doc.base64 }));
    expect(verified).toMatchObject({ intact: true, registered: true, kind: 'statusAccount' });
    const file = path.join(tempDir(), 'account.pdf');
    writeFileSync(file, Buffer.from(doc.base64, 'base64'));
    // Whitespace removed: pdftotext breaks the justified lines anywhere.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const [int, frac] = original.balances.total.split('.') as [string, string];
    const grouped = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
    expect(text).toContain('执行情况说明');
    expect(text).toContain('(2005)示1084民初88号民事判决书');
    expect(text).toContain(`未执行到位金额合计${grouped}元`);
    expect(text).toContain('查封不动产');
    expect(text).toContain('2024-02-29至2027-02-28');
    expect(text).toContain('不动产评估报告待送达被执行人。');
    // the released car is not among the measures in force
    expect(text).not.toContain('轿车');
  });
});

describe('transfer import on an installation with other LPR fixings', () => {
  it('opens the case but reports that the figures differ, with both amounts', () => {
    const a = start();
    const c = ok(call(a, 'cases.create', { caseNumber: '(2025)黑1084执7号', asOf: '2026-01-21' }));
    ok(
      call(a, 'parties.add', {
        caseId: c.id,
        role: 'respondent',
        name: '李某',
        idNumber: '230000000000000001',
      }),
    );
    const ledger = {
      format: 'hearing-desk/ledger@1',
      obligations: [
        { id: 'P', kind: 'principal', label: '借款本金', amount: '100000.00', due: '2025-01-10' },
        {
          id: 'I',
          kind: 'interestRunning',
          label: '利息',
          base: 'P',
          schedule: { type: 'lpr1y' },
          from: '2025-01-10',
        },
      ],
      payments: [{ id: 'p1', date: '2025-08-01', amount: '20000.00', kind: '划拨' }],
    };
    ok(call(a, 'ledger.import', { caseId: c.id, text: JSON.stringify(ledger) }));
    ok(call(a, 'rates.addLpr', { from: '2025-06-20', oneYear: '2.50', over5y: '3.00', source: '测试录入' }));
    const sent = ok(call(a, 'ledger.compute', { caseId: c.id, asOf: '2026-01-21', trace: false }));
    const pkg = ok(call(a, 'transfer.export', { caseId: c.id, ...EXPORT }));
    expect(pkg.unrealised).toBe(sent.balances.total);

    const b = start(tempDir());
    trustSender(b, a);
    const imported = ok(call(b, 'transfer.import', { base64: pkg.base64, caseNumber: '(2026)黑01执3号' }));
    const here = ok(call(b, 'ledger.compute', { caseId: imported.caseId, asOf: '2026-01-21', trace: false }));
    expect(imported.unrealised).toBe(sent.balances.total);
    expect(imported.recomputed).toBe(here.balances.total);
    // Without the 2025-06-20 fixing the receiving installation carries the older LPR forward: other figures.
    expect(sent.balances.total).toBe('88673.92');
    expect(imported).toMatchObject({ figuresMatch: false, unrealised: '88673.92', recomputed: '88932.54' });
    expect(here.balances.total).toBe('88932.54');
    // With the same fixing entered here, the engine reproduces the sender's figures to the fen.
    ok(call(b, 'rates.addLpr', { from: '2025-06-20', oneYear: '2.50', over5y: '3.00', source: '测试录入' }));
    const fixed = ok(
      call(b, 'ledger.compute', { caseId: imported.caseId, asOf: '2026-01-21', trace: false }),
    );
    expect(fixed.balances).toEqual(sent.balances);
  });
});

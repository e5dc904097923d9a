import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { failed, ok, start } from '../support/harness';
import { flat, pdfPages, pdfsig, pdftotext } from '../support/pdf-tools';
import { PNG, strokes } from '../support/signing-helpers';
import { tempDir } from '../support/temp';
import { finishedHearing, signHearing } from '../support/hearing-helpers';

/** Issues 5 and 6: the 听证笔录 signed by hand in court order, locked, and printed with the signatures. */

function save(base64: string, name: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

function exportAudits(dbFile: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (
      db
        .prepare("SELECT after_json FROM audit_log WHERE entity = 'export' ORDER BY seq")
        .pluck()
        .all() as string[]
    ).map((j) => JSON.parse(j) as { kind: string; masked: boolean; sha256: string; hearingId: number });
  } finally {
    db.close();
  }
}

describe('hearing signatures through the API', () => {
  it('signs in court order, freezes the record at the first signature, locks and SIGNS at the last', () => {
    const s = start();
    const { hearingId, view } = finishedHearing(s);
    const record = { kind: 'hearing' as const, id: hearingId };
    const list = ok(call(s, 'signatures.list', { record }));
    // Court order, whatever the registration order: petitioner, agent, the panel as registered, presiding, clerk.
    expect(list.signers.map((x) => [x.stage, x.roleZh, x.name.slice(0, 4)])).toEqual([
      ['participant', '申请人', '王某（电'],
      ['participant', '委托代理人', '钱律师'],
      ['participant', '听证员', '张代表'],
      ['participant', '听证员', '陈律师'],
      ['judge', '审判长/主持人', '李审判长'],
      ['clerk', '书记员', '赵书记员'],
    ]);
    const petitioner = view.attendees.find((a) => a.kind === 'petitioner')!;
    expect(list).toMatchObject({ open: true, complete: false, next: `attendee:${petitioner.id}` });

    // Out of turn: the clerk cannot sign first.
    const clerk = list.signers.at(-1)!;
    expect(
      failed(call(s, 'signatures.sign', { record, signer: clerk.key, strokes: strokes(), png: PNG })),
    ).toMatchObject({ code: 'CONFLICT' });

    // The petitioner signs: from now on the record cannot change (LOCKED), though the hearing is not SIGNED.
    ok(call(s, 'signatures.sign', { record, signer: list.signers[0]!.key, strokes: strokes(), png: PNG }));
    const frozen = failed(call(s, 'hearings.update', { hearingId, type: '执行听证', title: '改名' }));
    expect(frozen).toMatchObject({ code: 'LOCKED' });
    expect(frozen.message_zh).toBe('该听证笔录已有 1 人签名（或拒绝签名），内容不能再修改');

    // The rest: the agent refuses with a reason; everyone else signs.
    const rest = list.signers.slice(1);
    for (const x of rest)
      if (x.role === 'agent')
        ok(call(s, 'signatures.refuse', { record, signer: x.key, reason: '不认可听证结论' }));
      else ok(call(s, 'signatures.sign', { record, signer: x.key, strokes: strokes(), png: PNG }));

    const done = ok(call(s, 'signatures.list', { record }));
    expect(done).toMatchObject({ complete: true, open: false, next: null });
    expect(done.locked).not.toBeNull();
    expect(done.signers.map((x) => x.status)).toEqual([
      'signed',
      'refused',
      'signed',
      'signed',
      'signed',
      'signed',
    ]);
    expect(ok(call(s, 'hearings.get', { hearingId })).state).toBe('SIGNED');

    // Every write of the hearing is refused with LOCKED and nothing is written.
    const item = view.items[0]!;
    const attachment = item.attachments[0]!;
    const before = ok(call(s, 'hearings.get', { hearingId }));
    const attempts = [
      call(s, 'hearings.addItem', {
        hearingId,
        name: '新物品',
        quantity: '1',
        unit: '件',
        measure: '查封',
      }),
      call(s, 'hearings.updateItem', { itemId: item.id, ...item.fields, name: '改名' }),
      call(s, 'hearings.deleteItem', { itemId: view.items[2]!.id }),
      call(s, 'hearings.addAttendee', { hearingId, kind: 'panel', name: '新听证员', panelRole: '其他' }),
      call(s, 'hearings.removeAttachment', { attachmentId: attachment.id }),
      call(s, 'hearings.annotate', {
        attachmentId: attachment.id,
        annotations: [{ kind: 'circle', x: 0.5, y: 0.5, x2: 0.6, y2: 0.6, text: '', colour: '#d32f2f' }],
      }),
      call(s, 'hearings.respond', { itemId: item.id, stance: 'objects', statement: '改口' }),
      call(s, 'hearings.conclude', { hearingId, conclusion: '改' }),
      call(s, 'hearings.update', { hearingId, type: '执行听证' }),
    ];
    for (const r of attempts) expect(failed(r)).toMatchObject({ code: 'LOCKED' });
    expect(failed(attempts[0]!).message_zh).toBe(
      '该听证笔录已由全体人员签名（或拒绝签名）并锁定，不能再修改',
    );
    expect(ok(call(s, 'hearings.get', { hearingId }))).toEqual(before);
  });

  it('prints the final 听证笔录 with the signatures on every page footer and in the closing block', () => {
    const s = start();
    const { hearingId } = finishedHearing(s);
    // Final minutes are refused until SIGNED.
    expect(failed(call(s, 'hearings.minutes', { hearingId, final: true })).code).toBe('CONFLICT');
    signHearing(s, hearingId);

    const out = ok(call(s, 'hearings.minutes', { hearingId, final: true }));
    expect(out.fileName).toBe('(2024)黑1084执12号 听证笔录.pdf');
    const file = save(out.base64, 'hearing-minutes.pdf');
    const text = flat(pdftotext(file));
    expect(text).not.toContain('草稿');
    for (const needle of [
      '听证笔录',
      '申请人：王某（电话139****5678，身份证110***********1234）',
      '委托代理人：钱律师',
      '听证员（人大代表）：张代表',
      '对该项有异议：数量不对，联系电话138****1111',
      '结论',
      '维持原执行行为',
      '委托代理人钱律师拒绝签名',
      '理由：不认可听证结论',
    ])
      expect(text).toContain(flat(needle));
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('13800001111');

    // 逐页签名: every page footer carries the petitioner's signature row and the agent's refusal.
    const pages = pdfPages(file);
    expect(pages).toBe(out.pages);
    for (let p = 1; p <= pages; p++) {
      const page = flat(pdftotext(file, p));
      expect(page).toContain(`第${p}页共${pages}页`);
      expect(page).toContain('本页签名：');
      expect(page).toContain('委托代理人钱律师拒绝签名，理由：不认可听证结论');
    }
    // The handwritten PNG is embedded (pdfkit stores one XObject however often it is drawn).
    const images =
      fs
        .readFileSync(file)
        .toString('latin1')
        .match(/\/Subtype \/Image/g) ?? [];
    expect(images.length).toBe(1);
    expect(pdfsig(file).out).toContain('Signature is Valid');

    // The choice to show identity and phone numbers holds for one document and is audited.
    const shown = ok(call(s, 'hearings.minutes', { hearingId, final: true, reveal: true }));
    const shownText = flat(pdftotext(save(shown.base64, 'shown.pdf')));
    expect(shownText).toContain('13912345678');
    expect(shownText).toContain('110101199003071234');
    expect(shownText).toContain('13800001111');
    expect(exportAudits(s.dbFile).map((a) => [a.kind, a.hearingId, a.masked, a.sha256])).toEqual([
      ['hearingMinutes', hearingId, true, out.sha256],
      ['hearingMinutes', hearingId, false, shown.sha256],
    ]);
  });

  it('is not open for signatures before the hearing is finished', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2024)黑1084执13号' }));
    const h = ok(call(s, 'hearings.create', { caseId: c.id, type: '执行听证' }));
    const a = ok(call(s, 'hearings.addAttendee', { hearingId: h.id, kind: 'petitioner', name: '王某' }));
    const record = { kind: 'hearing' as const, id: h.id };
    expect(ok(call(s, 'signatures.list', { record })).open).toBe(false);
    const refused = failed(
      call(s, 'signatures.sign', {
        record,
        signer: `attendee:${a.attendees[0]!.id}`,
        strokes: strokes(),
        png: PNG,
      }),
    );
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message_zh: '听证结束（进入「待签名」）后才能签名',
    });
  });
});

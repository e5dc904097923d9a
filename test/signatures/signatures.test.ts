import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { failed, ok, start } from '../support/harness';
import { closedSession, PNG, strokes } from '../support/signing-helpers';

const rec = (id: number) => ({ kind: 'recon' as const, id });

describe('signatures on a reconciliation session, through the API on real SQLite', () => {
  it('signs in court order, records a refusal, locks the session and refuses every edit after', () => {
    const s = start();
    const { sessionId } = closedSession(s);
    let v = ok(call(s, 'signatures.list', { record: rec(sessionId) }));
    expect(v.open).toBe(true);
    expect(v.signers.map((x) => `${x.roleZh} ${x.name} ${x.stage}`)).toEqual([
      '申请执行人 某建材有限公司 participant',
      '被执行人 张某某 participant',
      '审判员 李法官 judge',
      '书记员 刘书记 clerk',
    ]);
    const [creditor, debtor, judge, clerk] = v.signers.map((x) => x.key) as [string, string, string, string];
    expect(v.next).toBe(creditor);

    // the judge cannot sign before the parties
    const early = failed(
      call(s, 'signatures.sign', { record: rec(sessionId), signer: judge, strokes: strokes(), png: PNG }),
    );
    expect([early.code, early.message_zh]).toEqual(['CONFLICT', expect.stringContaining('尚未轮到')]);

    v = ok(
      call(s, 'signatures.sign', { record: rec(sessionId), signer: creditor, strokes: strokes(), png: PNG }),
    );
    expect(v.signers[0]).toMatchObject({ status: 'signed', png: PNG, at: expect.any(String) });
    expect(v.next).toBe(debtor);

    // the debtor refuses, with a reason
    expect(
      failed(call(s, 'signatures.refuse', { record: rec(sessionId), signer: debtor, reason: '' })).code,
    ).toBe('VALIDATION_FAILED');
    v = ok(
      call(s, 'signatures.refuse', {
        record: rec(sessionId),
        signer: debtor,
        reason: '不认可法院对付款日期的认定',
      }),
    );
    expect(v.signers[1]).toMatchObject({
      status: 'refused',
      reason: '不认可法院对付款日期的认定',
      png: null,
    });
    // the judge may not refuse
    expect(
      failed(call(s, 'signatures.refuse', { record: rec(sessionId), signer: judge, reason: '不签' }))
        .message_zh,
    ).toContain('只有当事人');
    ok(call(s, 'signatures.sign', { record: rec(sessionId), signer: judge, strokes: strokes(1), png: PNG }));
    expect(ok(call(s, 'recon.get', { sessionId })).state).toBe('AWAITING_SIGNATURES');
    v = ok(
      call(s, 'signatures.sign', { record: rec(sessionId), signer: clerk, strokes: strokes(2), png: PNG }),
    );
    expect(v).toMatchObject({ complete: true, next: null, open: false, locked: { at: expect.any(String) } });
    expect(ok(call(s, 'recon.get', { sessionId })).state).toBe('SIGNED');

    // locked: every write on the session is refused with LOCKED, nothing is written
    const before = new Database(s.dbFile, { readonly: true });
    const auditRows = before.prepare('SELECT count(*) FROM audit_log').pluck().get();
    before.close();
    for (const attempt of [
      call(s, 'recon.addParticipant', { sessionId, role: 'clerk', name: '另一书记员' }),
      call(s, 'recon.finding', { sessionId, entryKey: 'payment:p1', adopt: 'debtor', reason: '改判' }),
      call(s, 'recon.unlock', { sessionId, entryKey: 'obligation:P', reason: '重新核对' }),
      call(s, 'recon.position', { sessionId, entryKey: 'balance', side: 'debtor', stance: 'dispute' }),
      call(s, 'recon.close', { sessionId }),
      call(s, 'signatures.sign', { record: rec(sessionId), signer: clerk, strokes: strokes(), png: PNG }),
    ]) {
      const e = failed(attempt);
      expect(e.code).toBe('LOCKED');
      expect(e.message_zh).toBe('该对账笔录已由全体人员签名（或拒绝签名）并锁定，不能再修改');
    }
    const after = new Database(s.dbFile, { readonly: true });
    expect(after.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditRows);
    const rows = after
      .prepare(
        "SELECT signer_key, outcome, length(png) > 0 AS has_png, json_array_length(strokes_json) AS n FROM signatures WHERE record_kind = 'recon' ORDER BY id",
      )
      .all();
    const audit = after
      .prepare("SELECT entity, after_json FROM audit_log WHERE entity IN ('signature', 'lock') ORDER BY seq")
      .all() as { entity: string; after_json: string }[];
    // signatures are evidence: no rewriting
    expect(() => new Database(s.dbFile).prepare("UPDATE signatures SET reason = 'x'").run()).toThrow(
      'append-only',
    );
    after.close();
    expect(rows).toEqual([
      { signer_key: creditor, outcome: 'signed', has_png: 1, n: 1 },
      { signer_key: debtor, outcome: 'refused', has_png: null, n: null },
      { signer_key: judge, outcome: 'signed', has_png: 1, n: 1 },
      { signer_key: clerk, outcome: 'signed', has_png: 1, n: 1 },
    ]);
    expect(audit.map((a) => a.entity)).toEqual(['signature', 'signature', 'signature', 'signature', 'lock']);
    expect(JSON.parse(audit[1]!.after_json)).toMatchObject({
      outcome: 'refused',
      reason: '不认可法院对付款日期的认定',
    });
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({
      points: 12,
      pngSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('refuses signatures before the session is closed, and bad strokes or images', () => {
    const s = start();
    const { sessionId } = closedSession(s, { close: false });
    const v = ok(call(s, 'signatures.list', { record: rec(sessionId) }));
    expect(v.open).toBe(false);
    const first = v.signers[0]!.key;
    expect(
      failed(
        call(s, 'signatures.sign', { record: rec(sessionId), signer: first, strokes: strokes(), png: PNG }),
      ).message_zh,
    ).toContain('尚未结束');
    ok(call(s, 'recon.close', { sessionId }));
    const sign = (input: { strokes?: unknown; png?: string }) =>
      failed(
        call(s, 'signatures.sign', {
          record: rec(sessionId),
          signer: first,
          strokes: (input.strokes ?? strokes()) as ReturnType<typeof strokes>,
          png: input.png ?? PNG,
        }),
      );
    expect(sign({ strokes: [] }).message_zh).toBe('签名笔迹：尚未签名（签名板上没有笔迹）');
    expect(sign({ strokes: [{ points: [{ x: -5, y: 1, pressure: 0.5, time: 1 }] }] }).message_zh).toContain(
      '超出签名板',
    );
    expect(sign({ strokes: [{ points: [{ x: 5, y: 1, pressure: 0.5, time: 1, z: 3 }] }] }).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      sign({ png: Buffer.from('GIF89a not a png at all, padded to be long').toString('base64') }).message_zh,
    ).toBe('签名图像：不是 PNG 图像');
    expect(sign({ png: Buffer.alloc(1_000_001, 1).toString('base64') }).code).toBe('VALIDATION_FAILED');
    // a PNG that claims to be 100000 pixels wide
    const huge = Buffer.from(PNG, 'base64');
    huge.writeUInt32BE(100_000, 16);
    expect(sign({ png: huge.toString('base64') }).message_zh).toBe('签名图像：图像尺寸不合理');
    expect(
      failed(
        call(s, 'signatures.sign', {
          record: rec(sessionId),
          signer: 'participant:999',
          strokes: strokes(),
          png: PNG,
        }),
      ).message_zh,
    ).toBe('该人员不在签名名单中');
    expect(failed(call(s, 'signatures.list', { record: rec(999) })).code).toBe('NOT_FOUND');
    expect(failed(call(s, 'signatures.list', { record: { kind: 'hearing', id: 1 } })).code).toBe('NOT_FOUND');
    // nothing was written by the failures
    expect(
      ok(call(s, 'signatures.list', { record: rec(sessionId) })).signers.every((x) => x.status === 'pending'),
    ).toBe(true);
  });

  it('a deleted case takes its session signatures and lock along, so a reused id starts clean', () => {
    const s = start();
    const { caseId, sessionId } = closedSession(s);
    const v = ok(call(s, 'signatures.list', { record: rec(sessionId) }));
    for (const x of v.signers)
      ok(call(s, 'signatures.sign', { record: rec(sessionId), signer: x.key, strokes: strokes(), png: PNG }));
    ok(call(s, 'cases.delete', { id: caseId }));
    const db = new Database(s.dbFile, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM signatures').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM record_locks').pluck().get()).toBe(0);
    db.close();
  });
});

describe('content frozen from the first signature', () => {
  it('refuses a change of the court finding once a party has signed, though the lock is not written yet', () => {
    const s = start();
    const { sessionId } = closedSession(s);
    // once closed, the outcome stands: a new finding is refused by the session's state before anyone signs
    expect(
      failed(
        call(s, 'recon.finding', {
          sessionId,
          entryKey: 'payment:p1',
          adopt: 'record',
          reason: '核对后维持',
        }),
      ).code,
    ).toBe('CONFLICT');
    const first = ok(call(s, 'signatures.list', { record: rec(sessionId) })).signers[0]!.key;
    ok(call(s, 'signatures.sign', { record: rec(sessionId), signer: first, strokes: strokes(), png: PNG }));
    const e = failed(
      call(s, 'recon.finding', { sessionId, entryKey: 'payment:p1', adopt: 'debtor', reason: '改判' }),
    );
    expect([e.code, e.message_zh]).toEqual([
      'LOCKED',
      '该对账笔录已有 1 人签名（或拒绝签名），内容不能再修改',
    ]);
    expect(ok(call(s, 'signatures.list', { record: rec(sessionId) })).locked).toBeNull();
  });
});

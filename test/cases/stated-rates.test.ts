import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import fs from 'node:fs';
import path from 'node:path';
import { failed, ok, start } from '../support/harness';
import { flat, pdftotext } from '../support/pdf-tools';
import { tempDir } from '../support/temp';

/** Issue 16 item 1: a rate cannot be stored meaning something else than the judgment says. */
function setup() {
  const s = start();
  const c = ok(call(s, 'cases.create', { caseNumber: '(2006)黑1084执123号', asOf: '2007-05-10' }));
  ok(
    call(s, 'obligations.add', {
      caseId: c.id,
      code: 'P',
      kind: 'principal',
      amount: '830000.00',
      due: '2006-03-15',
    }),
  );
  const interest = (schedule: Record<string, unknown>) =>
    call(s, 'obligations.add', {
      caseId: c.id,
      code: 'I',
      kind: 'interestRunning',
      base: 'P',
      schedule: schedule as never,
      from: '2006-06-30',
    });
  return { s, caseId: c.id, interest };
}

describe('rates as the judgment states them, through the API', () => {
  it('年利率 6 typed as a fraction (600 % a year) is refused, with the unit named', () => {
    const { interest } = setup();
    const error = failed(interest({ type: 'fixed', annual: '6' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message_zh).toContain('年利率达到或超过 100%');
  });

  it('a fraction that disagrees with the stated rate is refused', () => {
    const { interest } = setup();
    const error = failed(
      interest({ type: 'fixed', annual: '0.6', stated: { form: 'annualPct', value: '6' } }),
    );
    expect(error.message_zh).toContain('判决表述的利率与计算用的利率不一致');
  });

  it('stores the stated rate exactly and computes with it: 830,000.00 × 6 % × 314 ÷ 360 = 43,436.67', () => {
    const { s, caseId, interest } = setup();
    const saved = ok(interest({ type: 'fixed', annual: '0.06', stated: { form: 'annualPct', value: '6' } }));
    expect(saved.schedule).toEqual({
      type: 'fixed',
      annual: '0.06',
      stated: { form: 'annualPct', value: '6' },
    });
    const view = ok(call(s, 'ledger.compute', { caseId, trace: true }));
    // (2006-06-30, 2007-05-10]: 314 days
    expect(view.balances.generalInterest).toBe('43436.67');
    expect(view.trace.some((t) => t.court?.includes('2006年7月1日至2007年5月10日'))).toBe(true);
  });

  it('LPR plus basis points is kept as the judgment says it', () => {
    const { s, caseId } = setup();
    const saved = ok(
      call(s, 'obligations.add', {
        caseId,
        code: 'L',
        kind: 'interestRunning',
        base: 'P',
        schedule: { type: 'lpr1y', addBp: '50', stated: { form: 'lprPlusBp', value: '50' } },
        from: '2020-01-01',
      }),
    );
    expect(saved.schedule).toMatchObject({ addBp: '50', stated: { form: 'lprPlusBp', value: '50' } });
  });

  it('warns on screen and in the statement when doubled interest exceeds the principal', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2015)示1号', asOf: '2031-01-10' }));
    ok(call(s, 'obligations.add', { caseId: c.id, kind: 'principal', amount: '1000.00', due: '2015-01-10' }));
    // 1,000.00 × 0.000175 × 5,844 days (2015-01-10 … 2031-01-10) = 1,022.70 > 1,000.00
    const view = ok(call(s, 'ledger.compute', { caseId: c.id, trace: false }));
    expect(view.balances.doubled).toBe('1022.70');
    expect(view.doubledOverPrincipal).toEqual({ doubled: '1022.70', principal: '1000.00' });
    const earlier = ok(call(s, 'ledger.compute', { caseId: c.id, asOf: '2030-01-10', trace: false }));
    expect(earlier.doubledOverPrincipal).toBeNull();
    const file = path.join(tempDir(), 'warned.pdf');
    fs.writeFileSync(
      file,
      Buffer.from(ok(call(s, 'documents.statement', { caseId: c.id })).base64, 'base64'),
    );
    expect(flat(pdftotext(file))).toContain(
      flat('提示：累计加倍部分债务利息 1,022.70 元已超过本金 1,000.00 元'),
    );
  });
});

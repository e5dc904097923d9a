import { describe, expect, it } from 'vitest';
import { formatAmount, formatSigned } from '../../renderer/ui/lib/money';
import {
  asPresenterSession,
  claimFromValues,
  entryRef,
  orderChoiceOf,
  claimParts,
  clampCursor,
  keyAction,
  suggestedParticipants,
  totalsDiffer,
} from '../../renderer/features/recon/recon';
import { hrefFor, parseRoute } from '../../renderer/app/route';
import { toWall } from '../../renderer/features/recon/Presenter';
import { isStaleCode } from '../../renderer/features/recon/useSession';
import { speakersOf } from '../../renderer/features/recon/SidesPanel';

describe('reconciliation screen helpers for per-person positions and a stale page', () => {
  it('orders the speakers applicant side, respondent side, 利害关系人, and leaves the court out', () => {
    const p = (id: number, role: string, position: number) =>
      ({ id, sessionId: 1, role, name: `n${id}`, position }) as never;
    expect(
      speakersOf([
        p(1, 'judge', 1),
        p(2, 'interested', 2),
        p(3, 'debtorAgent', 3),
        p(4, 'debtor', 4),
        p(5, 'creditor', 5),
      ]).map((x: { id: number }) => x.id),
    ).toEqual([5, 3, 4, 2]);
  });
  it('treats a host that is gone or another launch as stale, and a refusal as not', () => {
    expect(isStaleCode('NETWORK')).toBe(true);
    expect(isStaleCode('UNAUTHORIZED')).toBe(true);
    expect(isStaleCode('CONFLICT')).toBe(false);
    expect(keyAction({ key: 'r' })).toBe('rest');
  });
});

describe('reconciliation route', () => {
  it('parses and builds #/case/<id>/recon/<sessionId>', () => {
    expect(parseRoute('#/case/12/recon/3')).toEqual({ name: 'recon', caseId: 12, sessionId: 3 });
    expect(hrefFor({ name: 'recon', caseId: 12, sessionId: 3 })).toBe('#/case/12/recon/3');
    expect(parseRoute('#/case/12/recon/')).toEqual({ name: 'cases' });
    expect(parseRoute('#/case/12')).toEqual({ name: 'case', id: 12 });
  });
});

describe('signed amounts', () => {
  it('formats differences with their sign, exactly', () => {
    expect(formatAmount('-1234.5')).toBe('-1,234.50');
    expect(formatSigned('1234.56')).toBe('+1,234.56');
    expect(formatSigned('-94.50')).toBe('-94.50');
    expect(formatSigned('0.00')).toBe('0.00');
    expect(formatSigned('-0.00')).toBe('0.00');
    expect(formatSigned('abc')).toBe('abc');
  });
});

describe('claims and labels', () => {
  it('builds a claim from the form: denial wins, nothing filled is no claim', () => {
    expect(claimFromValues({ date: ' 2020-04-01 ', amount: '', removed: false, order: '' })).toEqual({
      date: '2020-04-01',
    });
    expect(
      claimFromValues({ date: '2020-04-01', amount: '35000.00', removed: true, order: 'principalFirst' }),
    ).toEqual({ removed: true });
    expect(claimFromValues({ date: '', amount: '  ', removed: false, order: '' })).toBeNull();
    expect(claimFromValues({ date: '', amount: '', removed: false, order: 'doubledFirst' })).toEqual({
      order: ['doubled', 'fee', 'generalInterest', 'principal', 'oldDelay'],
    });
    expect(orderChoiceOf(['doubled', 'fee', 'generalInterest', 'principal', 'oldDelay'])).toBe(
      'doubledFirst',
    );
    expect(orderChoiceOf('proportional')).toBe('proportional');
    expect(orderChoiceOf(['fee', 'doubled', 'generalInterest', 'principal', 'oldDelay'])).toBeNull();
  });
  it('names what a claim contests', () => {
    expect(claimParts({ date: '2020-04-01', amount: '1.00' })).toEqual(['date', 'amount']);
    expect(claimParts({ removed: true, date: '2020-04-01' })).toEqual(['removed']);
    expect(claimParts({ date: '2020-04-01', order: 'interestFirst' })).toEqual(['date', 'order']);
    expect(entryRef({ kind: 'period', ref: 'P:doubled:2020-01-10:2020-04-19' })).toBe(
      'P 2020-01-10—2020-04-19',
    );
    expect(entryRef({ kind: 'order', ref: 'order' })).toBeNull();
    // a payment by its day and amount, never by the ledger's code
    expect(
      entryRef({
        kind: 'payment',
        ref: 'p18',
        payment: { id: 'p18', date: '2014-06-02', amount: '12000.00' },
      }),
    ).toBe('2014-06-02 12,000.00');
    expect(claimParts(null)).toEqual([]);
  });
  it('suggests the case parties, judge and clerk as participants', () => {
    const parties = [
      { role: 'applicant', name: '某建材有限公司' },
      { role: 'respondent', name: '张某某' },
      { role: 'third', name: '某银行' },
    ] as Parameters<typeof suggestedParticipants>[0]['parties'];
    expect(suggestedParticipants({ parties, judge: '王某', clerk: ' ' })).toEqual([
      { role: 'creditor', name: '某建材有限公司' },
      { role: 'debtor', name: '张某某' },
      { role: 'judge', name: '王某' },
    ]);
  });
  it('keeps the cursor inside the entries', () => {
    expect(clampCursor(5, 3)).toBe(2);
    expect(clampCursor(-1, 3)).toBe(0);
    expect(clampCursor(4, 0)).toBe(0);
  });
  it('shows the four totals only when a version differs from the record', () => {
    expect(totalsDiffer({ record: '1.00', creditor: '1.00', debtor: '1.00', court: '1.00' })).toBe(false);
    expect(totalsDiffer({ record: '1.00', creditor: '1.00', debtor: '0.50', court: '1.00' })).toBe(true);
    expect(totalsDiffer(null)).toBe(false);
  });
});

describe('walkthrough keys', () => {
  it('maps the keys of DESIGN.md §7 and ignores modified ones', () => {
    expect(
      ['ArrowLeft', 'ArrowRight', '1', '2', 'Tab', 'c', 'D', 'f', 'u', 'P', 'Escape', 'x'].map((key) =>
        keyAction({ key }),
      ),
    ).toEqual([
      'prev',
      'next',
      'creditor',
      'debtor',
      'toggleSide',
      'agree',
      'dispute',
      'finding',
      'unlock',
      'presenter',
      'escape',
      null,
    ]);
    expect(keyAction({ key: 'c', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'p', metaKey: true })).toBeNull();
  });
});

describe('what the wall accepts', () => {
  const payload = {
    caseNumber: '(2020)E2执2号',
    state: 'IN_SESSION',
    index: 1,
    count: 3,
    entry: {
      key: 'payment:p1',
      kind: 'payment',
      ref: 'p1',
      index: 1,
      status: 'open',
      locked: false,
      positions: {},
      finding: null,
    },
    impact: { record: '73955.00', creditor: '73955.00', debtor: '73860.50', court: '73955.00' },
    timeline: [],
  };
  it('takes a session payload and blanks on view blank', () => {
    const wall = toWall({ view: 'session', payload });
    expect(wall?.view === 'session' && [wall.session.index, wall.session.impact?.debtor]).toEqual([
      1,
      '73860.50',
    ]);
    expect(toWall({ view: 'blank', payload: null })).toBeNull();
    expect(asPresenterSession({ ...payload, disputeCount: 2 })?.disputeCount).toBe(2);
    expect(asPresenterSession(payload)?.disputeCount).toBe(0);
  });
  it('shows nothing for a payload of the wrong shape', () => {
    expect(asPresenterSession({ ...payload, index: '1' })).toBeNull();
    expect(asPresenterSession({ ...payload, entry: 'p1' })).toBeNull();
    expect(asPresenterSession(null)).toBeNull();
    expect(toWall({ view: 'session', payload: 42 })).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkStrokes,
  checkTurn,
  courtOrder,
  isComplete,
  nextSigner,
  STROKE_LIMITS,
  type SignatureMark,
  type Signer,
  type SignerStage,
} from '../../core/features/signatures/rules';
import { reconSigners } from '../../core/features/recon/signers';

const s = (key: string, stage: SignerStage): Signer => ({ key, stage, role: key, name: key });
// Added in the "wrong" order on purpose: the clerk first, the judge second.
const SIGNERS = [
  s('clerk', 'clerk'),
  s('judge', 'judge'),
  s('creditor', 'participant'),
  s('debtor', 'participant'),
];

describe('signing order: participants, judges, clerk', () => {
  it('puts the participants first, then the judge, then the clerk, keeping the order within a stage', () => {
    expect(courtOrder(SIGNERS).map((x) => x.key)).toEqual(['creditor', 'debtor', 'judge', 'clerk']);
  });

  it('lets only the next signer sign, and a refusal counts as done', () => {
    const marks: SignatureMark[] = [];
    expect(checkTurn(SIGNERS, marks, 'judge', 'signed')).toBe('notYourTurn');
    expect(checkTurn(SIGNERS, marks, 'debtor', 'signed')).toBe('notYourTurn');
    expect(checkTurn(SIGNERS, marks, 'creditor', 'signed')).toBeNull();
    marks.push({ signerKey: 'creditor', outcome: 'signed' });
    expect(checkTurn(SIGNERS, marks, 'creditor', 'signed')).toBe('alreadyDone');
    expect(checkTurn(SIGNERS, marks, 'debtor', 'refused')).toBeNull();
    marks.push({ signerKey: 'debtor', outcome: 'refused' });
    expect(nextSigner(SIGNERS, marks)?.key).toBe('judge');
    // the judge signs the record the court made: no refusal
    expect(checkTurn(SIGNERS, marks, 'judge', 'refused')).toBe('refuseNotAllowed');
    marks.push({ signerKey: 'judge', outcome: 'signed' });
    expect(isComplete(SIGNERS, marks)).toBe(false);
    marks.push({ signerKey: 'clerk', outcome: 'signed' });
    expect(isComplete(SIGNERS, marks)).toBe(true);
    expect(nextSigner(SIGNERS, marks)).toBeNull();
    expect(checkTurn(SIGNERS, marks, 'stranger', 'signed')).toBe('unknownSigner');
  });

  it('is never complete without signers', () => {
    expect(isComplete([], [])).toBe(false);
    expect(checkTurn([], [], 'anyone', 'signed')).toBe('noSigners');
  });

  it('property: signing in any order that checkTurn allows completes after exactly n marks, in court order', () => {
    const stage = fc.constantFrom<SignerStage>('participant', 'judge', 'clerk');
    fc.assert(
      fc.property(
        fc.array(stage, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        (stages, picks) => {
          const signers = stages.map((st, i) => s(`p${i}`, st));
          const marks: SignatureMark[] = [];
          // Try signers chosen at random; only allowed ones get through.
          for (const pick of picks) {
            const who = signers[pick % signers.length]!;
            if (checkTurn(signers, marks, who.key, 'signed') === null)
              marks.push({ signerKey: who.key, outcome: 'signed' });
          }
          for (let n = nextSigner(signers, marks); n; n = nextSigner(signers, marks))
            marks.push({ signerKey: n.key, outcome: 'signed' });
          expect(marks.length).toBe(signers.length);
          expect(isComplete(signers, marks)).toBe(true);
          const rank = { participant: 0, judge: 1, clerk: 2 };
          const ranks = marks.map((m) => rank[signers.find((x) => x.key === m.signerKey)!.stage]);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('orders a session: creditor side, debtor side, judge, assistant, clerk', () => {
    const signers = reconSigners([
      { id: 1, role: 'clerk', name: '刘某', position: 1 },
      { id: 2, role: 'judge', name: '王某', position: 2 },
      { id: 3, role: 'debtor', name: '张某某', position: 3 },
      { id: 4, role: 'creditorAgent', name: '李某', position: 4 },
      { id: 5, role: 'creditor', name: '某建材有限公司', position: 5 },
      { id: 6, role: 'assistant', name: '赵某', position: 6 },
    ]);
    expect(signers.map((x) => `${x.key} ${x.stage}`)).toEqual([
      'participant:5 participant',
      'participant:4 participant',
      'participant:3 participant',
      'participant:2 judge',
      'participant:6 judge',
      'participant:1 clerk',
    ]);
  });
});

describe('signature strokes', () => {
  const pt = (x: number, y: number, time: number) => ({ x, y, pressure: 0.5, time });
  it('accepts a stroke on the pad in time order', () => {
    expect(checkStrokes([{ points: [pt(10, 10, 1000), pt(20, 12, 1016), pt(30, 15, 1032)] }])).toBeNull();
  });
  it('refuses nothing drawn, points off the pad, NaN, time running backwards, and too many points', () => {
    expect(checkStrokes([])).toBe('empty');
    expect(checkStrokes([{ points: [] }])).toBe('empty');
    expect(checkStrokes([{ points: [pt(-1, 10, 0)] }])).toBe('outOfBounds');
    expect(checkStrokes([{ points: [pt(10, STROKE_LIMITS.coordinate + 1, 0)] }])).toBe('outOfBounds');
    expect(checkStrokes([{ points: [pt(Number.NaN, 1, 0)] }])).toBe('outOfBounds');
    expect(checkStrokes([{ points: [{ x: 1, y: 1, pressure: 2, time: 0 }] }])).toBe('outOfBounds');
    expect(checkStrokes([{ points: [pt(1, 1, 100), pt(2, 2, 99)] }])).toBe('timeOrder');
    expect(checkStrokes([{ points: [pt(1, 1, 0), pt(2, 2, STROKE_LIMITS.spanMs + 1)] }])).toBe('timeOrder');
    const many = Array.from({ length: STROKE_LIMITS.points + 1 }, (_, i) => pt(1, 1, i));
    // six strokes of 4000 points each, in time order: 24000 points in all
    const six = Array.from({ length: 6 }, (_, k) => ({
      points: many.slice(k * 3000, k * 3000 + 4000).map((p, i) => pt(1, 1, k * 4000 + i)),
    }));
    expect(checkStrokes(six)).toBe('tooMany');
    expect(checkStrokes(Array.from({ length: 201 }, (_, i) => ({ points: [pt(1, 1, i)] })))).toBe('tooMany');
    expect(checkStrokes([{ points: many }])).toBe('tooMany');
  });
});

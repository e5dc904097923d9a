import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTENDEE_KINDS } from '../../core/features/hearings/rules';
import {
  attendeeKey,
  attendeeOfKey,
  hearingSigners,
  signsEveryPage,
} from '../../core/features/hearings/signers';
import { checkTurn } from '../../core/features/signatures/rules';

describe('hearing signers', () => {
  it('orders the attendees as the court signs: petitioner, agents, panel, others, presiding, judges, clerk', () => {
    const signers = hearingSigners([
      { id: 7, kind: 'clerk', name: '赵' },
      { id: 3, kind: 'judge', name: '孙' },
      { id: 9, kind: 'panel', name: '张' },
      { id: 2, kind: 'presiding', name: '李' },
      { id: 4, kind: 'interpreter', name: '译' },
      { id: 5, kind: 'agent', name: '钱' },
      { id: 1, kind: 'panel', name: '刘' },
      { id: 8, kind: 'petitioner', name: '王' },
    ]);
    expect(signers.map((s) => [s.key, s.stage, s.name])).toEqual([
      ['attendee:8', 'participant', '王'],
      ['attendee:5', 'participant', '钱'],
      ['attendee:9', 'participant', '张'],
      ['attendee:1', 'participant', '刘'],
      ['attendee:4', 'participant', '译'],
      ['attendee:2', 'judge', '李'],
      ['attendee:3', 'judge', '孙'],
      ['attendee:7', 'clerk', '赵'],
    ]);
    // A panel member may refuse (participant side); the presiding judge may not.
    const marks = signers.slice(0, 2).map((s) => ({ signerKey: s.key, outcome: 'signed' as const }));
    expect(checkTurn(signers, marks, 'attendee:9', 'refused')).toBeNull();
    const upToJudge = signers.slice(0, 5).map((s) => ({ signerKey: s.key, outcome: 'signed' as const }));
    expect(checkTurn(signers, upToJudge, 'attendee:2', 'refused')).toBe('refuseNotAllowed');
  });

  it('signs every page: every party (申请人, 申请执行人, 被执行人, 利害关系人, 案外人) and the agents, never the panel', () => {
    expect(ATTENDEE_KINDS.filter(signsEveryPage)).toEqual([
      'petitioner',
      'applicant',
      'respondent',
      'interested',
      'outsider',
      'agent',
    ]);
  });

  it('keys round-trip and nothing else parses as an attendee', () => {
    fc.assert(fc.property(fc.nat(1e9), (id) => attendeeOfKey(attendeeKey(id)) === id));
    expect(attendeeOfKey('participant:3')).toBeNull();
    expect(attendeeOfKey('attendee:')).toBeNull();
  });

  it('keeps every attendee exactly once, and the stages never go back', () => {
    const attendee = fc.record({ kind: fc.constantFrom(...ATTENDEE_KINDS), name: fc.string() });
    fc.assert(
      fc.property(fc.array(attendee, { maxLength: 20 }), (list) => {
        const withIds = list.map((a, i) => ({ ...a, id: i + 1 }));
        const signers = hearingSigners(withIds);
        expect(signers.map((s) => s.key).sort()).toEqual(withIds.map((a) => attendeeKey(a.id)).sort());
        const rank = { participant: 0, judge: 1, clerk: 2 };
        for (let i = 1; i < signers.length; i++)
          expect(rank[signers[i]!.stage]).toBeGreaterThanOrEqual(rank[signers[i - 1]!.stage]);
      }),
    );
  });
});

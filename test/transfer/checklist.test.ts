import { describe, expect, it } from 'vitest';
import { blocked, transferChecklist, transferDeadline } from '../../core/features/transfer/checklist';
import { checkEntries } from '../../core/features/transfer/manifest';

const measure = (
  id: number,
  expiresOn: string,
  status: 'inForce' | 'expiring' | 'expired',
  daysLeft: number,
) => ({
  id,
  kind: 'depositFreeze' as const,
  object: `账户${id}`,
  expiresOn,
  state: { status, daysLeft },
});

describe('transfer checklist', () => {
  it('the 7 days run from the day after the decision', () => {
    expect(transferDeadline('2026-03-02')).toBe('2026-03-09');
    expect(transferDeadline('2026-02-25')).toBe('2026-03-04');
  });

  it('blocks on a measure expiring or expired unless acknowledged; warns on open sessions and the deadline', () => {
    const base = {
      measures: [
        measure(1, '2026-02-01', 'expiring', 11),
        measure(2, '2026-01-01', 'expired', -20),
        measure(3, '2027-01-01', 'inForce', 345),
      ],
      sessions: [
        { id: 7, state: 'SIGNED' },
        { id: 8, state: 'AWAITING_SIGNATURES' },
      ],
      decisionDate: '2026-01-15',
      today: '2026-01-21',
      acknowledgeExpiring: false,
    };
    const items = transferChecklist(base);
    expect(items.map((i) => [i.code, i.level, i.ref ?? null])).toEqual([
      ['measureExpiring', 'block', 1],
      ['measureExpiring', 'block', 2],
      ['sessionOpen', 'warn', 8],
      ['deadline', 'warn', null],
    ]);
    expect(items[0]!.zh).toBe('冻结存款「账户1」将于 2026-02-01 到期（还剩 11 天），移送前应由本院办理续行');
    expect(items[1]!.zh).toBe('冻结存款「账户2」已于 2026-01-01 到期，移送前应由本院办理续行');
    expect(items[3]!.zh).toBe('应于 2026-01-22 前移送（还剩 1 天）');
    expect(blocked(items)).toBe(true);
    const acknowledged = transferChecklist({ ...base, acknowledgeExpiring: true });
    expect(acknowledged.map((i) => i.level)).toEqual(['warn', 'warn', 'warn', 'warn']);
    expect(blocked(acknowledged)).toBe(false);
    expect(transferChecklist({ ...base, measures: [], sessions: [], today: '2026-01-16' })).toEqual([
      {
        code: 'deadline',
        level: 'ok',
        zh: '应于 2026-01-22 前移送（还剩 6 天）',
        en: 'send by 2026-01-22 (6 days left)',
      },
    ]);
    expect(transferChecklist({ ...base, measures: [], sessions: [], today: '2026-01-25' })[0]).toMatchObject({
      code: 'deadlineOverdue',
      zh: '已超过移送期限：应于 2026-01-22 前移送（逾期 3 天）',
    });
    expect(transferChecklist({ ...base, measures: [], sessions: [], decisionDate: null })[0]!.code).toBe(
      'noDecisionDate',
    );
  });
});

describe('checkEntries', () => {
  const entries = [
    { path: 'a.json', kind: 'x', sha256: 'a'.repeat(64), size: 3 },
    { path: 'b.json', kind: 'x', sha256: 'b'.repeat(64), size: 4 },
  ];
  const actual = new Map([
    ['a.json', { sha256: 'a'.repeat(64), size: 3 }],
    ['b.json', { sha256: 'b'.repeat(64), size: 4 }],
  ]);
  it('accepts exactly the listed files and names the first bad one', () => {
    expect(checkEntries(entries, actual)).toBeNull();
    expect(checkEntries(entries, new Map([...actual].filter(([k]) => k !== 'b.json')))?.entry).toBe('b.json');
    expect(
      checkEntries(entries, new Map([...actual, ['b.json', { sha256: 'c'.repeat(64), size: 4 }]])),
    ).toEqual({
      entry: 'b.json',
      zh: '文件「b.json」的校验值与清单不符，可能已被篡改或损坏',
      en: 'b.json does not match its hash in the manifest: tampered with or damaged',
    });
    expect(
      checkEntries(entries, new Map([...actual, ['c.pdf', { sha256: 'c'.repeat(64), size: 1 }]]))?.zh,
    ).toBe('案卷包含有清单以外的文件「c.pdf」');
  });
});

import { describe, expect, it } from 'vitest';
import type { DebtorGroup } from '../../core/features/transfer/model';
import { seedFromGroup, storeSeed, takeSeed } from '../../renderer/features/settlements/distribution-seed';

const group: DebtorGroup = {
  debtorName: '张某某',
  debtorIdNumber: '230102198001011234',
  asOf: '2026-11-23',
  totalUnrealised: '150000.50',
  incomplete: true,
  cases: [
    {
      caseId: 7,
      caseNumber: '(2026)黑1084执恢12号',
      court: '示例市第一人民法院',
      originalCaseNumber: '(2024)黑0102执88号',
      originalCourt: '某区人民法院',
      applicants: ['某建材有限公司', '李某'],
      unrealised: '100000.50',
      transferDate: '2026-10-01',
    },
    {
      caseId: 9,
      caseNumber: '(2026)黑1084执20号',
      court: '示例市第一人民法院',
      originalCaseNumber: null,
      originalCourt: null,
      applicants: ['王某'],
      unrealised: '50000.00',
      transferDate: null,
    },
    {
      caseId: 11,
      caseNumber: '(2026)黑1084执21号',
      court: '示例市第一人民法院',
      originalCaseNumber: null,
      originalCourt: null,
      applicants: ['赵某'],
      unrealised: null,
      transferDate: null,
    },
  ],
};

function memory(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  } as Storage;
}

describe('集中执行 → 分配方案', () => {
  it('makes one ordinary claim per computable case, names the original court, and lists the rest', () => {
    expect(seedFromGroup(group)).toEqual({
      caseId: 7,
      debtor: '张某某',
      planDate: '2026-11-23',
      claims: [
        {
          creditor: '某建材有限公司、李某',
          amount: '100000.50',
          note: '(2026)黑1084执恢12号（原某区人民法院(2024)黑0102执88号）',
        },
        { creditor: '王某', amount: '50000.00', note: '(2026)黑1084执20号' },
      ],
      left: ['(2026)黑1084执21号'],
    });
  });

  it('is taken once, and only by the page of the case it was made for', () => {
    const storage = memory();
    storeSeed(seedFromGroup(group), storage);
    expect(takeSeed(9, storage)).toBeNull();
    storeSeed(seedFromGroup(group), storage);
    expect(takeSeed(7, storage)?.claims).toHaveLength(2);
    expect(takeSeed(7, storage)).toBeNull();
    storage.setItem('hd.distributionSeed', '{broken');
    expect(takeSeed(7, storage)).toBeNull();
  });
});

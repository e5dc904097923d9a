import { describe, expect, it } from 'vitest';
import { settlementSigners, splitNames, stageOfRole } from '../../core/features/settlements/signers';

const line = (s: { key: string; stage: string; name: string }) => `${s.key} ${s.stage} ${s.name}`;

describe('the signers of a 执行和解协议', () => {
  it('creditors, debtors, guarantor, third-party payers, then judges and the clerk', () => {
    const signers = settlementSigners({
      parties: [
        { role: 'respondent', name: '张某' },
        { role: 'third', name: '某银行' },
        { role: 'applicant', name: '李某' },
        { role: 'applicant', name: '某合作社' },
      ],
      guarantor: { name: '赵某' },
      // a buyer pays twice (one signer); the debtor paying is not a third party; nor is the guarantor
      payers: ['钱某（买受人）', '张某', '钱某（买受人）', '赵某', '孙某'],
      judge: ' 王法官、陈法官 ',
      clerk: '刘书记',
    });
    expect(signers.map(line)).toEqual([
      'creditor:1 participant 李某',
      'creditor:2 participant 某合作社',
      'debtor:1 participant 张某',
      'guarantor:1 participant 赵某',
      'thirdParty:1 participant 钱某（买受人）',
      'thirdParty:2 participant 孙某',
      'judge:1 judge 王法官',
      'judge:2 judge 陈法官',
      'clerk:1 clerk 刘书记',
    ]);
  });

  it('no judge or clerk recorded: only the parties sign; names split on 、 , ; and spaces', () => {
    expect(
      settlementSigners({
        parties: [{ role: 'applicant', name: '李某' }],
        guarantor: null,
        payers: [],
        judge: '',
        clerk: ' ',
      }).map(line),
    ).toEqual(['creditor:1 participant 李某']);
    expect(splitNames('王某，李某;陈某 赵某、')).toEqual(['王某', '李某', '陈某', '赵某']);
    expect([stageOfRole('judge'), stageOfRole('clerk'), stageOfRole('guarantor'), stageOfRole('x')]).toEqual([
      'judge',
      'clerk',
      'participant',
      'participant',
    ]);
  });
});

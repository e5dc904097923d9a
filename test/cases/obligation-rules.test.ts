import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/platform/api/errors';
import { checkShape } from '../../core/features/cases/handlers/obligation-rules';
import type { ObligationFields } from '../../core/features/cases/store/obligations';

const principal: ObligationFields = {
  code: 'P',
  kind: 'principal',
  label: '',
  amount: '100.00',
  due: '2020-01-01',
  base: null,
  schedule: null,
  from: null,
  until: null,
  inDelayBase: null,
};
const running: ObligationFields = {
  code: 'I',
  kind: 'interestRunning',
  label: '',
  amount: null,
  due: null,
  base: 'P',
  schedule: { type: 'lpr1y' },
  from: '2020-01-01',
  until: null,
  inDelayBase: null,
};

function issues(o: ObligationFields): string[] {
  try {
    checkShape(o);
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (error.details as { issues: { zh: string }[] }).issues.map((i) => i.zh);
  }
}

describe('obligation shape', () => {
  it('accepts the well-formed kinds', () => {
    expect(issues(principal)).toEqual([]);
    expect(issues({ ...principal, kind: 'fee' })).toEqual([]);
    expect(issues({ ...principal, kind: 'interestFixed', inDelayBase: true })).toEqual([]);
    expect(issues(running)).toEqual([]);
    expect(issues({ ...running, until: '2020-01-01' })).toEqual([]);
  });

  it('requires amount and due for an amount obligation and forbids the interest fields', () => {
    expect(
      issues({
        ...principal,
        amount: null,
        due: null,
        base: 'X',
        schedule: { type: 'lpr5y' },
        from: '2020-01-01',
        until: '2020-02-01',
      }),
    ).toEqual([
      '金额：此项必填',
      '履行期限届满日：此项必填',
      '计息基数：该类型的项目不应填写此项',
      '利率：该类型的项目不应填写此项',
      '起算日：该类型的项目不应填写此项',
      '截止日：该类型的项目不应填写此项',
    ]);
  });

  it('requires base, schedule and from for a running interest; no amount, no delay base, until not before from', () => {
    expect(issues({ ...running, base: null, schedule: null, from: null })).toEqual([
      '计息基数：此项必填',
      '利率：此项必填',
      '起算日：此项必填',
    ]);
    expect(
      issues({ ...running, amount: '1.00', due: '2020-01-01', inDelayBase: true, until: '2019-12-31' }),
    ).toEqual([
      '金额：该类型的项目不应填写此项',
      '履行期限届满日：该类型的项目不应填写此项',
      '计入迟延履行利息基数：持续计息的利息不能计入迟延履行利息的基数',
      '截止日：不得早于开始日期',
    ]);
    expect(issues({ ...running, inDelayBase: false })).toEqual([]);
  });
});

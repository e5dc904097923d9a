import { call, type Services } from '../../core/platform/api/services';
import { ok } from './harness';

/** The cow case in a real database: 130,000.00 due 2025-12-31 plus 2,300.00 costs; creditor 李某, debtor 张某. */
export function cowCase(s: Services) {
  const c = ok(
    call(s, 'cases.create', {
      caseNumber: '(2026)黑1084执恢12号',
      title: '买卖合同纠纷',
      court: '示例县人民法院',
      asOf: '2026-01-05',
    }),
  );
  ok(call(s, 'parties.add', { caseId: c.id, role: 'applicant', name: '李某' }));
  ok(call(s, 'parties.add', { caseId: c.id, role: 'respondent', name: '张某' }));
  ok(call(s, 'obligations.add', { caseId: c.id, kind: 'principal', amount: '130000.00', due: '2025-12-31' }));
  ok(call(s, 'obligations.add', { caseId: c.id, kind: 'fee', amount: '2300.00', due: '2025-12-31' }));
  return c.id;
}

export const cowPlan = (caseId: number, delayInterest: string, delayWaived: string) => ({
  caseId,
  title: '以牛抵债及分期付款',
  acknowledged: {
    asOf: '2026-01-05',
    principal: '130000.00',
    fee: '2300.00',
    interest: '0.00',
    delayInterest,
    delayWaived,
  },
  items: [
    {
      kind: 'inKind' as const,
      item: '西门塔尔牛',
      quantity: '4 头',
      agreedValue: '55000.00',
      deliveryDate: '2026-01-15',
      transferCosts: 'debtor' as const,
    },
    { kind: 'instalments' as const, total: '77300.05', count: 6, firstDate: '2026-01-31' },
  ],
  clauses: { graceDays: 5, place: '示例县人民法院执行局', manner: '转账至申请执行人账户' },
});

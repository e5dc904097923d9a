import type { Acknowledged, PlanItem } from '../../core/features/settlements';

/** The cow case: principal 130,000.00, costs 2,300.00, delay interest 12,345.67 of which 2,345.62 waived. */
export const COW_ACK: Acknowledged = {
  asOf: '2026-01-05',
  principal: '130000.00',
  fee: '2300.00',
  interest: '0.00',
  delayInterest: '12345.67',
  delayWaived: '2345.62',
};
export const COW_ITEMS: PlanItem[] = [
  {
    kind: 'inKind',
    item: '西门塔尔牛',
    quantity: '4 头',
    agreedValue: '55000.00',
    deliveryDate: '2026-01-15',
    transferCosts: 'debtor',
    note: '',
  },
  {
    kind: 'instalments',
    total: '87300.05',
    count: 6,
    firstDate: '2026-01-31',
    dates: null,
    amounts: null,
    note: '',
  },
];

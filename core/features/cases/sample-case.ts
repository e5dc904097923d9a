/**
 * The demonstration case behind the 「示例案件」 menu item and `npm run web -- --demo`: a twenty-year
 * enforcement file with every payment kind, a running contract interest, an excluded interval and a
 * payment on the 2014-07-31 boundary. All names and numbers are invented; nothing here is random,
 * so every demo and test sees the same figures. Plain data: the API handler inserts it.
 */
export type SamplePayment = { code: string; date: string; amount: string; kind: string; note: string };

const payment = (n: number, date: string, amount: string, kind: string, note = ''): SamplePayment => ({
  code: `p${n}`,
  date,
  amount,
  kind,
  note,
});

export const SAMPLE_CASE = {
  case: {
    caseNumber: '(2006)示1084执123号',
    title: '买卖合同纠纷执行案（示例）',
    court: '示例市第一人民法院',
    judge: '王某',
    clerk: '刘某',
    asOf: '2026-01-21',
  },
  parties: [
    {
      role: 'applicant',
      name: '某建材有限公司',
      idNumber: '91230000XXXXXXXX0X',
      phone: '0451-0000000',
      address: '示例市某区某路1号',
      representative: '李某（法定代表人）',
    },
    {
      role: 'respondent',
      name: '张某某',
      idNumber: '230xxxxxxxxxxx1234',
      phone: '139xxxx0000',
      address: '示例市某区某街2号',
      representative: '',
    },
  ],
  obligations: [
    { code: 'P', kind: 'principal', label: '货款', amount: '830000.00', due: '2006-03-15' },
    { code: 'F', kind: 'fee', label: '案件受理费', amount: '12100.00', due: '2006-03-15' },
    {
      code: 'I',
      kind: 'interestRunning',
      label: '逾期付款利息',
      base: 'P',
      schedule: { type: 'benchmarkThenLpr' },
      from: '2005-06-01',
      until: '2006-03-15',
    },
  ],
  payments: [
    payment(1, '2007-04-20', '50000.00', '自动履行'),
    payment(2, '2007-09-12', '20000.00', '划拨', '冻结账户划拨'),
    payment(3, '2008-01-15', '3500.00', '自动履行'),
    payment(4, '2008-06-30', '15000.00', '提取', '提取劳务收入'),
    payment(5, '2008-12-19', '20000.00', '划拨'),
    payment(6, '2009-05-06', '8000.00', '自动履行'),
    payment(7, '2009-11-23', '3500.00', '提取'),
    payment(8, '2010-04-08', '12000.00', '划拨'),
    payment(9, '2010-10-29', '20000.00', '自动履行'),
    payment(10, '2011-03-17', '5000.00', '提取'),
    payment(11, '2011-08-25', '3500.00', '自动履行'),
    payment(12, '2012-01-10', '30000.00', '划拨'),
    payment(13, '2012-12-14', '10000.00', '自动履行'),
    payment(14, '2013-06-21', '3500.00', '提取'),
    payment(15, '2013-11-05', '186000.00', '拍卖', '拍卖被执行人名下房产，裁定生效日'),
    payment(16, '2014-04-18', '20000.00', '划拨'),
    payment(17, '2014-07-31', '6000.00', '自动履行', '新旧计息规则分界日'),
    payment(18, '2014-12-09', '3500.00', '提取'),
    payment(19, '2015-06-16', '12000.00', '自动履行'),
    payment(20, '2016-01-22', '20000.00', '划拨'),
    payment(21, '2016-01-22', '3500.00', '提取', '同日第二笔'),
    payment(22, '2016-09-07', '45600.00', '变卖', '变卖车辆'),
    payment(23, '2017-03-30', '3500.00', '提取'),
    payment(24, '2017-10-18', '8800.00', '自动履行'),
    payment(25, '2018-05-24', '20000.00', '划拨'),
    payment(26, '2018-12-20', '3500.00', '提取'),
    payment(27, '2019-08-20', '15000.00', '自动履行'),
    payment(28, '2020-06-11', '62000.00', '以物抵债', '以库存建材抵债'),
    payment(29, '2021-04-27', '3500.00', '提取'),
    payment(30, '2022-01-14', '20000.00', '划拨'),
    payment(31, '2022-11-30', '9000.00', '自动履行'),
    payment(32, '2023-07-19', '3500.00', '提取'),
    payment(33, '2024-05-08', '28000.00', '其他变价', '股权变价款'),
    payment(34, '2025-03-12', '20000.00', '划拨'),
    payment(35, '2026-01-09', '5000.00', '自动履行'),
  ],
  excluded: [{ from: '2012-03-01', to: '2012-08-31', reason: '再审中止' }],
} as const;

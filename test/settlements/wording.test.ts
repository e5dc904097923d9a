import { describe, expect, it } from 'vitest';
import { agreementClauses, money, type Settlement } from '../../core/features/settlements';
import { countZh, phrases } from '../../core/features/settlements/messages';
import { COW_ACK, COW_ITEMS } from '../support/settlement-fixtures';

describe('agreement wording', () => {
  it('states every amount with its 大写', () => {
    expect(money('55000.00')).toBe('55,000.00 元（人民币伍万伍仟元整）');
    expect(money('14550.05')).toBe('14,550.05 元（人民币壹万肆仟伍佰伍拾元零伍分）');
  });

  it('writes the cow agreement: acknowledgement, waiver, cows, instalments, default clause, guarantor', () => {
    const s: Settlement = {
      acknowledged: COW_ACK,
      items: COW_ITEMS,
      clauses: {
        order: '',
        graceDays: 10,
        defaultExtra: '',
        guarantor: { name: '赵某', idNumber: '', scope: '全部应付款项' },
        place: '示例市人民法院',
        manner: '',
      },
    };
    const text = agreementClauses(s, { creditor: '李某', debtor: '张某' });
    expect(text.map((c) => c.heading)).toEqual([
      '一、确认欠款',
      '二、履行方式与期限',
      '三、清偿顺序',
      '四、违约责任',
      '五、担保',
      '六、履行地点和方式',
    ]);
    const all = text.flatMap((c) => c.paragraphs).join('\n');
    expect(all).toContain(
      '截至二〇二六年一月五日，被执行人张某尚欠申请执行人李某：本金 130,000.00 元（人民币壹拾叁万元整）',
    );
    expect(all).toContain(
      '申请执行人自愿放弃迟延履行期间的债务利息 2,345.62 元（人民币贰仟叁佰肆拾伍元陆角贰分）',
    );
    expect(all).toContain('应付款项合计 142,300.05 元（人民币壹拾肆万贰仟叁佰元零伍分）');
    expect(all).toContain('被执行人以西门塔尔牛（4 头）作价 55,000.00 元（人民币伍万伍仟元整）抵偿债务');
    expect(all).not.toContain('一般债务利息 0.00');
    expect(all).toContain(
      '第 6 期于二〇二六年六月三十日前支付 14,550.05 元（人民币壹万肆仟伍佰伍拾元零伍分）',
    );
    expect(all).toContain('（宽限期 10 日）的，申请执行人可以申请恢复执行原生效法律文书');
    expect(all).toContain('第九条、第十七条');
  });
});

describe('agreement wording built from the plan (issue 16 item 6)', () => {
  const clauses = {
    order: '',
    graceDays: 0,
    defaultExtra: '',
    guarantor: null,
    place: '',
    manner: '',
  };
  const ack = { ...COW_ACK };
  const all = (s: Settlement) =>
    agreementClauses(s, { creditor: '李某', debtor: '张某' })
      .flatMap((c) => c.paragraphs)
      .join('\n');

  it('a deduction source that is a phrase is used as written, a bare noun is the debtor’s', () => {
    const deduction = (source: string): Settlement => ({
      acknowledged: ack,
      items: [
        {
          kind: 'deduction',
          total: '1000.00',
          perPeriod: '500.00',
          firstDate: '2026-02-10',
          source,
          note: '',
        },
      ],
      clauses,
    });
    const phrase = all(deduction('被执行人在某县社会保险事业局领取的养老金'));
    expect(phrase).toContain('每月从被执行人在某县社会保险事业局领取的养老金中扣划');
    expect(phrase).not.toContain('被执行人的被执行人');
    expect(all(deduction('养老金'))).toContain('每月从被执行人的养老金中扣划');
    expect(all(deduction(''))).toContain('每月从被执行人的收入中扣划');
  });

  it('the manner of performance follows each row: no transfer to the creditor for cows, a pension or a third party', () => {
    const text = all({
      acknowledged: ack,
      items: [
        { kind: 'lump', date: '2026-02-01', amount: '100.00', note: '' },
        {
          kind: 'inKind',
          item: '西门塔尔牛',
          quantity: '4 头',
          agreedValue: '55000.00',
          deliveryDate: '2026-02-10',
          transferCosts: 'debtor',
          note: '',
        },
        {
          kind: 'deduction',
          total: '1000.00',
          perPeriod: '500.00',
          firstDate: '2026-03-10',
          source: '养老金',
          note: '',
        },
        {
          kind: 'thirdParty',
          payer: '王某',
          payee: '某银行',
          amount: '300.00',
          date: '2026-03-01',
          purpose: '',
          counts: false,
          note: '',
        },
      ],
      clauses,
    });
    expect(text).toContain(
      '履行方式：第 1 项由被执行人转账至申请执行人指定账户；第 2 项由被执行人向申请执行人交付西门塔尔牛并办理交付、过户手续；第 3 项由协助执行单位按月从被执行人的养老金中扣划，经本院执行款专户转付申请执行人；第 4 项由第三人王某直接向某银行支付。',
    );
    const money = all({
      acknowledged: ack,
      items: [{ kind: 'lump', date: '2026-02-01', amount: '1.00', note: '' }],
      clauses,
    });
    expect(money).toContain('履行方式：被执行人将款项转账至申请执行人指定账户。');
    expect(all({ acknowledged: ack, items: [], clauses: { ...clauses, manner: '现金交付' } })).toContain(
      '履行方式：现金交付。',
    );
  });

  it('the number of copies follows who is bound: one each and one for the file', () => {
    expect(phrases.agreementEffect(['申请执行人李某', '被执行人张某'])).toBe(
      '本协议经双方当事人签字（盖章）后生效，一式三份，申请执行人李某、被执行人张某各执一份，一份附卷。',
    );
    expect(phrases.agreementEffect(['申请执行人李某', '被执行人张某', '担保人赵某', '第三人王某'])).toBe(
      '本协议经签署各方签字（盖章）后生效，一式五份，申请执行人李某、被执行人张某、担保人赵某、第三人王某各执一份，一份附卷。',
    );
    expect([countZh(10), countZh(12), countZh(21)]).toEqual(['十', '十二', '二十一']);
  });
});

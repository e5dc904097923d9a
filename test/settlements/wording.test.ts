import { describe, expect, it } from 'vitest';
import { agreementClauses, money, type Settlement } from '../../core/features/settlements';
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

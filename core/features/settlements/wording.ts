import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import { Decimal } from '../../lib/money/decimal';
import { formatYuan } from '../../lib/money/round';
import { agreedTotal, itemSchedule } from './plan';
import type { Settlement, TransferCostBearer } from './types';

/** 「55,000.00 元（人民币伍万伍仟元整）」: every amount an agreement states, with its 大写. */
export function money(amount: string | Decimal): string {
  const d = new Decimal(amount);
  const [int, frac] = formatYuan(d).split('.') as [string, string];
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac} 元（${capitalAmount(d)}）`;
}

const BEARER: Record<TransferCostBearer, string> = {
  debtor: '被执行人',
  creditor: '申请执行人',
  shared: '双方各半',
};

export const DEFAULT_ORDER =
  '被执行人按本协议支付的款项，依次抵偿费用、一般债务利息、本金，最后抵偿迟延履行期间的债务利息。';

export type Clause = { heading: string; paragraphs: string[] };

/** The agreement's clauses in the words courts use, each amount with its 大写. */
export function agreementClauses(s: Settlement, parties: { creditor: string; debtor: string }): Clause[] {
  const a = s.acknowledged;
  const total = agreedTotal(a);
  const delayKept = new Decimal(a.delayInterest).minus(a.delayWaived);
  const owed = [
    `本金 ${money(a.principal)}`,
    ...(new Decimal(a.fee).isZero() ? [] : [`费用 ${money(a.fee)}`]),
    ...(new Decimal(a.interest).isZero() ? [] : [`一般债务利息 ${money(a.interest)}`]),
    `迟延履行期间的债务利息 ${money(a.delayInterest)}`,
  ];
  const ack = [
    `截至${chineseDate(a.asOf)}，被执行人${parties.debtor}尚欠申请执行人${parties.creditor}：${owed.join('；')}。`,
  ];
  if (new Decimal(a.delayWaived).greaterThan(0))
    ack.push(`申请执行人自愿放弃迟延履行期间的债务利息 ${money(a.delayWaived)}，保留 ${money(delayKept)}。`);
  ack.push(`双方确认，被执行人按本协议应付款项合计 ${money(total)}。`);

  const plan: string[] = [];
  s.items.forEach((item, i) => {
    const n = `${i + 1}. `;
    switch (item.kind) {
      case 'lump':
        plan.push(`${n}被执行人于${chineseDate(item.date)}前一次性支付 ${money(item.amount)}。${item.note}`);
        break;
      case 'instalments': {
        const schedule = itemSchedule(item);
        plan.push(
          `${n}被执行人分 ${item.count} 期支付 ${money(item.total)}：` +
            schedule
              .map((r) => `第 ${r.part} 期于${chineseDate(r.date)}前支付 ${money(r.amount)}`)
              .join('；') +
            `。${item.note}`,
        );
        break;
      }
      case 'deduction': {
        const schedule = itemSchedule(item);
        const last = schedule.at(-1);
        plan.push(
          `${n}自${chineseDate(item.firstDate)}起，每月从被执行人的${item.source || '收入'}中扣划 ${money(item.perPeriod)}，至扣足 ${money(item.total)} 为止，共 ${schedule.length} 次` +
            (last ? `，最后一次于${chineseDate(last.date)}扣划 ${money(last.amount)}` : '') +
            `。${item.note}`,
        );
        break;
      }
      case 'inKind':
        plan.push(
          `${n}被执行人以${item.item}${item.quantity ? '（' + item.quantity + '）' : ''}作价 ${money(item.agreedValue)}抵偿债务，于${chineseDate(item.deliveryDate)}前交付申请执行人；过户、运输等费用由${BEARER[item.transferCosts]}负担。${item.note}`,
        );
        break;
      case 'thirdParty':
        plan.push(
          `${n}第三人${item.payer}于${chineseDate(item.date)}前向${item.payee}支付 ${money(item.amount)}${item.purpose ? '，用于' + item.purpose : ''}` +
            (item.counts
              ? '，该款项抵偿被执行人对申请执行人的债务。'
              : '，该款项不计入被执行人应付申请执行人的款项。') +
            item.note,
        );
        break;
      default: {
        const never: never = item;
        throw new Error(`unknown plan item ${JSON.stringify(never)}`);
      }
    }
  });

  const c = s.clauses;
  const grace = c.graceDays > 0 ? `（宽限期 ${c.graceDays} 日）` : '';
  const clauses: Clause[] = [
    { heading: '一、确认欠款', paragraphs: ack },
    { heading: '二、履行方式与期限', paragraphs: plan },
    { heading: '三、清偿顺序', paragraphs: [c.order || DEFAULT_ORDER] },
    {
      heading: '四、违约责任',
      paragraphs: [
        `被执行人未按本协议约定的期限和金额履行任何一期义务${grace}的，申请执行人可以申请恢复执行原生效法律文书，被执行人已按本协议履行的部分应当扣除（《最高人民法院关于执行和解若干问题的规定》第九条、第十七条）。${c.defaultExtra}`,
      ],
    },
  ];
  if (c.guarantor)
    clauses.push({
      heading: '五、担保',
      paragraphs: [
        `${c.guarantor.name}${c.guarantor.idNumber ? '（' + c.guarantor.idNumber + '）' : ''}自愿为被执行人履行本协议提供担保${c.guarantor.scope ? '，担保范围：' + c.guarantor.scope : ''}，并承诺在被执行人不履行本协议时自愿接受直接强制执行；恢复执行原生效法律文书后，人民法院可以依申请执行人的申请直接裁定执行担保财产或者保证人的财产（《最高人民法院关于执行和解若干问题的规定》第十八条）。`,
      ],
    });
  clauses.push({
    heading: `${c.guarantor ? '六' : '五'}、履行地点和方式`,
    paragraphs: [
      `履行地点：${c.place || '执行法院所在地'}。履行方式：${c.manner || '转账至申请执行人指定账户'}。`,
    ],
  });
  return clauses;
}

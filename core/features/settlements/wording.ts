import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import { Decimal } from '../../lib/money/decimal';
import { formatYuan } from '../../lib/money/round';
import { agreedTotal, itemSchedule } from './plan';
import { phrases } from './messages';
import type { PlanItem, Settlement } from './types';

/** 「55,000.00 元（人民币伍万伍仟元整）」: every amount an agreement states, with its 大写. */
export function money(amount: string | Decimal): string {
  const d = new Decimal(amount);
  const [int, frac] = formatYuan(d).split('.') as [string, string];
  return phrases.clauseAmount(`${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`, capitalAmount(d));
}

export const DEFAULT_ORDER = phrases.defaultOrder;

export type Clause = { heading: string; paragraphs: string[] };

/** The agreement's clauses in the words courts use, each amount with its 大写. */
export function agreementClauses(s: Settlement, parties: { creditor: string; debtor: string }): Clause[] {
  const a = s.acknowledged;
  const total = agreedTotal(a);
  const delayKept = new Decimal(a.delayInterest).minus(a.delayWaived);
  // Costs and general interest are stated only when there are any; principal and delay interest always.
  const owed = [
    phrases.owedPrincipal(money(a.principal)),
    ...(new Decimal(a.fee).isZero() ? [] : [phrases.owedFee(money(a.fee))]),
    ...(new Decimal(a.interest).isZero() ? [] : [phrases.owedInterest(money(a.interest))]),
    phrases.owedDelay(money(a.delayInterest)),
  ];
  const ack = [phrases.acknowledged(chineseDate(a.asOf), parties.debtor, parties.creditor, owed)];
  if (new Decimal(a.delayWaived).greaterThan(0))
    ack.push(phrases.waived(money(a.delayWaived), money(delayKept)));
  ack.push(phrases.agreedTotal(money(total)));

  const plan: string[] = [];
  s.items.forEach((item, i) => {
    const n = `${i + 1}. `;
    switch (item.kind) {
      case 'lump':
        plan.push(n + phrases.lump(chineseDate(item.date), money(item.amount), item.note));
        break;
      case 'instalments': {
        const parts = itemSchedule(item).map((r) =>
          phrases.instalmentPart(r.part, chineseDate(r.date), money(r.amount)),
        );
        plan.push(n + phrases.instalments(item.count, money(item.total), parts, item.note));
        break;
      }
      case 'deduction': {
        const schedule = itemSchedule(item);
        const last = schedule.at(-1);
        plan.push(
          n +
            phrases.deduction({
              from: chineseDate(item.firstDate),
              source: item.source || phrases.income,
              perPeriod: money(item.perPeriod),
              total: money(item.total),
              times: schedule.length,
              last: last ? { date: chineseDate(last.date), amount: money(last.amount) } : null,
              note: item.note,
            }),
        );
        break;
      }
      case 'inKind':
        plan.push(
          n +
            phrases.inKind({
              item: item.item,
              quantity: item.quantity,
              value: money(item.agreedValue),
              date: chineseDate(item.deliveryDate),
              bearer: phrases.bearers[item.transferCosts],
              note: item.note,
            }),
        );
        break;
      case 'thirdParty':
        plan.push(
          n +
            phrases.thirdParty({
              payer: item.payer,
              date: chineseDate(item.date),
              payee: item.payee,
              amount: money(item.amount),
              purpose: item.purpose,
              counts: item.counts,
              note: item.note,
            }),
        );
        break;
      default: {
        const never: never = item;
        throw new Error(`unknown plan item ${JSON.stringify(never)}`);
      }
    }
  });

  const c = s.clauses;
  const clauses: Clause[] = [
    { heading: phrases.headingAcknowledged, paragraphs: ack },
    { heading: phrases.headingPlan, paragraphs: plan },
    { heading: phrases.headingOrder, paragraphs: [c.order || DEFAULT_ORDER] },
    { heading: phrases.headingDefault, paragraphs: [phrases.defaultClause(c.graceDays, c.defaultExtra)] },
  ];
  if (c.guarantor)
    clauses.push({ heading: phrases.headingGuarantee, paragraphs: [phrases.guaranteeClause(c.guarantor)] });
  clauses.push({
    heading: phrases.headingPlace(Boolean(c.guarantor)),
    paragraphs: [phrases.placeClause(c.place, c.manner || mannerOf(s.items))],
  });
  return clauses;
}

/**
 * The manner of performance when the parties wrote none, from the plan itself: a transfer to the
 * creditor's account only where the debtor pays money; each deduction, delivery in kind and third-party
 * payment says who pays whom and how.
 */
export function mannerOf(items: readonly PlanItem[]): string {
  if (items.every((i) => i.kind === 'lump' || i.kind === 'instalments')) return phrases.mannerTransfer;
  return items
    .map((item, i) => {
      const n = i + 1;
      switch (item.kind) {
        case 'lump':
        case 'instalments':
          return phrases.mannerOf.money(n);
        case 'deduction':
          return phrases.mannerOf.deduction(n, item.source);
        case 'inKind':
          return phrases.mannerOf.inKind(n, item.item);
        case 'thirdParty':
          return phrases.mannerOf.thirdParty(n, item.payer, item.payee);
        default: {
          const never: never = item;
          throw new Error(`unknown plan item ${JSON.stringify(never)}`);
        }
      }
    })
    .join(phrases.mannerJoin);
}

/**
 * Who keeps a copy of the agreement: everyone bound by it — the creditors, the debtors, the guarantor
 * and every third party who undertakes to pay — one each; the court keeps one more in the file.
 */
export function copyHolders(signers: readonly { role: string; name: string }[]): string[] {
  return signers.map((x) => phrases.holder(x.role, x.name));
}

import { compute } from '../../lib/interest/compute';
import type { Balances, Ledger, LedgerPayment, PaymentKind } from '../../lib/interest/types';
import { dayNumber } from '../../lib/money/dates';
import { Decimal, ZERO } from '../../lib/money/decimal';
import type { RateTables } from '../../lib/rates/table';
import { fenOf, yuanOf } from './plan';
import type { Projection, ScheduleRow } from './types';
import { render } from '../../lib/text';
import { messages } from './messages';
import { PAYMENT_KIND_OF } from './vocabulary';

export { PAYMENT_KIND_OF };

export type PaidUnderAgreement = { id: string; date: string; amount: string; kind: PaymentKind };

/** The counted rows before row `missedSeq`, as if each were paid on its date in full. */
export function paidBefore(schedule: readonly ScheduleRow[], missedSeq: number): PaidUnderAgreement[] {
  return schedule
    .filter((r) => r.counts && r.seq < missedSeq)
    .map((r) => ({ id: `agr${r.seq}`, date: r.date, amount: r.amount, kind: PAYMENT_KIND_OF[r.kind] }));
}

/**
 * The original judgment as the agreement found it: the case's payments up to the acknowledgement date
 * (later ones are what the agreement is tracking, and the scenario enters its own amounts instead).
 */
export function ledgerAtAgreement(ledger: Ledger, acknowledgedOn: string): Ledger {
  const last = dayNumber(acknowledgedOn);
  return { ...ledger, payments: ledger.payments.filter((p) => dayNumber(p.date) <= last) };
}

export type DefaultScenario = {
  missedSeq: number;
  missed: ScheduleRow;
  asOf: string;
  paid: PaidUnderAgreement[];
  paidTotal: string;
  /** what the original judgment claims as of asOf with nothing paid under the agreement */
  claimWithoutAgreement: Balances;
  /** what it claims as of asOf with the amounts paid under the agreement entered as payments (deducted) */
  claim: Balances;
  /** agreed total minus the amounts paid: what the agreement would still have required */
  remainingUnderAgreement: string;
  /** claim.total − remainingUnderAgreement: what the default costs the debtor (negative: it saves) */
  costOfDefault: string;
  rule: { zh: string; en: string };
};

function uniqueIds(ledger: Ledger, paid: PaidUnderAgreement[]): LedgerPayment[] {
  const taken = new Set(ledger.payments.map((p) => p.id));
  return paid.map((p) => {
    let id = p.id;
    for (let n = 2; taken.has(id); n++) id = `${p.id}_${n}`;
    taken.add(id);
    return { id, date: p.date, amount: p.amount, kind: p.kind };
  });
}

/**
 * If scheduled row `missedSeq` is missed: the creditor applies to resume enforcement of the original
 * judgment (执行和解若干问题的规定 第九条), and what was paid under the agreement is deducted (第十七条). The
 * engine recomputes the case's ledger with those amounts entered as payments on their dates.
 */
export function defaultScenario(
  ledger: Ledger,
  tables: RateTables,
  projection: Projection,
  missedSeq: number,
  asOf: string,
  paid: PaidUnderAgreement[] = paidBefore(projection.schedule, missedSeq),
): DefaultScenario {
  const missed = projection.schedule.find((r) => r.seq === missedSeq && r.counts);
  if (!missed) throw new RangeError(`no scheduled amount ${missedSeq}`);
  const counted = paid.filter((p) => dayNumber(p.date) <= dayNumber(asOf));
  const without = compute(ledger, tables, { asOf, trace: false });
  const withPaid = compute(
    { ...ledger, payments: [...ledger.payments, ...uniqueIds(ledger, counted)] },
    tables,
    { asOf, trace: false },
  );
  const paidFen = counted.reduce((s, p) => s.plus(fenOf(p.amount)), ZERO);
  const remaining = fenOf(projection.agreedTotal).minus(paidFen);
  const claimFen = new Decimal(withPaid.balances.total).times(100);
  return {
    missedSeq,
    missed,
    asOf,
    paid: counted,
    paidTotal: yuanOf(paidFen),
    claimWithoutAgreement: without.balances,
    claim: withPaid.balances,
    remainingUnderAgreement: yuanOf(remaining),
    costOfDefault: yuanOf(claimFen.minus(remaining)),
    rule: render(messages.scenarioRule),
  };
}

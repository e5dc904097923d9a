import { Decimal, ZERO } from '../money/decimal';
import { dayNumber } from '../money/dates';
import { roundFen } from '../money/round';
import type { RateTables } from '../rates/table';
import { attached, ORDER_CHAINS, payInOrder, payProportional, type PaymentRun } from './allocate';
import { BOUNDARY, countedDays, mergeExcluded, regimeOf, type ExcludedDays } from './calendar';
import { LedgerInputError } from './errors';
import { ratePieces } from './general-interest';
import { BUCKET_LABELS, court, messages } from './messages';
import { daysSpan, grouped, pctText, segmentsText, sourceText, yuan } from './court';
import { writtenDate } from '../money/input';
import { normalizeSettings, orderLabelZh, RULES_VERSION } from './settings';
import { buildObligations, outBucket, type Ob } from './state';
import { iso, money, span, Trace } from './trace';
import { DEFAULT_PAYMENT_KIND } from './vocabulary';
import { render, type Text } from '../text';
import type {
  Allocation,
  BalanceLine,
  Balances,
  BucketName,
  ComputeResult,
  InterestPeriod,
  Ledger,
  LedgerPayment,
  OrderName,
  Regime,
  Settings,
  TimelinePoint,
} from './types';

export type ComputeOptions = {
  /** overrides the ledger's asOf */
  asOf?: string;
  /** false skips the readable trace (live recomputation while editing); allocations and balances are identical */
  trace?: boolean;
  /** balances before and after every payment, for the balance chart */
  timeline?: boolean;
  /** with the trace: every accrual step as a structured period (the reconciliation walk steps through them) */
  periods?: boolean;
};

const DAILY_C = new Decimal('0.000175');

type Rule = { regime: Regime; order: BucketName[] | 'proportional'; name: string };

/**
 * The delay-interest engine (INTEREST.md hd-2026.2): a pure function of the ledger, the rate tables and
 * the options. Returns how each payment was applied, the balances as of asOf and a readable trace.
 */
export function compute(ledger: Ledger, tables: RateTables, options: ComputeOptions = {}): ComputeResult {
  const asOfIso = options.asOf ?? ledger.asOf;
  if (!asOfIso) throw new LedgerInputError('NO_AS_OF', messages.noAsOf);
  const asOf = dayNumber(asOfIso);
  const settings = normalizeSettings(ledger.settings);
  const excluded = mergeExcluded(ledger.excluded ?? []);
  const obs = buildObligations(ledger.obligations, settings, tables, excluded);
  const trace = options.trace === false ? null : new Trace();
  const engine = new Engine(obs, settings, tables, excluded, trace, options.timeline === true);
  engine.withPeriods = trace !== null && options.periods === true;

  const payments = ledger.payments
    .map((p, index) => ({ p, index, day: dayNumber(p.date) }))
    .filter((x) => x.day <= asOf)
    .sort((a, b) => a.day - b.day || a.index - b.index);

  trace?.add(
    messages.traceStart,
    { rules: RULES_VERSION, asOf: asOfIso, table: tables.version },
    `dayBasis ${settings.dayBasis}; band ${settings.band}; rateChange ${settings.rateChange}; dayCount ${settings.dayCount}; oldBandTo ${settings.oldBandTo}`,
    court.start(writtenDate(asOfIso)),
  );

  const allocations: Allocation[] = [];
  const firstDue = obs.reduce(
    (m, ob) => (ob.kind === 'interestRunning' ? Math.min(m, ob.from) : Math.min(m, ob.due)),
    asOf,
  );
  engine.record(firstDue, null, 'start');
  const boundaryEvent = settings.oldBandTo === 'boundary' && asOf >= BOUNDARY;
  for (const { p, day } of payments) {
    if (boundaryEvent && !engine.boundaryDone && day > BOUNDARY) engine.boundary();
    allocations.push(engine.pay(p, day));
  }
  if (boundaryEvent && !engine.boundaryDone) engine.boundary();
  engine.accrue(asOf);
  const { balances, lines } = engine.balances(asOf, asOfIso);
  engine.record(asOf, null, 'asOf');
  return {
    asOf: asOfIso,
    rules: RULES_VERSION,
    settings,
    rateTable: tables.version,
    allocations,
    balances,
    lines,
    accrued: { generalInterest: engine.accruedGeneral.toString(), doubled: engine.accruedDoubled.toString() },
    timeline: engine.timeline,
    trace: trace?.steps ?? [],
    periods: engine.periods,
  };
}

class Engine {
  boundaryDone = false;
  accruedGeneral = ZERO;
  accruedDoubled = ZERO;
  private accruedTo = Number.NEGATIVE_INFINITY;
  private readonly factorDenominator: Decimal;

  constructor(
    private readonly obs: Ob[],
    private readonly settings: Settings,
    private readonly tables: RateTables,
    private readonly excluded: ExcludedDays,
    private readonly trace: Trace | null,
    private readonly withTimeline: boolean,
  ) {
    this.factorDenominator = new Decimal(100 * settings.dayBasis);
  }

  readonly timeline: TimelinePoint[] = [];
  readonly periods: InterestPeriod[] = [];
  withPeriods = false;

  private period(
    ob: Ob,
    kind: InterestPeriod['kind'],
    a: number,
    b: number,
    days: number,
    amount: string,
    step: number,
  ) {
    if (!this.withPeriods) return;
    const [from, to] = [iso(a), iso(b)];
    this.periods.push({
      key: `${ob.id}:${kind}:${from}:${to}`,
      obligation: ob.id,
      kind,
      from,
      to,
      days,
      amount,
      step,
    });
  }

  record(day: number, payment: string | null, when: TimelinePoint['when']): void {
    if (!this.withTimeline) return;
    const { totals } = this.snapshot(day);
    this.timeline.push({ date: iso(day), payment, when, balances: toBalances(totals) });
  }

  /** General and regime C interest accrue through day t (before the event of day t). */
  accrue(t: number, steps?: number[]): void {
    const from = this.accruedTo;
    if (t <= from) return;
    for (const ob of this.obs) {
      if (ob.kind === 'interestRunning') this.accrueGeneral(ob, from, t, steps);
      else if (ob.delayBase) this.accrueDoubled(ob, from, t, steps);
    }
    this.accruedTo = t;
  }

  private accrueGeneral(ob: Ob, prev: number, t: number, steps?: number[]): void {
    const base = ob.base!;
    const a = Math.max(prev, ob.from);
    const b = ob.until === null ? t : Math.min(t, ob.until);
    if (b <= a || base.out.isZero()) return;
    for (const piece of ratePieces(ob.schedule!, this.tables, a, b, ob.id)) {
      const days = piece.end - piece.start;
      const amount = base.out
        .times(piece.pct)
        .times(ob.multiplier)
        .times(days)
        .dividedBy(100 * ob.basis);
      ob.gi = ob.gi.plus(amount);
      this.accruedGeneral = this.accruedGeneral.plus(amount);
      if (this.trace) {
        const shown = money(amount);
        const step = this.trace.add(
          messages.traceGeneral,
          {
            id: ob.id,
            label: ob.label,
            span: span(piece.start, piece.end),
            base: base.id,
            out: money(base.out),
            days,
            source: piece.source,
          },
          `${money(base.out)} × ${piece.pct.toFixed(2)}% × ${ob.multiplier.toString()} × ${days} ÷ ${ob.basis} = ${shown}`,
          court.general({
            name: ob.label || ob.id,
            span: daysSpan(piece.start, piece.end),
            base: base.label || base.id,
            out: yuan(base.out),
            pct: pctText(piece.pct),
            times: ob.multiplier.equals(1) ? '' : ob.multiplier.toString(),
            days,
            basis: ob.basis,
            amount: grouped(shown),
            source: sourceText(piece.source),
          }),
        );
        steps?.push(step);
        this.period(ob, 'general', piece.start, piece.end, days, shown, step);
      }
    }
  }

  private accrueDoubled(ob: Ob, prev: number, t: number, steps?: number[]): void {
    const a = Math.max(prev, ob.delayStart, BOUNDARY);
    if (t <= a || ob.out.isZero()) return;
    const days = countedDays(this.excluded, a, t);
    if (days === 0) return;
    const amount = ob.out.times(DAILY_C).times(days);
    ob.doubled = ob.doubled.plus(amount);
    this.accruedDoubled = this.accruedDoubled.plus(amount);
    if (this.trace) {
      const shown = money(amount);
      const step = this.trace.add(
        messages.traceDoubled,
        { id: ob.id, span: span(a, t), days },
        `${money(ob.out)} × 0.000175 × ${days} = ${shown}`,
        court.doubled({
          name: ob.label || ob.id,
          span: daysSpan(a, t),
          days,
          out: yuan(ob.out),
          amount: grouped(shown),
        }),
      );
      steps?.push(step);
      this.period(ob, 'doubled', a, t, days, shown, step);
    }
  }

  /** End of 2014-07-31: the old interest of every unpaid part becomes a fixed amount (§4.1). */
  boundary(): void {
    this.accrue(BOUNDARY);
    const run = { boundaryDone: false, factorDenominator: this.factorDenominator };
    for (const ob of this.obs) {
      if (!ob.factor) continue;
      const value = attached(run, ob, BOUNDARY);
      const f = ob.factor.at(BOUNDARY);
      if (this.trace && f.band)
        this.trace.add(
          messages.traceBoundary,
          { id: ob.id, value: money(value) },
          `${money(ob.out)} × 2 × (${ob.factor.describe(BOUNDARY)}) ÷ ${this.settings.dayBasis} = ${money(value.plus(ob.credit))} [band ${f.band}, ${span(f.start, f.end)}] − credit ${money(ob.credit)}`,
          f.days === 0
            ? court.boundaryNone(ob.label || ob.id)
            : court.boundary({
                name: ob.label || ob.id,
                out: yuan(ob.out),
                span: daysSpan(f.start, f.end),
                band: court.bandNames[f.band],
                segments: segmentsText(ob.factor.segments(BOUNDARY)),
                basis: this.settings.dayBasis,
                gross: yuan(value.plus(ob.credit)),
                credit: yuan(ob.credit),
                value: yuan(value),
              }),
        );
      ob.oldFixed = ob.oldFixed.plus(value);
      ob.credit = ZERO;
    }
    this.boundaryDone = true;
  }

  nameOf(id: string): string {
    const ob = this.obs.find((o) => o.id === id);
    return ob?.label || id;
  }

  private readonly groupCache = new Map<number, [Ob[], Ob[]]>();

  /** Due and not-yet-due obligations on day t: obligations are sorted by s, so the due ones are a prefix. */
  private groups(day: number): [Ob[], Ob[]] {
    let k = 0;
    while (k < this.obs.length && this.obs[k]!.due <= day) k++;
    let groups = this.groupCache.get(k);
    if (!groups) this.groupCache.set(k, (groups = [this.obs.slice(0, k), this.obs.slice(k)]));
    return groups;
  }

  private ruleFor(day: number, date: string): Rule {
    const agreed = this.settings.agreedOrders.find((a) => a.from <= date && (a.to === null || date <= a.to));
    if (agreed) return fromOrder('agreed', agreed.order);
    const regime = regimeOf(day);
    if (regime === 'A') return fromOrder('A', this.settings.regimeAOrder);
    if (regime === 'B') return fromOrder('B', 'proportional');
    return { regime: 'C', order: this.settings.regimeCOrder, name: this.settings.regimeCOrder.join(' → ') };
  }

  pay(payment: LedgerPayment, day: number): Allocation {
    const steps: number[] = [];
    this.accrue(day, steps);
    this.record(day, payment.id, 'before');
    const rule = this.ruleFor(day, payment.date);
    const run: PaymentRun = {
      t: day,
      factorDenominator: this.factorDenominator,
      slicing: day <= BOUNDARY || this.settings.oldBandTo === 'end',
      boundaryDone: this.boundaryDone,
      parts: new Map(),
      trace: this.trace,
      steps,
    };
    const amount = new Decimal(payment.amount);
    let left = amount;
    // Due obligations first, then the not-yet-due, each under the same rule (民法典 第560条).
    const [due, notDue] = this.groups(day);
    for (const [group, label] of [
      [due, messages.dueGroup],
      [notDue, messages.notDueGroup],
    ] as const) {
      if (left.isZero() || group.length === 0) continue;
      left =
        rule.order === 'proportional'
          ? payProportional(run, group, label, left)
          : payInOrder(run, rule.order, group, left);
    }
    this.record(day, payment.id, 'after');
    const parts = [...run.parts.values()].map((p) => ({
      obligation: p.obligation,
      bucket: p.bucket,
      amount: money(p.amount),
    }));
    const kind = payment.kind ?? DEFAULT_PAYMENT_KIND;
    if (this.trace) {
      const order = { zh: orderLabelZh(rule.name), en: rule.name };
      const ruleText =
        rule.regime === 'agreed'
          ? render(messages.ruleAgreed, { order })
          : render(messages.ruleRegime, { regime: rule.regime, order });
      const listed = joinTexts(
        parts.map((p) =>
          render(messages.paymentPart, {
            obligation: p.obligation,
            bucket: { zh: BUCKET_LABELS[p.bucket].zh, en: p.bucket },
            amount: p.amount,
          }),
        ),
      );
      steps.push(
        this.trace.add(
          messages.tracePayment,
          {
            id: payment.id,
            date: payment.date,
            kind,
            amount: money(amount),
            rule: ruleText,
            parts: listed,
            overpaid: money(left),
          },
          `${money(amount)} = ${[...parts.map((p) => p.amount), money(left)].join(' + ')}`,
          court.payment({
            date: writtenDate(payment.date),
            kind,
            amount: yuan(amount),
            rule: courtRule(rule),
            parts:
              parts.length === 0
                ? court.nothing
                : parts
                    .map((p) =>
                      court.part(this.nameOf(p.obligation), BUCKET_LABELS[p.bucket].zh, grouped(p.amount)),
                    )
                    .join(court.partSeparator),
            overpaid: money(left),
          }),
        ),
      );
    }
    return {
      payment: payment.id,
      date: payment.date,
      kind,
      amount: money(amount),
      regime: rule.regime,
      rule: rule.name,
      parts,
      overpaid: money(left),
      traceSteps: steps,
    };
  }

  /** Every balance line as of day t, each rounded, and the bucket totals as sums of rounded lines (§4.5). */
  snapshot(t: number): { lines: BalanceLine[]; totals: Record<BucketName, Decimal> } {
    const run = { boundaryDone: this.boundaryDone, factorDenominator: this.factorDenominator };
    const lines: BalanceLine[] = [];
    const totals: Record<BucketName, Decimal> = {
      principal: ZERO,
      fee: ZERO,
      generalInterest: ZERO,
      oldDelay: ZERO,
      doubled: ZERO,
    };
    const add = (ob: Ob, bucket: BucketName, value: Decimal) => {
      const rounded = roundFen(value);
      totals[bucket] = totals[bucket].plus(rounded);
      lines.push({ obligation: ob.id, label: ob.label, bucket, amount: money(rounded) });
    };
    for (const ob of this.obs) {
      if (ob.kind === 'interestRunning') add(ob, 'generalInterest', ob.gi);
      else add(ob, outBucket(ob), ob.out);
      if (ob.delayBase) {
        add(ob, 'oldDelay', ob.oldFixed.plus(attached(run, ob, t)));
        add(ob, 'doubled', ob.doubled);
      }
    }
    return { lines, totals };
  }

  balances(asOf: number, asOfIso: string): { balances: Balances; lines: BalanceLine[] } {
    const { lines, totals } = this.snapshot(asOf);
    const balances = toBalances(totals);
    this.trace?.add(
      messages.traceBalances,
      { asOf: asOfIso, ...balances },
      `${balances.principal} + ${balances.fee} + ${balances.generalInterest} + ${balances.oldDelay} + ${balances.doubled} = ${balances.total}`,
      court.balances({
        asOf: writtenDate(asOfIso),
        principal: grouped(balances.principal),
        fee: grouped(balances.fee),
        generalInterest: grouped(balances.generalInterest),
        oldDelay: grouped(balances.oldDelay),
        doubled: grouped(balances.doubled),
        total: grouped(balances.total),
      }),
    );
    return { balances, lines };
  }
}

function toBalances(totals: Record<BucketName, Decimal>): Balances {
  const total = Object.values(totals).reduce((a, b) => a.plus(b), ZERO);
  return {
    principal: money(totals.principal),
    fee: money(totals.fee),
    generalInterest: money(totals.generalInterest),
    oldDelay: money(totals.oldDelay),
    doubled: money(totals.doubled),
    total: money(total),
  };
}

function fromOrder(regime: Regime, order: BucketName[] | OrderName): Rule {
  if (Array.isArray(order)) return { regime, order, name: order.join(' → ') };
  if (order === 'proportional') return { regime, order: 'proportional', name: 'proportional' };
  return { regime, order: ORDER_CHAINS[order], name: order };
}

/** The rule of a payment's date in court language. */
function courtRule(rule: Rule): string {
  const order = orderLabelZh(rule.name);
  if (rule.regime === 'agreed') return court.ruleAgreed(order);
  if (rule.regime === 'A') return court.ruleA(order);
  if (rule.regime === 'B') return court.ruleB;
  return court.ruleC(order);
}

/** The parts of a payment in a list, or 「无」 when nothing was applied. */
function joinTexts(parts: Text[]): Text {
  if (parts.length === 0) return messages.nothingApplied;
  const { zh, en } = messages.partSeparator;
  return { zh: parts.map((p) => p.zh).join(zh), en: parts.map((p) => p.en).join(en) };
}

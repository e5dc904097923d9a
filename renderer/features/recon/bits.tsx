import type { OrderInForce, SessionEntryView } from '../../../core/features/recon/model';
import type { Position } from '../../../core/features/recon/model';
import type {
  Allocation,
  Balances,
  BucketName,
  LedgerObligation,
  OrderName,
} from '../../../core/lib/interest/types';
import { Amount } from '../../ui/Amount';
import { writtenDate } from '../../../core/lib/money/input';
import { formatAmount } from '../../ui/lib/money';
import { useI18n } from '../../app/i18n';
import { BALANCE_BUCKETS, CLAIM_KIND_KEYS, claimParts, orderChoiceOf, periodRef } from './recon';
import { paymentKindLabel, kindLabel } from '../cases/forms';
import './recon.css';

/** Small pieces shared by the operator view and the presenter page. */

export function LockIcon() {
  const { t } = useI18n();
  return (
    <svg
      className="lock-icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      role="img"
      aria-label={t('recon.locked')}
      data-testid="lock-icon"
    >
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}

/** "付款 p3" / "本金 P 货款" / "余额"; short for the list. */
export function EntryTitle({ entry, short }: { entry: SessionEntryView; short?: boolean }) {
  const { t } = useI18n();
  if (entry.kind === 'balance') return <>{t('recon.entry.balance')}</>;
  if (entry.kind === 'order') return <>{t('recon.entry.order')}</>;
  if (entry.kind === 'period') {
    const kind = entry.period ? t(`recon.period.${entry.period.kind}`) : '';
    return short ? (
      <>
        <span className="muted">{kind}</span> <span className="mono">{periodRef(entry.ref)}</span>
      </>
    ) : (
      <>
        {t('recon.entry.period', { ref: periodRef(entry.ref) })} {kind}
      </>
    );
  }
  if (entry.kind === 'payment') {
    // Named as the parties know it: the day, the amount, how it was paid (the ledger's code stays internal).
    const p = entry.payment;
    if (!p) return <>{t('recon.entry.payment', { ref: entry.ref })}</>;
    return short ? (
      <>
        <span className="mono">{p.date}</span> <span className="muted">{<PaymentKind kind={p.kind} />}</span>
      </>
    ) : (
      <>
        {t('recon.entry.paymentLabel', { date: p.date, amount: formatAmount(p.amount) })}{' '}
        <PaymentKind kind={p.kind} />
      </>
    );
  }
  const o = entry.obligation;
  const kind = o ? t(kindLabel(o.kind)) : '';
  return (
    <>
      {kind} <span className="mono">{entry.ref}</span>
      {o?.label ? ` ${o.label}` : ''}
    </>
  );
}

export function PaymentKind({ kind }: { kind: string | undefined }) {
  const { t } = useI18n();
  if (!kind) return null;
  const key = paymentKindLabel(kind);
  return <>{key ? t(key) : kind}</>;
}

/** How a payment was applied: one line per obligation and bucket. */
export function AllocationParts({ allocation, testId }: { allocation: Allocation; testId?: string }) {
  const { t } = useI18n();
  return (
    <table className="parts" data-testid={testId}>
      <tbody>
        {allocation.parts.map((p, i) => (
          <tr key={i}>
            <th scope="row">
              <span className="mono">{p.obligation}</span> {t(`bucket.${p.bucket}`)}
            </th>
            <td className="num">
              <Amount value={p.amount} />
            </td>
          </tr>
        ))}
        {allocation.overpaid !== '0.00' && (
          <tr>
            <th scope="row">{t('calc.overpaid')}</th>
            <td className="num">
              <Amount value={allocation.overpaid} />
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The five buckets and the total. */
export function BalanceTable({ balances, testId }: { balances: Balances; testId?: string }) {
  const { t } = useI18n();
  return (
    <table className="parts parts--balances" data-testid={testId}>
      <tbody>
        {BALANCE_BUCKETS.map((b) => (
          <tr key={b}>
            <th scope="row">{t(`bucket.${b}`)}</th>
            <td className="num">
              <Amount value={balances[b]} testId={testId ? `${testId}-${b}` : undefined} />
            </td>
          </tr>
        ))}
        <tr className="parts__total">
          <th scope="row">{t('bucket.total')}</th>
          <td className="num">
            <Amount value={balances.total} testId={testId ? `${testId}-total` : undefined} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** An obligation's facts: kind, amount, due date; for running interest its base, schedule and period. */
export function ObligationFacts({ obligation }: { obligation: LedgerObligation }) {
  const { t } = useI18n();
  if (obligation.kind === 'interestRunning') {
    return (
      <dl className="entry-facts">
        <div>
          <dt>{t('field.kind')}</dt>
          <dd>{t(kindLabel(obligation.kind))}</dd>
        </div>
        <div>
          <dt>{t('field.base')}</dt>
          <dd className="mono">{obligation.base}</dd>
        </div>
        <div>
          <dt>{t('field.scheduleType')}</dt>
          <dd>{t(`schedule.${obligation.schedule.type}`)}</dd>
        </div>
        <div>
          <dt>{t('recon.period')}</dt>
          <dd className="mono">
            {obligation.from} — {obligation.until ?? t('recon.untilPaid')}
          </dd>
        </div>
      </dl>
    );
  }
  return (
    <dl className="entry-facts">
      <div>
        <dt>{t('field.kind')}</dt>
        <dd>{t(kindLabel(obligation.kind))}</dd>
      </div>
      <div>
        <dt>{t('field.amount')}</dt>
        <dd className="entry-facts__big">
          <Amount value={obligation.amount} testId="recon-entry-amount" />
        </dd>
      </div>
      <div>
        <dt>{t('field.due')}</dt>
        <dd className="mono">{obligation.due}</dd>
      </div>
    </dl>
  );
}

/** A party's position in words: not stated / no objection / objects (what it claims). */
export function PositionText({ position }: { position: Position | undefined }) {
  const { t } = useI18n();
  if (!position) return <span className="muted">{t('recon.position.none')}</span>;
  if (position.stance === 'agree')
    return <span className="stance stance--agree">{t('recon.position.agree')}</span>;
  const c = position.claim;
  return (
    <span className="stance stance--dispute">
      {t('recon.position.dispute')}
      {c && claimParts(c).length > 0 && (
        <>
          {t('punct.colon')}
          {c.removed ? (
            t('recon.disputeKind.removed')
          ) : (
            <>
              {c.date && <span>{t('recon.claim.date', { date: writtenDate(c.date) })} </span>}
              {c.amount && (
                <span>
                  {t('recon.claim.amount')} <Amount value={c.amount} /> {t('common.yuan')}{' '}
                </span>
              )}
              {c.order && <span>{t('recon.claim.order', { order: orderName(t, c.order) })}</span>}
            </>
          )}
        </>
      )}
    </span>
  );
}

type T = ReturnType<typeof useI18n>['t'];

/** A claimed order in words: its name when the list has one, else the buckets in order. */
export function orderName(t: T, order: NonNullable<Position['claim']>['order']): string {
  const choice = orderChoiceOf(order);
  if (choice) return t(`recon.orderName.${choice}`);
  return Array.isArray(order) ? order.map((b) => t(`bucket.${b}`)).join(' → ') : String(order ?? '');
}

/** An engine rule name ("interestFirst" or "fee → principal → …") in the current language. */
export function orderText(t: T, name: string): string {
  const parts = name.split(' → ');
  return orderName(t, parts.length > 1 ? (parts as BucketName[]) : (name as OrderName));
}

/** "日期争议" / "金额争议" / "否认付款", joined. */
export function disputeKinds(t: ReturnType<typeof useI18n>['t'], position: Position | undefined): string {
  const parts = claimParts(position?.claim);
  return parts.length
    ? parts.map((p) => t(CLAIM_KIND_KEYS[p])).join(t('punct.list'))
    : t('recon.disputeKind.other');
}

/** The application orders in force, by dates: what the order entry asks the parties to accept. */
export function OrdersTable({ orders, big }: { orders: OrderInForce[]; big?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <div className={big ? 'orders orders--big' : 'orders'}>
      <p className="muted">{t('recon.order.intro')}</p>
      <table className="parts" data-testid="recon-orders">
        <thead>
          <tr>
            <th scope="col">{t('recon.order.regime')}</th>
            <th scope="col">{t('recon.order.order')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o, i) => (
            <tr key={i} data-regime={o.regime}>
              <th scope="row">
                {t(`recon.order.regime.${o.regime}`)}
                {o.regime === 'agreed' && (
                  <span className="mono muted">
                    {' '}
                    {o.from} — {o.to ?? ''}
                  </span>
                )}
              </th>
              <td>{locale === 'zh-CN' ? o.zh : orderText(t, o.order)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { SessionEntryView } from '../../../core/api/types';
import { Amount } from '../../components/Amount';
import { useI18n } from '../../i18n';
import { STATUS_KEYS } from '../../lib/recon';
import { TracePanel } from '../computation/TracePanel';
import {
  AllocationParts,
  BalanceTable,
  EntryTitle,
  LockIcon,
  ObligationFacts,
  OrdersTable,
  PaymentKind,
} from './bits';

const NO_HIGHLIGHT: ReadonlySet<number> = new Set();

/** The current entry, large: what it is, and for a payment how it was applied and the computation behind it. */
export function EntryDetail({ entry, count }: { entry: SessionEntryView; count: number }) {
  const { t } = useI18n();
  return (
    <article
      className="entry-detail"
      data-testid="recon-current"
      data-key={entry.key}
      data-index={entry.index}
      data-status={entry.status}
      data-locked={entry.locked}
    >
      <header className="entry-detail__head">
        <span className="entry-detail__n" data-testid="recon-current-number">
          {t('recon.entryOf', { n: entry.index + 1, m: count })}
        </span>
        <h2>
          <EntryTitle entry={entry} />
        </h2>
        <span className={`status status--${entry.status} status--large`} data-testid="recon-current-status">
          {entry.locked && <LockIcon />}
          {t(STATUS_KEYS[entry.status])}
        </span>
      </header>

      {entry.kind === 'obligation' && entry.obligation && <ObligationFacts obligation={entry.obligation} />}

      {entry.kind === 'payment' && entry.payment && (
        <>
          <dl className="entry-facts">
            <div>
              <dt>{t('field.date')}</dt>
              <dd className="mono entry-facts__big" data-testid="recon-entry-date">
                {entry.payment.date}
              </dd>
            </div>
            <div>
              <dt>{t('field.paymentKind')}</dt>
              <dd>
                <PaymentKind kind={entry.payment.kind} />
              </dd>
            </div>
            <div>
              <dt>{t('field.amount')}</dt>
              <dd className="entry-facts__big">
                <Amount value={entry.payment.amount} testId="recon-entry-amount" />
              </dd>
            </div>
          </dl>
          {entry.allocation ? (
            <div className="entry-detail__applied">
              <h3>
                {t('recon.applied')}{' '}
                <span className="muted">（{t(`regime.${entry.allocation.regime}`)}）</span>
              </h3>
              <AllocationParts allocation={entry.allocation} testId="recon-allocation" />
            </div>
          ) : (
            <p className="muted">{t('recon.notApplied')}</p>
          )}
          {entry.trace && entry.trace.length > 0 && (
            <div className="entry-detail__trace">
              <h3>{t('recon.trace')}</h3>
              <TracePanel steps={entry.trace} highlight={NO_HIGHLIGHT} />
            </div>
          )}
        </>
      )}

      {entry.kind === 'period' &&
        (entry.period ? (
          <>
            <dl className="entry-facts">
              <div>
                <dt>{t('field.kind')}</dt>
                <dd>
                  <span className="mono">{entry.period.obligation}</span>{' '}
                  {t(`recon.period.${entry.period.kind}`)}
                </dd>
              </div>
              <div>
                <dt>{t('recon.period')}</dt>
                <dd className="mono" data-testid="recon-period-span">
                  {t('recon.period.span', { from: entry.period.from, to: entry.period.to })}
                </dd>
              </div>
              <div>
                <dt>{t('recon.period.days')}</dt>
                <dd className="mono entry-facts__big" data-testid="recon-period-days">
                  {entry.period.days}
                </dd>
              </div>
              <div>
                <dt>{t('recon.period.amount')}</dt>
                <dd className="entry-facts__big">
                  <Amount value={entry.period.rounded} testId="recon-entry-amount" />
                </dd>
              </div>
            </dl>
            {entry.trace && entry.trace.length > 0 && (
              <div className="entry-detail__trace">
                <h3>{t('recon.trace')}</h3>
                <TracePanel steps={entry.trace} highlight={NO_HIGHLIGHT} />
              </div>
            )}
          </>
        ) : (
          <p className="muted">{t('recon.period.missing')}</p>
        ))}

      {entry.kind === 'order' && entry.orders && <OrdersTable orders={entry.orders} />}

      {entry.kind === 'balance' && entry.balances && (
        <>
          <p className="muted">{t('recon.balanceAsOf', { asOf: entry.asOf ?? '' })}</p>
          <BalanceTable balances={entry.balances} testId="recon-balance" />
        </>
      )}
    </article>
  );
}

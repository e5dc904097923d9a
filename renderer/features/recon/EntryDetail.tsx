import type { ReactNode } from 'react';
import type { SessionEntryView } from '../../../core/features/recon/model';
import { Amount } from '../../ui/Amount';
import { useI18n } from '../../app/i18n';
import { STATUS_KEYS } from './recon';
import { TracePanel } from '../ledger/TracePanel';
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
          <Facts
            rows={[
              {
                label: t('field.date'),
                value: entry.payment.date,
                big: true,
                mono: true,
                testId: 'recon-entry-date',
              },
              { label: t('field.paymentKind'), value: <PaymentKind kind={entry.payment.kind} /> },
              {
                label: t('field.amount'),
                value: <Amount value={entry.payment.amount} testId="recon-entry-amount" />,
                big: true,
              },
            ]}
          />
          {entry.allocation ? (
            <div className="entry-detail__applied">
              <h3>
                {t('recon.applied')}{' '}
                <span className="muted">
                  {t('punct.paren', { text: t(`regime.${entry.allocation.regime}`) })}
                </span>
              </h3>
              <AllocationParts allocation={entry.allocation} testId="recon-allocation" />
            </div>
          ) : (
            <p className="muted">{t('recon.notApplied')}</p>
          )}
          <EntryTrace entry={entry} />
        </>
      )}

      {entry.kind === 'period' &&
        (entry.period ? (
          <>
            <Facts
              rows={[
                {
                  label: t('field.kind'),
                  value: (
                    <>
                      <span className="mono">{entry.period.obligation}</span>{' '}
                      {t(`recon.period.${entry.period.kind}`)}
                    </>
                  ),
                },
                {
                  label: t('recon.period'),
                  value: t('recon.period.span', { from: entry.period.from, to: entry.period.to }),
                  mono: true,
                  testId: 'recon-period-span',
                },
                {
                  label: t('recon.period.days'),
                  value: entry.period.days,
                  big: true,
                  mono: true,
                  testId: 'recon-period-days',
                },
                {
                  label: t('recon.period.amount'),
                  value: <Amount value={entry.period.amount} testId="recon-entry-amount" />,
                  big: true,
                },
              ]}
            />
            <EntryTrace entry={entry} />
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

type Fact = { label: string; value: ReactNode; big?: boolean; mono?: boolean; testId?: string };

/** The facts of an entry as a definition list, the key figures large. */
function Facts({ rows }: { rows: Fact[] }) {
  return (
    <dl className="entry-facts">
      {rows.map((r) => (
        <div key={r.label}>
          <dt>{r.label}</dt>
          <dd
            className={
              [r.mono ? 'mono' : '', r.big ? 'entry-facts__big' : ''].filter(Boolean).join(' ') || undefined
            }
            data-testid={r.testId}
          >
            {r.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The computation behind the entry: its steps of the engine's trace. */
function EntryTrace({ entry }: { entry: SessionEntryView }) {
  const { t } = useI18n();
  if (!entry.trace || entry.trace.length === 0) return null;
  return (
    <div className="entry-detail__trace">
      <h3>{t('recon.trace')}</h3>
      <TracePanel steps={entry.trace} highlight={NO_HIGHLIGHT} />
    </div>
  );
}

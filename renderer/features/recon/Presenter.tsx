import { useEffect, useState } from 'react';
import type { Topics } from '../../../core/platform/api/contract';
import type { SessionEntryView } from '../../../core/features/recon/model';
import { SIDES } from '../../../core/features/recon/model';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { useI18n } from '../../app/i18n';
import {
  asPresenterSession,
  BALANCE_BUCKETS,
  ROLE_KEYS,
  SIDE_KEYS,
  STATUS_KEYS,
  totalsDiffer,
  type PresenterSession,
} from './recon';
import { BalanceChart } from '../ledger/BalanceChart';
import { EntryTitle, LockIcon, OrdersTable, PaymentKind, PositionText } from './bits';
import type { HearingWallPayload } from '../../../core/features/hearings/model';
import { asHearingWall } from '../hearings/hearing';
import { HearingWall } from '../hearings/HearingWall';
import './recon.css';
import './wall.css';

/**
 * The presenter page (/presenter), the wall: black until the operator puts something on it, large type,
 * read-only, no API calls of its own. It renders only what arrives on 'presenter.show' (built and masked
 * on the operator's side): a reconciliation session's current entry, or a title and lines.
 */
type Shown = { title: string; lines: string[] };
type Wall =
  | { view: 'session'; session: PresenterSession }
  | { view: 'hearing'; hearing: HearingWallPayload }
  | { view: 'text'; shown: Shown }
  | null;

export function toShown(message: Topics['presenter.show']): Shown | null {
  const p = message.payload;
  if (p === null || p === undefined || p === '') return null;
  if (typeof p === 'string' || typeof p === 'number') return { title: String(p), lines: [] };
  if (typeof p === 'object') {
    const o = p as { title?: unknown; lines?: unknown; text?: unknown };
    const title = typeof o.title === 'string' ? o.title : typeof o.text === 'string' ? o.text : '';
    const lines = Array.isArray(o.lines) ? o.lines.filter((l): l is string => typeof l === 'string') : [];
    if (title || lines.length) return { title, lines };
  }
  return null;
}

export function toWall(message: Topics['presenter.show']): Wall {
  if (message.view === 'blank') return null;
  if (message.view === 'session') {
    const session = asPresenterSession(message.payload);
    return session ? { view: 'session', session } : null;
  }
  if (message.view === 'hearing') {
    const hearing = asHearingWall(message.payload);
    return hearing ? { view: 'hearing', hearing } : null;
  }
  const shown = toShown(message);
  return shown ? { view: 'text', shown } : null;
}

export function Presenter() {
  const [wall, setWall] = useState<Wall>(null);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    document.body.classList.add('presenter-body');
    const off = api.subscribe(
      'presenter.show',
      (message) => setWall(toWall(message)),
      () => setConnected(true),
    );
    return () => {
      off();
      document.body.classList.remove('presenter-body');
    };
  }, []);

  return (
    <main
      className={`presenter${wall?.view === 'session' ? ' presenter--session' : ''}`}
      data-testid="presenter"
      data-blank={wall === null}
      data-connected={connected}
      data-index={wall?.view === 'session' ? wall.session.index : undefined}
      data-entry-key={wall?.view === 'session' ? (wall.session.entry?.key ?? '') : undefined}
    >
      {wall?.view === 'text' && (
        <div className="presenter__content">
          {wall.shown.title && <h1>{wall.shown.title}</h1>}
          {wall.shown.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
      {wall?.view === 'session' && <SessionWall session={wall.session} />}
      {wall?.view === 'hearing' && <HearingWall wall={wall.hearing} />}
    </main>
  );
}

function SessionWall({ session }: { session: PresenterSession }) {
  const { t } = useI18n();
  const { entry, impact } = session;
  // The four versions matter once anything is disputed anywhere, even a dispute worth 0.00.
  const showTotals = session.disputeCount > 0 || totalsDiffer(impact);
  return (
    <div className="wall">
      <header className="wall__head">
        <span className="wall__case" data-testid="wall-case">
          {session.caseNumber}
        </span>
        <span className="wall__n" data-testid="wall-number">
          {t('recon.entryOf', { n: session.index + 1, m: session.count })}
        </span>
      </header>
      <div className={`wall__body${showTotals ? '' : ' wall__body--single'}`}>
        {entry && <WallEntry entry={entry} participants={session.participants} />}
        {showTotals && impact && (
          <aside className="wall__totals" data-testid="wall-totals">
            {(['record', 'creditor', 'debtor', 'court'] as const).map((k) => (
              <div key={k} className={`wall__total wall__total--${k}`} data-testid={`wall-total-${k}`}>
                <span>{t(`recon.money.${k}`)}</span>
                {impact[k] === null ? (
                  <span className="wall__pending">{t('recon.money.courtPending')}</span>
                ) : (
                  <Amount value={impact[k]} />
                )}
              </div>
            ))}
          </aside>
        )}
      </div>
      {/* Once people have spoken on the entry, what they said takes the chart's room. */}
      {session.timeline.length > 1 && !(entry?.persons ?? []).length && (
        <footer className="wall__chart">
          <BalanceChart points={session.timeline} />
        </footer>
      )}
    </div>
  );
}

function WallEntry({
  entry,
  participants,
}: {
  entry: SessionEntryView;
  participants: PresenterSession['participants'];
}) {
  const { t } = useI18n();
  const people = new Map(participants.map((p) => [p.id, p]));
  // Each person who has spoken on this entry, by name; a whole side (older sessions) by the side's name.
  const lines = (entry.persons ?? []).length
    ? (entry.persons ?? []).map((p) => {
        const person = p.participantId != null ? people.get(p.participantId) : undefined;
        const label = person
          ? `${ROLE_KEYS[person.role as keyof typeof ROLE_KEYS] ? t(ROLE_KEYS[person.role as keyof typeof ROLE_KEYS]) : ''}${person.name}`
          : p.side === 'interested'
            ? t('recon.side.interested')
            : t(SIDE_KEYS[p.side]);
        return { key: person ? `p${person.id}` : p.side, label, position: p };
      })
    : SIDES.map((s) => ({ key: s, label: t(SIDE_KEYS[s]), position: entry.positions[s] }));
  const formulas = (entry.trace ?? []).slice(-3);
  return (
    <section className="wall__entry" data-testid="wall-entry" data-key={entry.key}>
      <h1 className="wall__title">
        {/* a payment's day, kind and amount are the large facts below; the title only says what it is */}
        {entry.kind === 'payment' && entry.payment ? (
          t('recon.entry.paymentTitle')
        ) : (
          <EntryTitle entry={entry} />
        )}
        <span className={`status status--${entry.status} wall__status`}>
          {entry.locked && <LockIcon />}
          {t(STATUS_KEYS[entry.status])}
        </span>
      </h1>

      {entry.kind === 'payment' && entry.payment && (
        <>
          <div className="wall__facts">
            <span className="mono wall__date">{entry.payment.date}</span>
            <span className="wall__kind">
              <PaymentKind kind={entry.payment.kind} />
            </span>
            <span className="wall__amount">
              <Amount value={entry.payment.amount} testId="wall-amount" /> <small>{t('common.yuan')}</small>
            </span>
          </div>
          {entry.allocation && (
            <div className="wall__applied">
              <span className="wall__label">{t('recon.applied')}</span>
              {entry.allocation.parts.map((p, i) => (
                <span key={i} className="wall__part">
                  {t(`bucket.${p.bucket}`)} <Amount value={p.amount} />
                </span>
              ))}
            </div>
          )}
          {formulas.length > 0 && (
            <ol className="wall__formulas" data-testid="wall-formulas">
              {formulas.map((s) => (
                <li key={s.step}>
                  <code className="mono">{s.formula}</code>
                </li>
              ))}
            </ol>
          )}
        </>
      )}

      {entry.kind === 'obligation' && entry.obligation && (
        <div className="wall__facts">
          {'amount' in entry.obligation ? (
            <>
              <span className="wall__amount">
                <Amount value={entry.obligation.amount} testId="wall-amount" />{' '}
                <small>{t('common.yuan')}</small>
              </span>
              <span className="mono wall__date">
                {t('field.due')} {entry.obligation.due}
              </span>
            </>
          ) : (
            <span className="mono wall__date">
              {entry.obligation.from} — {entry.obligation.until ?? t('recon.untilPaid')}
            </span>
          )}
        </div>
      )}

      {entry.kind === 'period' && entry.period && (
        <>
          <div className="wall__facts">
            <span className="mono wall__date">
              {t('recon.period.span', { from: entry.period.from, to: entry.period.to })}
            </span>
            <span className="wall__kind">
              {entry.period.days} {t('recon.period.days')}
            </span>
            <span className="wall__amount">
              <Amount value={entry.period.amount} testId="wall-amount" /> <small>{t('common.yuan')}</small>
            </span>
          </div>
          {formulas.length > 0 && (
            <ol className="wall__formulas" data-testid="wall-formulas">
              {formulas.map((s) => (
                <li key={s.step}>
                  <code className="mono">{s.formula}</code>
                </li>
              ))}
            </ol>
          )}
        </>
      )}

      {entry.kind === 'order' && entry.orders && <OrdersTable orders={entry.orders} big />}

      {entry.kind === 'balance' && entry.balances && (
        <>
          <div className="wall__facts">
            <span className="wall__amount">
              <Amount value={entry.balances.total} testId="wall-amount" /> <small>{t('common.yuan')}</small>
            </span>
            <span className="mono wall__date">{t('recon.balanceAsOf', { asOf: entry.asOf ?? '' })}</span>
          </div>
          <div className="wall__applied wall__buckets">
            {BALANCE_BUCKETS.map((b) => (
              <span key={b} className="wall__part">
                {t(`bucket.${b}`)} <Amount value={entry.balances?.[b]} />
              </span>
            ))}
          </div>
        </>
      )}

      <div
        className={`wall__positions${lines.length > 3 ? ' wall__positions--many' : ''}`}
        data-testid="wall-positions"
      >
        {lines.map((l) => (
          <p key={l.key} data-testid="wall-position">
            <span className="wall__label">{l.label}</span>
            <PositionText position={l.position} />
            {l.position?.statement && (
              <span className="wall__statement">{t('punct.quoted', { text: l.position.statement })}</span>
            )}
          </p>
        ))}
        {entry.finding && (
          <p>
            <span className="wall__label">{t('recon.finding')}</span>
            {t(`recon.finding.${entry.finding.adopt}`)}
          </p>
        )}
      </div>
    </section>
  );
}

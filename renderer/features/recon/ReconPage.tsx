import { useCallback, useEffect, useState } from 'react';
import type { Envelope, ErrorInfo } from '../../../core/platform/api/model';
import type { SessionEntryView, SessionView } from '../../../core/features/recon/model';
import type { Participant, Side } from '../../../core/features/recon/model';
import { ROLE_SPEAKS_FOR } from '../../../core/features/recon/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { keyAction, STATE_KEYS } from './recon';
import { hrefFor } from '../../app/route';
import { EntryDetail } from './EntryDetail';
import { EntryList } from './EntryList';
import { AgreeForm, DisputeForm, FindingForm, RestForm, UnlockForm, type OpenForm } from './forms';
import { KeyLegend } from './KeyLegend';
import { MoneyPanel } from './MoneyPanel';
import { Outcome } from './Outcome';
import { Participants } from './Participants';
import { SidesPanel, speakersOf } from './SidesPanel';
import { useSession } from './useSession';
import { SigningLink } from '../signatures/SigningPage';
import './recon.css';

const isField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * The operator's reconciliation screen (#/case/<id>/recon/<sessionId>): participants before the start;
 * then every entry on the left, the current one in the middle with each party's position, the money on
 * the right. Keyboard-first; nothing changes without a confirm button.
 */
export function ReconPage({ caseId, sessionId }: { caseId: number; sessionId: number }) {
  const { t, locale } = useI18n();
  const s = useSession(sessionId);
  const [side, setSide] = useState<Side>('creditor');
  const [personId, setPersonId] = useState<number | null>(null);
  const [form, setForm] = useState<OpenForm>(null);
  const [confirm, setConfirm] = useState<'start' | 'close' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const message = useCallback((e: ErrorInfo) => (locale === 'en' ? e.message_en : e.message_zh), [locale]);

  const view = s.view;
  const entry: SessionEntryView | undefined = view?.entries[s.cursor];
  const live = view?.state === 'IN_SESSION';
  const walking = view !== null && view.state !== 'DRAFT';
  const speakers = view ? speakersOf(view.participants) : [];
  // The person the keys act on: the one picked, else the first who speaks for the picked side.
  const person: Participant | null =
    speakers.find((p) => p.id === personId) ??
    speakers.find((p) => ROLE_SPEAKS_FOR[p.role] === side) ??
    speakers[0] ??
    null;
  const pickPerson = useCallback((p: Participant) => {
    setPersonId(p.id);
    const speaks = ROLE_SPEAKS_FOR[p.role];
    if (speaks === 'creditor' || speaks === 'debtor') setSide(speaks);
  }, []);

  const openForm = useCallback(
    (next: Exclude<OpenForm, null>) => {
      if (!live || !entry) return;
      if (s.stale) return;
      if ((next.kind === 'agree' || next.kind === 'dispute') && entry.locked) return;
      if (next.kind === 'finding' && entry.status !== 'disputed' && entry.status !== 'found') return;
      if (next.kind === 'unlock' && !entry.locked) return;
      if ((next.kind === 'agree' || next.kind === 'dispute') && next.side !== 'interested')
        setSide(next.side);
      if ((next.kind === 'agree' || next.kind === 'dispute' || next.kind === 'rest') && next.person)
        setPersonId(next.person.id);
      setError(null);
      setForm(next);
    },
    [entry, live, s.stale],
  );

  const togglePresenter = useCallback(async () => {
    const problem = await s.togglePresenter();
    setError(problem ? message(problem) : null);
  }, [message, s]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A stale page (the host restarted) does nothing at all: it only says so.
      if (s.stale) return;
      if (walking && speakers.length > 0 && /^[1-9]$/.test(e.key) && !isField(e.target) && form === null) {
        const picked = speakers[Number(e.key) - 1];
        if (picked) pickPerson(picked);
        return;
      }
      const action = keyAction(e);
      if (action === null || e.defaultPrevented || !walking) return;
      if (action === 'escape') {
        setForm(null);
        setConfirm(null);
        return;
      }
      if (isField(e.target) || form !== null) return;
      const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, summary') !== null;
      switch (action) {
        case 'prev':
        case 'next':
          if (onControl && e.target instanceof HTMLElement && e.target.closest('.recon-toolbar')) return;
          e.preventDefault();
          setConfirm(null);
          s.move(action === 'next' ? 1 : -1);
          return;
        case 'creditor':
        case 'debtor':
          setSide(action);
          return;
        case 'toggleSide':
          if (onControl) return; // Tab keeps moving focus between buttons
          e.preventDefault();
          if (speakers.length > 0) {
            const at = person ? speakers.indexOf(person) : -1;
            pickPerson(speakers[(at + 1) % speakers.length]!);
          } else setSide((v) => (v === 'creditor' ? 'debtor' : 'creditor'));
          return;
        case 'agree':
        case 'dispute':
          e.preventDefault();
          if (person) openForm({ kind: action, side: ROLE_SPEAKS_FOR[person.role] ?? side, person });
          else openForm({ kind: action, side });
          return;
        case 'rest':
          e.preventDefault();
          if (person) openForm({ kind: 'rest', person });
          return;
        case 'finding':
        case 'unlock':
          e.preventDefault();
          openForm({ kind: action });
          return;
        case 'presenter':
          e.preventDefault();
          void togglePresenter();
          return;
        default: {
          const never: never = action;
          return never;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [form, openForm, person, pickPerson, s, side, speakers, togglePresenter, walking]);

  // A form belongs to the entry it was opened on.
  useEffect(() => setForm(null), [s.cursor]);

  const run = async (call: () => Promise<Envelope<SessionView>>) => {
    setError(null);
    const result = await s.change(call);
    if (!result.ok) setError(message(result.error));
    setConfirm(null);
    return result;
  };

  if (s.stale)
    return (
      <div className="page" data-testid="recon-stale">
        <p className="notice notice--danger" role="alert">
          {t('recon.stale')}
        </p>
      </div>
    );
  if (s.missing)
    return (
      <div className="page" data-testid="recon-missing">
        <p className="empty-state">{t('recon.notFound')}</p>
        <a href={hrefFor({ name: 'case', id: caseId })}>{t('recon.backToCase')}</a>
      </div>
    );
  if (view === null)
    return <p className="page muted">{s.loadError ? message(s.loadError) : t('common.loading')}</p>;

  const ended = view.state === 'AWAITING_SIGNATURES' || view.state === 'SIGNED';

  return (
    <div
      className="page page--wide recon"
      data-testid="recon-page"
      data-state={view.state}
      data-cursor={s.cursor}
      data-busy={s.busy}
      data-presenter={s.presenterOn}
      data-side={side}
      data-person={person?.id ?? ''}
    >
      <nav className="crumbs">
        <a href={hrefFor({ name: 'case', id: caseId })} data-testid="recon-back">
          ← {t('recon.backToCase')}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1>
            {view.caseNumber} <span className="recon__title">{t('recon.sessionTitle', { id: view.id })}</span>
          </h1>
          <p className="subtitle">
            <span className={`state state--${view.state}`} data-testid="recon-state">
              {t(STATE_KEYS[view.state])}
            </span>
            {walking && !ended && (
              <span className="recon__open" data-testid="recon-open-count" data-value={view.openCount}>
                {view.openCount > 0 ? t('recon.openCount', { n: view.openCount }) : t('recon.allDone')}
              </span>
            )}
          </p>
        </div>
        <div className="toolbar recon-toolbar">
          {walking && (
            <button
              type="button"
              className={`btn${s.presenterOn ? ' btn--active' : ''}`}
              aria-pressed={s.presenterOn}
              data-testid="recon-presenter"
              onClick={() => void togglePresenter()}
            >
              {t(s.presenterOn ? 'recon.presenter.on' : 'recon.presenter.off')} <kbd>P</kbd>
            </button>
          )}
          {view.state === 'IN_SESSION' && (
            <button
              type="button"
              className="btn"
              data-testid="recon-pause"
              onClick={() => void run(() => api.call('recon.pause', { sessionId }))}
            >
              {t('recon.pause')}
            </button>
          )}
          {view.state === 'PAUSED' && (
            <button
              type="button"
              className="btn btn--primary"
              data-testid="recon-resume"
              onClick={() => void run(() => api.call('recon.resume', { sessionId }))}
            >
              {t('recon.resume')}
            </button>
          )}
          {(view.state === 'IN_SESSION' || view.state === 'PAUSED') &&
            (confirm === 'close' ? (
              <>
                <button
                  type="button"
                  className="btn btn--danger"
                  autoFocus
                  data-testid="recon-close-confirm"
                  onClick={() => void run(() => api.call('recon.close', { sessionId }))}
                >
                  {t('recon.close.confirm')}
                </button>
                <button type="button" className="btn" onClick={() => setConfirm(null)}>
                  {t('common.cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="btn"
                data-testid="recon-close"
                onClick={() => setConfirm('close')}
              >
                {t('recon.close')}
              </button>
            ))}
        </div>
      </div>

      {error && (
        <div className="form-error" role="alert" data-testid="recon-error">
          {error}
        </div>
      )}

      {view.state === 'DRAFT' && (
        <>
          <Participants view={view} editable change={s.change} />
          <section className="panel" data-testid="recon-start-panel">
            <p className="muted">{t('recon.start.hint')}</p>
            {confirm === 'start' ? (
              <div className="toolbar">
                <button
                  type="button"
                  className="btn btn--primary"
                  autoFocus
                  data-testid="recon-start-confirm"
                  onClick={() => void run(() => api.call('recon.start', { sessionId }))}
                >
                  {t('recon.start.confirm')}
                </button>
                <button type="button" className="btn" onClick={() => setConfirm(null)}>
                  {t('common.cancel')}
                </button>
              </div>
            ) : (
              <button
                type="button"
                className="btn btn--primary"
                data-testid="recon-start"
                onClick={() => setConfirm('start')}
              >
                {t('recon.start')}
              </button>
            )}
          </section>
        </>
      )}

      {view.state === 'PAUSED' && (
        <p className="notice" data-testid="recon-paused">
          {t('recon.pausedHint')}
        </p>
      )}

      {ended && <Outcome view={view} />}
      {ended && <SigningLink caseId={caseId} sessionId={sessionId} signed={view.state === 'SIGNED'} />}

      {walking && entry && (
        <div className="recon-grid">
          <EntryList entries={view.entries} cursor={s.cursor} onPick={(i) => s.move(i - s.cursor)} />
          <div className="recon-center">
            <EntryDetail entry={entry} count={view.entries.length} />
            <SidesPanel
              view={view}
              entry={entry}
              side={side}
              person={person}
              editable={live}
              onSide={setSide}
              onPerson={pickPerson}
              onOpen={openForm}
            />
            {form && live && (
              <div className="recon-forms">
                {form.kind === 'agree' && (
                  <AgreeForm
                    key={`${entry.key}|a|${form.side}|${form.person?.id ?? 0}`}
                    view={view}
                    entry={entry}
                    side={form.side}
                    person={form.person ?? null}
                    change={s.change}
                    onClose={() => setForm(null)}
                  />
                )}
                {form.kind === 'rest' && (
                  <RestForm
                    key={`${entry.key}|r|${form.person.id}`}
                    view={view}
                    person={form.person}
                    change={s.change}
                    onClose={() => setForm(null)}
                  />
                )}
                {form.kind === 'dispute' && (
                  <DisputeForm
                    key={`${entry.key}|d|${form.side}|${form.person?.id ?? 0}`}
                    view={view}
                    entry={entry}
                    side={form.side}
                    person={form.person ?? null}
                    change={s.change}
                    onClose={() => setForm(null)}
                  />
                )}
                {form.kind === 'finding' && (
                  <FindingForm
                    key={`${entry.key}|f`}
                    view={view}
                    entry={entry}
                    change={s.change}
                    onClose={() => setForm(null)}
                  />
                )}
                {form.kind === 'unlock' && (
                  <UnlockForm
                    key={`${entry.key}|u`}
                    view={view}
                    entry={entry}
                    change={s.change}
                    onClose={() => setForm(null)}
                  />
                )}
              </div>
            )}
            <KeyLegend />
          </div>
          {view.impact && (
            <MoneyPanel impact={view.impact} entries={view.entries} onPick={(i) => s.move(i - s.cursor)} />
          )}
        </div>
      )}

      {walking && (
        <details className="recon-more">
          <summary>
            {t('recon.participants')}
            {t('punct.paren', { text: view.participants.length })}
          </summary>
          <Participants view={view} editable={!ended} change={s.change} />
        </details>
      )}
    </div>
  );
}

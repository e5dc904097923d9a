import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '../../../core/platform/api/model';
import type { HearingView } from '../../../core/features/hearings/model';
import { followingStage, STAGES } from '../../../core/features/hearings/model';
import { api } from '../../app/api/client';
import { useCall } from '../../ui/useCall';
import { useQuery } from '../../ui/useQuery';
import { useI18n } from '../../app/i18n';
import { hearingKey, HEARING_STATE_KEYS, STAGE_KEYS } from './hearing';
import { hrefFor } from '../../app/route';
import './hearings.css';
import { Attendees, ImportBox, ItemForm, SetupForm } from './forms';
import { ItemPanel } from './ItemPanel';
import { HearingSigningLink } from './HearingSigningPage';
import { RevealChoice } from '../documents/RevealChoice';
import { ExportProgressNote, useExportProgress } from '../../ui/export-progress/ExportProgress';
import { downloadPdf } from '../signatures/pdf';

const isField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * The operator's petition hearing screen (#/case/<id>/hearing/<hearingId>): setup before the start;
 * then the stage bar, the item list on the left, the current item in the middle (photo with annotations,
 * video with play/pause on the wall, explanation, response, questions), the summary and the conclusion.
 * Keyboard: ←/→ item, S next stage, A accepts, O objects, Q question.
 */
export function PetitionPage({ caseId, hearingId }: { caseId: number; hearingId: number }) {
  const { t } = useI18n();
  const query = useQuery('hearings.get', { hearingId });
  const call = useCall();
  const view = query.data;
  const error = call.errorText ?? query.errorText;
  // Until the operator moves or writes, the item and the conclusion are the stored ones.
  const [chosenCursor, setCursor] = useState<number | null>(null);
  const cursor = chosenCursor ?? view?.cursor ?? 0;
  const [draft, setConclusion] = useState<string | null>(null);
  const conclusion = draft ?? view?.conclusion ?? '';
  const [mediaId, setMediaId] = useState<number | null>(null);
  const [onWall, setOnWall] = useState(false);
  const [reveal, setReveal] = useState(false);
  // A long 听证笔录 is laid out off the main thread, page by page.
  const exporting = useExportProgress('hearings.minutes', { hearingId });
  const objection = useRef<HTMLTextAreaElement | null>(null);
  const question = useRef<HTMLTextAreaElement | null>(null);

  const { run, fail } = call;
  const { set } = query;
  const apply = useCallback(
    async (write: Promise<Envelope<HearingView>>): Promise<boolean> => {
      const result = await run(() => write);
      if (result.ok) set(result.value);
      return result.ok;
    },
    [run, set],
  );

  const live = view?.state === 'IN_SESSION';
  const open = view?.state === 'DRAFT' || live;
  const item = view?.items[Math.min(cursor, (view?.items.length ?? 1) - 1)] ?? null;
  const media =
    item?.attachments.find((a) => a.id === mediaId) ??
    item?.attachments.find((a) => a.kind === 'photo' || a.kind === 'video') ??
    null;

  const present = useCallback(
    async (attachmentId: number | null, video: { playing: boolean; at: number } | null = null) => {
      const r = await api.call('hearings.present', { hearingId, attachmentId, video });
      if (r.ok) setOnWall(true);
      else fail(r.error);
    },
    [hearingId, fail],
  );

  // The wall follows the operator once something was put on it: item, stage, photo, annotations.
  const lastShown = useRef('');
  useEffect(() => {
    if (!onWall || !view) return;
    const key = JSON.stringify([
      view.cursor,
      view.stage,
      view.state,
      media?.id ?? null,
      media?.annotations ?? [],
      item?.status ?? null,
      item?.explanations.length ?? 0,
    ]);
    if (key === lastShown.current) return;
    lastShown.current = key;
    void present(media?.id ?? null);
  }, [onWall, view, item, media, present]);

  const blank = useCallback(async () => {
    const r = await api.call('presenter.show', { blank: true });
    if (r.ok) setOnWall(false);
    else fail(r.error);
  }, [fail]);

  const move = useCallback(
    async (delta: number) => {
      if (!view || view.items.length === 0) return;
      const next = Math.min(Math.max(cursor + delta, 0), view.items.length - 1);
      if (next === cursor) return;
      setCursor(next);
      setMediaId(null);
      if (view.state === 'IN_SESSION') await apply(api.call('hearings.move', { hearingId, cursor: next }));
    },
    [apply, cursor, hearingId, view],
  );

  const nextStage = useCallback(async () => {
    if (!view || view.state !== 'IN_SESSION') return;
    const stage = followingStage(view.stage);
    if (stage) await apply(api.call('hearings.stage', { hearingId, stage }));
  }, [apply, hearingId, view]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = hearingKey(e);
      if (action === null || e.defaultPrevented || !view) return;
      if (action === 'escape') {
        if (isField(e.target)) (e.target as HTMLElement).blur();
        return;
      }
      if (isField(e.target)) return;
      switch (action) {
        case 'prev':
        case 'next':
          e.preventDefault();
          void move(action === 'next' ? 1 : -1);
          return;
        case 'stage':
          e.preventDefault();
          void nextStage();
          return;
        case 'accepts':
          if (live && item) {
            e.preventDefault();
            void apply(api.call('hearings.respond', { itemId: item.id, stance: 'accepts', statement: '' }));
          }
          return;
        case 'objects':
          if (live) {
            e.preventDefault();
            objection.current?.focus();
          }
          return;
        case 'presenter':
          e.preventDefault();
          void (onWall ? blank() : present(media?.id ?? null));
          return;
        case 'question':
          if (live) {
            e.preventDefault();
            question.current?.focus();
          }
          return;
        default: {
          const never: never = action;
          return never;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [apply, blank, item, live, media, move, nextStage, onWall, present, view]);

  const minutes = async (final: boolean) => {
    const r = await exporting.track(() => api.call('hearings.minutes', { hearingId, final, reveal }));
    // The choice to show identity and phone numbers holds for one document only.
    setReveal(false);
    if (r.ok) downloadPdf(r.value.fileName, r.value.base64);
    else fail(r.error);
  };

  if (!view)
    return (
      <div className="page">
        {error ? (
          <div className="form-error" role="alert">
            {error}
          </div>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );

  const s = view.summary;
  return (
    <div
      className="page pet-page"
      data-testid="hearing-page"
      data-state={view.state}
      data-stage={view.stage}
      data-cursor={cursor}
    >
      <header className="pet-head">
        <a href={hrefFor({ name: 'case', id: caseId })}>{t('hearing.back')}</a>
        <h1>
          {t('hearing.title', { id: view.id })} · {view.type} <span className="mono">{view.caseNumber}</span>
        </h1>
        <span className={`pet-state pet-state--${view.state}`} data-testid="hearing-state">
          {t(HEARING_STATE_KEYS[view.state])}
        </span>
        <div className="pet-actions">
          {view.state === 'DRAFT' && (
            <button
              type="button"
              className="btn btn--primary"
              data-testid="hearing-start"
              onClick={() => void apply(api.call('hearings.start', { hearingId }))}
            >
              {t('hearing.start')}
            </button>
          )}
          <button
            type="button"
            className="btn"
            data-testid="hearing-present"
            onClick={() => void present(media?.id ?? null)}
          >
            {t('hearing.present')}
          </button>
          {onWall && (
            <button type="button" className="btn" data-testid="hearing-blank" onClick={() => void blank()}>
              {t('hearing.blank')}
            </button>
          )}
          <button
            type="button"
            className="btn"
            data-testid="minutes-draft"
            disabled={exporting.running}
            onClick={() => void minutes(false)}
          >
            {t('hearing.minutesDraft')}
          </button>
          {view.state === 'SIGNED' && (
            <button
              type="button"
              className="btn"
              data-testid="minutes-final"
              disabled={exporting.running}
              onClick={() => void minutes(true)}
            >
              {t('hearing.minutesFinal')}
            </button>
          )}
          <RevealChoice checked={reveal} onChange={setReveal} testId="minutes-reveal" />
          <ExportProgressNote
            progress={exporting.progress}
            running={exporting.running}
            testId="minutes-export-progress"
          />
          {(view.state === 'AWAITING_SIGNATURES' || view.state === 'SIGNED') && (
            <HearingSigningLink caseId={caseId} hearingId={hearingId} signed={view.state === 'SIGNED'} />
          )}
        </div>
      </header>
      {error && (
        <div className="form-error" role="alert" data-testid="hearing-error">
          {error}
        </div>
      )}
      {view.origin && (
        <p className="notice" data-testid="hearing-origin">
          {t('hearingWiring.origin', { court: view.origin.court || view.origin.caseNumber })}
        </p>
      )}

      <nav className="pet-stages" aria-label={t('hearing.stages')} data-testid="stage-bar">
        {STAGES.map((st, i) => (
          <button
            key={st}
            type="button"
            className={`pet-stage${st === view.stage ? ' pet-stage--on' : ''}${STAGES.indexOf(view.stage) > i ? ' pet-stage--done' : ''}`}
            aria-current={st === view.stage ? 'step' : undefined}
            disabled={!live}
            data-testid={`stage-${st}`}
            onClick={() => void apply(api.call('hearings.stage', { hearingId, stage: st }))}
          >
            <span className="pet-stage__n">{i + 1}</span> {t(STAGE_KEYS[st])}
          </button>
        ))}
        {live && (
          <button
            type="button"
            className="btn btn--small"
            data-testid="stage-next"
            onClick={() => void nextStage()}
          >
            {t('hearing.nextStage')} (S)
          </button>
        )}
      </nav>
      <p className="muted pet-small">{t('hearing.keys')}</p>

      <div className="pet-grid">
        <aside className="panel pet-list" data-testid="item-list">
          <h2>{t('hearing.items')}</h2>
          <ol>
            {view.items.map((it, i) => (
              <li key={it.id}>
                <button
                  type="button"
                  className={`pet-list__item${i === cursor ? ' pet-list__item--on' : ''}`}
                  aria-current={i === cursor ? 'true' : undefined}
                  data-testid="item-row"
                  data-status={it.status}
                  onClick={() => void move(i - cursor)}
                >
                  <span className="mono">{it.position}</span> {it.fields.name}
                  <span
                    className={`pet-dot pet-dot--${it.status}`}
                    aria-label={t(`hearing.status.${it.status}`)}
                  />
                </button>
              </li>
            ))}
          </ol>
          {item && <p className="muted">{t('hearing.itemOf', { n: cursor + 1, m: view.items.length })}</p>}
        </aside>

        <div className="pet-main">
          {item ? (
            <ItemPanel
              view={view}
              item={item}
              apply={apply}
              refs={{ objection, question }}
              media={media}
              setMedia={setMediaId}
              onVideo={(playing, at) => void present(media?.id ?? null, { playing, at })}
            />
          ) : (
            <p className="muted">{t('hearing.wall.empty')}</p>
          )}
          {open && (
            <section className="panel">
              <h2>{t('hearing.items')}</h2>
              <ImportBox hearingId={hearingId} apply={apply} />
              <ItemForm hearingId={hearingId} apply={apply} />
            </section>
          )}
        </div>

        <aside className="pet-side">
          <section className="panel" data-testid="hearing-summary">
            <h2>{t('hearing.summary')}</h2>
            <p data-testid="summary-accepted">
              {t('hearing.summary.accepted', { n: s.accepted.length, v: s.values.accepted })}
            </p>
            <p data-testid="summary-objected">
              {t('hearing.summary.objected', { n: s.objected.length, v: s.values.objected })}
            </p>
            <ul className="pet-lines">
              {s.objected.map((o) => (
                <li key={o.itemId}>
                  {o.position}. {o.name}
                  {t('punct.colon')}
                  {o.statements.join(t('punct.semicolon'))}
                </li>
              ))}
            </ul>
            <p>{t('hearing.summary.open', { n: s.notAddressed.length, q: s.openQuestions.length })}</p>
            <ul className="pet-lines">
              {s.openQuestions.map((q, i) => (
                <li key={i}>
                  {q.position}. {q.asker}
                  {t('punct.colon')}
                  {q.question}
                </li>
              ))}
            </ul>
          </section>
          {(live || view.conclusion) && (
            <section className="panel" data-testid="hearing-conclusion">
              <h2>{t('hearing.conclusion')}</h2>
              <textarea
                value={conclusion}
                rows={4}
                maxLength={8000}
                disabled={!live}
                aria-label={t('hearing.conclusion')}
                data-testid="conclusion-text"
                onChange={(e) => setConclusion(e.target.value)}
              />
              {live && (
                <div className="pet-tools">
                  <button
                    type="button"
                    className="btn"
                    data-testid="conclusion-save"
                    onClick={() => void apply(api.call('hearings.conclude', { hearingId, conclusion }))}
                  >
                    {t('hearing.saveConclusion')}
                  </button>
                  <button
                    type="button"
                    className="btn btn--primary"
                    data-testid="hearing-finish"
                    onClick={() => void apply(api.call('hearings.finish', { hearingId }))}
                  >
                    {t('hearing.finish')}
                  </button>
                </div>
              )}
            </section>
          )}
          <section className="panel">
            <h2>{t('hearing.setup')}</h2>
            <SetupForm key={view.updatedAt} view={view} apply={apply} editable={view.state === 'DRAFT'} />
          </section>
          <Attendees view={view} apply={apply} editable={!!open} />
        </aside>
      </div>
    </div>
  );
}

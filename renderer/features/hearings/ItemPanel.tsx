import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { Envelope } from '../../../core/platform/api/model';
import type {
  HearingAttachmentView,
  HearingItemView,
  HearingView,
} from '../../../core/features/hearings/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { formatTimestamp } from '../../ui/lib/dates';
import { fileToBase64 } from '../imports/imports';
import { attachmentUrl } from './hearing';
import { ItemForm } from './forms';
import { PhotoAnnotator } from './PhotoAnnotator';

type Apply = (call: Promise<Envelope<HearingView>>) => Promise<boolean>;

export type ItemRefs = {
  objection: RefObject<HTMLTextAreaElement | null>;
  question: RefObject<HTMLTextAreaElement | null>;
};

/**
 * The current item: its facts, attachments (photo with annotations, video with play/pause sent to the
 * wall), the court's explanation, the petitioner's response, the panel's questions.
 */
export function ItemPanel({
  view,
  item,
  apply,
  refs,
  media,
  setMedia,
  onVideo,
}: {
  view: HearingView;
  item: HearingItemView;
  apply: Apply;
  refs: ItemRefs;
  media: HearingAttachmentView | null;
  setMedia: (id: number | null) => void;
  onVideo: (playing: boolean, at: number) => void;
}) {
  const { t, locale } = useI18n();
  const live = view.state === 'IN_SESSION';
  const open = view.state === 'DRAFT' || live;
  const [explanation, setExplanation] = useState('');
  const [objection, setObjection] = useState('');
  const [asker, setAsker] = useState('');
  const [question, setQuestion] = useState('');
  const [attachError, setAttachError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const video = useRef<HTMLVideoElement | null>(null);
  const f = item.fields;
  const panel = view.attendees.filter((a) => a.kind === 'panel');

  useEffect(() => {
    setExplanation('');
    setObjection('');
    setQuestion('');
    setEditing(false);
  }, [item.id]);
  const said = item.explanations.length + item.responses.length + item.questions.length > 0;
  useEffect(() => {
    if (!asker && panel[0]) setAsker(panel[0].name);
  }, [asker, panel]);

  const attach = async (files: FileList | null) => {
    setAttachError(null);
    for (const file of Array.from(files ?? [])) {
      const base64 = await fileToBase64(file);
      const result = await api.call('hearings.addAttachment', {
        itemId: item.id,
        fileName: file.name,
        base64,
      });
      if (!result.ok) {
        setAttachError(locale === 'en' ? result.error.message_en : result.error.message_zh);
        return;
      }
      await apply(Promise.resolve(result));
    }
  };
  const explain = async (e: FormEvent) => {
    e.preventDefault();
    if (await apply(api.call('hearings.explain', { itemId: item.id, text: explanation }))) setExplanation('');
  };
  const object = async (e: FormEvent) => {
    e.preventDefault();
    if (
      await apply(api.call('hearings.respond', { itemId: item.id, stance: 'objects', statement: objection }))
    )
      setObjection('');
  };
  const ask = async (e: FormEvent) => {
    e.preventDefault();
    if (await apply(api.call('hearings.ask', { itemId: item.id, asker, question }))) setQuestion('');
  };

  return (
    <section
      className="panel pet-item"
      data-testid="hearing-item"
      data-item-id={item.id}
      data-status={item.status}
    >
      <h2 className="pet-item__title">
        <span className="mono">{item.position}.</span> <span data-testid="item-title">{f.name}</span>
        <span className={`pet-status pet-status--${item.status}`} data-testid="item-status">
          {t(`hearing.status.${item.status}`)}
        </span>
      </h2>
      {open && (
        <div className="pet-tools">
          <button
            type="button"
            className="btn btn--small"
            data-testid="item-edit"
            onClick={() => setEditing(!editing)}
          >
            {t('common.edit')}
          </button>
          {!said && (
            <button
              type="button"
              className="btn btn--small btn--danger"
              data-testid="item-delete"
              onClick={() => void apply(api.call('hearings.deleteItem', { itemId: item.id }))}
            >
              {t('common.delete')}
            </button>
          )}
        </div>
      )}
      {editing && <ItemForm hearingId={view.id} apply={apply} item={item} onDone={() => setEditing(false)} />}
      <dl className="pet-facts">
        <dt>{t('hearing.item.quantity')}</dt>
        <dd>
          {f.quantity} {f.unit}
        </dd>
        <dt>{t('hearing.item.measure')}</dt>
        <dd>{f.measure}</dd>
        <dt>{t('hearing.item.location')}</dt>
        <dd>{f.location}</dd>
        <dt>{t('hearing.item.basis')}</dt>
        <dd>
          {f.basis} {f.documentNo}
        </dd>
        <dt>{t('hearing.item.value')}</dt>
        <dd className="mono">{f.value ?? t('hearing.item.noValue')}</dd>
      </dl>

      <div className="pet-media">
        <div className="pet-thumbs" data-testid="attachments">
          {item.attachments.map((a) => (
            <button
              key={a.id}
              type="button"
              className={`pet-thumb${media?.id === a.id ? ' pet-thumb--on' : ''}`}
              data-testid="attachment"
              data-kind={a.kind}
              onClick={() => setMedia(a.id)}
              title={a.label}
            >
              {t(`hearing.media.${a.kind}`)} · {a.label}
            </button>
          ))}
          {open && (
            <label className="btn btn--small">
              {t('hearing.attach')}
              <input
                type="file"
                multiple
                accept="image/jpeg,image/png,image/webp,application/pdf,video/mp4,video/webm"
                className="pet-file"
                data-testid="attachment-file"
                onChange={(e) => {
                  void attach(e.target.files);
                  e.target.value = '';
                }}
              />
            </label>
          )}
        </div>
        <p className="muted pet-small">{t('hearing.attach.limit')}</p>
        {open && media && (
          <button
            type="button"
            className="btn btn--small"
            data-testid="attachment-remove"
            onClick={() => void apply(api.call('hearings.removeAttachment', { attachmentId: media.id }))}
          >
            {t('hearing.remove')} · {media.label}
          </button>
        )}
        {attachError && (
          <div className="form-error" role="alert" data-testid="attachment-error">
            {attachError}
          </div>
        )}
        {media?.kind === 'photo' && (
          <PhotoAnnotator
            key={media.id}
            src={attachmentUrl(media.sha256, api.token)}
            alt={media.label}
            annotations={media.annotations}
            editable={open}
            onSave={(annotations) =>
              void apply(api.call('hearings.annotate', { attachmentId: media.id, annotations }))
            }
          />
        )}
        {media?.kind === 'video' && (
          <div className="pet-video">
            <video
              key={media.id}
              ref={video}
              src={attachmentUrl(media.sha256, api.token)}
              muted
              playsInline
              preload="auto"
              data-testid="operator-video"
            />
            <div className="pet-tools">
              <button
                type="button"
                className="btn"
                data-testid="video-play"
                onClick={() => {
                  void video.current?.play().catch(() => undefined);
                  onVideo(true, video.current?.currentTime ?? 0);
                }}
              >
                {t('hearing.play')}
              </button>
              <button
                type="button"
                className="btn"
                data-testid="video-pause"
                onClick={() => {
                  video.current?.pause();
                  onVideo(false, video.current?.currentTime ?? 0);
                }}
              >
                {t('hearing.pause')}
              </button>
            </div>
          </div>
        )}
        {media?.kind === 'document' && (
          <p>
            <a href={attachmentUrl(media.sha256, api.token)} target="_blank" rel="noopener noreferrer">
              {media.label}
            </a>
          </p>
        )}
      </div>

      <div className="pet-record">
        <h3>{t('hearing.explanation')}</h3>
        <ul className="pet-lines" data-testid="explanations">
          {item.explanations.map((x, i) => (
            <li key={i}>
              <span className="mono muted">{formatTimestamp(x.at)}</span> {x.text}
            </li>
          ))}
        </ul>
        {live && (
          <form onSubmit={(e) => void explain(e)} className="pet-inline">
            <textarea
              value={explanation}
              rows={2}
              maxLength={4000}
              aria-label={t('hearing.explanation')}
              data-testid="explanation-text"
              onChange={(e) => setExplanation(e.target.value)}
            />
            <button type="submit" className="btn" disabled={explanation.trim() === ''} data-testid="explain">
              {t('hearing.explain')}
            </button>
          </form>
        )}

        <h3>{t('hearing.response')}</h3>
        <ul className="pet-lines" data-testid="responses">
          {item.responses.map((r, i) => (
            <li key={i} data-stance={r.stance}>
              <span className="mono muted">{formatTimestamp(r.at)}</span>{' '}
              {t(r.stance === 'accepts' ? 'hearing.accepts' : 'hearing.objects')}
              {r.statement ? `${t('punct.colon')}${r.statement}` : ''}
            </li>
          ))}
        </ul>
        {live && (
          <form onSubmit={(e) => void object(e)} className="pet-inline">
            <button
              type="button"
              className="btn"
              data-testid="respond-accepts"
              onClick={() =>
                void apply(
                  api.call('hearings.respond', { itemId: item.id, stance: 'accepts', statement: '' }),
                )
              }
            >
              {t('hearing.accepts')} (A)
            </button>
            <textarea
              ref={refs.objection}
              value={objection}
              rows={2}
              maxLength={4000}
              placeholder={t('hearing.objection')}
              aria-label={t('hearing.objection')}
              data-testid="objection-text"
              onChange={(e) => setObjection(e.target.value)}
            />
            <button
              type="submit"
              className="btn btn--danger"
              disabled={objection.trim() === ''}
              data-testid="respond-objects"
            >
              {t('hearing.recordObjection')} (O)
            </button>
          </form>
        )}

        <h3>{t('hearing.questions')}</h3>
        <ul className="pet-lines" data-testid="questions">
          {item.questions.map((q) => (
            <QuestionLine key={q.id} q={q} live={live} apply={apply} />
          ))}
        </ul>
        {live && (
          <form onSubmit={(e) => void ask(e)} className="pet-inline">
            <label>
              {t('hearing.asker')}
              <input
                value={asker}
                list="pet-panel"
                maxLength={200}
                data-testid="question-asker"
                onChange={(e) => setAsker(e.target.value)}
              />
              <datalist id="pet-panel">
                {view.attendees.map((a) => (
                  <option key={a.id} value={a.name} />
                ))}
              </datalist>
            </label>
            <textarea
              ref={refs.question}
              value={question}
              rows={2}
              maxLength={2000}
              placeholder={t('hearing.question')}
              aria-label={t('hearing.question')}
              data-testid="question-text"
              onChange={(e) => setQuestion(e.target.value)}
            />
            <button
              type="submit"
              className="btn"
              disabled={question.trim() === '' || asker.trim() === ''}
              data-testid="question-add"
            >
              {t('hearing.ask')} (Q)
            </button>
          </form>
        )}
      </div>
    </section>
  );
}

function QuestionLine({
  q,
  live,
  apply,
}: {
  q: HearingItemView['questions'][number];
  live: boolean;
  apply: Apply;
}) {
  const { t } = useI18n();
  const [answerer, setAnswerer] = useState('');
  const [answer, setAnswer] = useState('');
  return (
    <li data-testid="question">
      <span className="mono muted">{formatTimestamp(q.at)}</span> <strong>{q.asker}</strong>
      {t('punct.colon')}
      {q.question}
      <br />
      {q.answer ? (
        <span>
          <strong>{q.answerer}</strong>
          {t('punct.colon')}
          {q.answer}
        </span>
      ) : live ? (
        <form
          className="pet-inline"
          onSubmit={(e) => {
            e.preventDefault();
            void apply(api.call('hearings.answer', { questionId: q.id, answerer, answer }));
          }}
        >
          <input
            value={answerer}
            maxLength={200}
            placeholder={t('hearing.answerer')}
            aria-label={t('hearing.answerer')}
            onChange={(e) => setAnswerer(e.target.value)}
          />
          <input
            value={answer}
            maxLength={4000}
            placeholder={t('hearing.answer')}
            aria-label={t('hearing.answer')}
            onChange={(e) => setAnswer(e.target.value)}
          />
          <button type="submit" className="btn btn--small" disabled={!answer.trim() || !answerer.trim()}>
            {t('hearing.saveAnswer')}
          </button>
        </form>
      ) : (
        <span className="muted">{t('hearing.unanswered')}</span>
      )}
    </li>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { HearingWallPayload } from '../../../core/features/hearings/model';
import { STAGES } from '../../../core/features/hearings/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { attachmentUrl, STAGE_KEYS } from './hearing';
import './hearings.css';
import { PhotoView } from './PhotoAnnotator';

/**
 * The wall during a petition hearing: the stage, the current item large with its photo (and the
 * operator's annotations) or its video, played and paused from the operator's side. Read-only; it
 * renders only what arrived on 'presenter.show' (masked on the operator's side).
 */
export function HearingWall({ wall }: { wall: HearingWallPayload }) {
  const { t } = useI18n();
  const item = wall.item;
  const media = wall.media;
  const src = media ? attachmentUrl(media.sha256, api.token) : '';
  return (
    <div className="pet-wall" data-testid="wall-hearing" data-index={wall.index} data-stage={wall.stage}>
      <header className="pet-wall__head">
        <span className="pet-wall__case">{wall.caseNumber}</span>
        <ol className="pet-wall__stages">
          {STAGES.map((s) => (
            <li key={s} className={s === wall.stage ? 'pet-wall__stage--on' : undefined}>
              {t(STAGE_KEYS[s])}
            </li>
          ))}
        </ol>
        <span className="pet-wall__n" data-testid="wall-number">
          {t('hearing.itemOf', { n: wall.index + 1, m: wall.count })}
        </span>
      </header>
      {item ? (
        <div className="pet-wall__body">
          <section className="pet-wall__facts">
            <h1 data-testid="wall-item-name">
              {item.position}. {item.fields.name}
            </h1>
            <p className="pet-wall__big">
              {item.fields.quantity} {item.fields.unit} · {item.fields.measure}
            </p>
            {item.fields.location && <p>{item.fields.location}</p>}
            {(item.fields.basis || item.fields.documentNo) && (
              <p className="pet-wall__basis">
                {item.fields.basis} {item.fields.documentNo}
              </p>
            )}
            {item.fields.value !== null && (
              <p className="mono pet-wall__big">
                {item.fields.value} {t('common.yuan')}
              </p>
            )}
            <p className={`pet-status pet-status--${item.status}`} data-testid="wall-item-status">
              {t(`hearing.status.${item.status}`)}
            </p>
            {item.explanation && <p className="pet-wall__said">{item.explanation}</p>}
            {item.response?.statement && (
              <p className="pet-wall__said">{t('punct.quoted', { text: item.response.statement })}</p>
            )}
          </section>
          <section className="pet-wall__media">
            {media?.kind === 'photo' && (
              <PhotoView
                key={media.sha256}
                src={src}
                alt={media.label}
                annotations={media.annotations}
                testId="wall-photo"
                fillHeight={76}
              />
            )}
            {media?.kind === 'video' && <WallVideo src={src} control={wall.video} />}
          </section>
        </div>
      ) : (
        <p className="pet-wall__empty">{t('hearing.wall.empty')}</p>
      )}
    </div>
  );
}

/** Follows the operator's play/pause; the newest command (by issuedAt) wins. */
function WallVideo({ src, control }: { src: string; control: HearingWallPayload['video'] }) {
  const video = useRef<HTMLVideoElement | null>(null);
  const obeyed = useRef('');
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    const v = video.current;
    if (!v || !control || control.issuedAt === obeyed.current) return;
    obeyed.current = control.issuedAt;
    if (Math.abs(v.currentTime - control.at) > 0.5) v.currentTime = control.at;
    if (control.playing)
      v.play().catch(() => {
        // A wall without a user gesture may refuse sound: play muted rather than not at all.
        v.muted = true;
        void v.play().catch(() => undefined);
      });
    else v.pause();
  }, [control]);
  return (
    <video
      ref={video}
      src={src}
      className="pet-wall__video"
      playsInline
      preload="auto"
      data-testid="wall-video"
      data-playing={playing}
      onPlaying={() => setPlaying(true)}
      onPause={() => setPlaying(false)}
    />
  );
}

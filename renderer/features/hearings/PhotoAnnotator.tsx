import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Annotation, AnnotationKind } from '../../../core/features/hearings/model';
import { ANNOTATION_COLOURS } from '../../../core/features/hearings/model';
import { useI18n } from '../../app/i18n';
import { arrowHead } from './hearing';

/**
 * A photo with its annotations drawn over it in SVG. Coordinates are stored normalised (0..1 of the
 * width and height); the SVG's user space is the photo's own aspect (1000 wide), so circles stay round.
 * Editable on the operator's side (drag: circle or arrow; click: note); read-only on the wall.
 */
const W = 1000;

export function AnnotationLayer({
  annotations,
  aspect,
}: {
  annotations: readonly Annotation[];
  aspect: number;
}) {
  const H = W * aspect;
  return (
    <>
      {annotations.map((a, i) => (
        <Shape key={i} a={a} H={H} />
      ))}
    </>
  );
}

function Shape({ a, H }: { a: Annotation; H: number }) {
  const x = a.x * W;
  const y = a.y * H;
  const x2 = (a.x2 ?? a.x) * W;
  const y2 = (a.y2 ?? a.y) * H;
  const stroke = { stroke: a.colour, strokeWidth: 6, fill: 'none' };
  const label = a.text ? (
    <text
      x={a.kind === 'circle' ? x : x2}
      y={(a.kind === 'circle' ? y : y2) - 14}
      className="pet-note"
      fill={a.colour}
    >
      {a.text}
    </text>
  ) : null;
  if (a.kind === 'circle')
    return (
      <g data-testid="annotation" data-kind="circle">
        <circle cx={x} cy={y} r={Math.hypot(x2 - x, y2 - y)} {...stroke} />
        {label}
      </g>
    );
  if (a.kind === 'arrow')
    return (
      <g data-testid="annotation" data-kind="arrow">
        <line x1={x} y1={y} x2={x2} y2={y2} {...stroke} />
        <polygon points={arrowHead(x, y, x2, y2, 36)} fill={a.colour} />
        {label}
      </g>
    );
  return (
    <g data-testid="annotation" data-kind="note">
      <circle cx={x} cy={y} r={8} fill={a.colour} />
      <text x={x + 14} y={y + 10} className="pet-note" fill={a.colour}>
        {a.text}
      </text>
    </g>
  );
}

export function PhotoView({
  src,
  alt,
  annotations,
  testId,
  fillHeight,
}: {
  src: string;
  alt: string;
  annotations: readonly Annotation[];
  testId?: string;
  /** on the wall: as large as the width and this many vh of height allow, small photos scaled up */
  fillHeight?: number;
}) {
  const [aspect, setAspect] = useState(0.75);
  const style = fillHeight ? { width: `min(100%, ${(fillHeight / aspect).toFixed(2)}vh)` } : undefined;
  return (
    <div className={`pet-photo${fillHeight ? ' pet-photo--fill' : ''}`} style={style} data-testid={testId}>
      <img
        src={src}
        alt={alt}
        onLoad={(e) => {
          const img = e.currentTarget;
          if (img.naturalWidth > 0) setAspect(img.naturalHeight / img.naturalWidth);
        }}
      />
      <svg viewBox={`0 0 ${W} ${W * aspect}`} preserveAspectRatio="none" aria-hidden="true">
        <AnnotationLayer annotations={annotations} aspect={aspect} />
      </svg>
    </div>
  );
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

export function PhotoAnnotator({
  src,
  alt,
  annotations,
  editable,
  onSave,
}: {
  src: string;
  alt: string;
  annotations: readonly Annotation[];
  editable: boolean;
  onSave: (next: Annotation[]) => void;
}) {
  const { t } = useI18n();
  const [aspect, setAspect] = useState(0.75);
  const [tool, setTool] = useState<AnnotationKind>('circle');
  const [colour, setColour] = useState<string>(ANNOTATION_COLOURS[0]);
  const [noteText, setNoteText] = useState('');
  const [draft, setDraft] = useState<Annotation | null>(null);
  const svg = useRef<SVGSVGElement | null>(null);

  const point = (e: ReactPointerEvent<SVGSVGElement>) => {
    const box = svg.current!.getBoundingClientRect();
    return { x: clamp((e.clientX - box.left) / box.width), y: clamp((e.clientY - box.top) / box.height) };
  };

  const down = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (!editable) return;
    const p = point(e);
    if (tool === 'note') {
      onSave([
        ...annotations,
        { kind: 'note', x: p.x, y: p.y, x2: null, y2: null, text: noteText.trim(), colour },
      ]);
      return;
    }
    svg.current?.setPointerCapture?.(e.pointerId);
    setDraft({ kind: tool, x: p.x, y: p.y, x2: p.x, y2: p.y, text: noteText.trim(), colour });
  };
  const move = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (!draft) return;
    const p = point(e);
    setDraft({ ...draft, x2: p.x, y2: p.y });
  };
  const up = () => {
    if (!draft) return;
    const far = Math.hypot((draft.x2 ?? draft.x) - draft.x, (draft.y2 ?? draft.y) - draft.y) > 0.01;
    setDraft(null);
    if (far) onSave([...annotations, draft]);
  };

  return (
    <div className="pet-annotator">
      {editable && (
        <div className="pet-tools" role="toolbar" aria-label={t('hearing.annotate.hint')}>
          {(['circle', 'arrow', 'note'] as const).map((k) => (
            <button
              key={k}
              type="button"
              className={`btn btn--small${tool === k ? ' btn--active' : ''}`}
              aria-pressed={tool === k}
              data-testid={`annotate-${k}`}
              onClick={() => setTool(k)}
            >
              {t(`hearing.annotate.${k}`)}
            </button>
          ))}
          {ANNOTATION_COLOURS.map((c) => (
            <button
              key={c}
              type="button"
              className={`pet-swatch${colour === c ? ' pet-swatch--on' : ''}`}
              style={{ background: c }}
              aria-label={c}
              aria-pressed={colour === c}
              onClick={() => setColour(c)}
            />
          ))}
          <input
            className="pet-note-input"
            value={noteText}
            maxLength={200}
            placeholder={t('hearing.annotate.noteText')}
            aria-label={t('hearing.annotate.noteText')}
            data-testid="annotate-text"
            onChange={(e) => setNoteText(e.target.value)}
          />
          <button
            type="button"
            className="btn btn--small"
            disabled={annotations.length === 0}
            onClick={() => onSave([])}
          >
            {t('hearing.annotate.clear')}
          </button>
        </div>
      )}
      <div className="pet-photo" data-testid="operator-photo">
        <img
          src={src}
          alt={alt}
          draggable={false}
          onLoad={(e) => {
            const img = e.currentTarget;
            if (img.naturalWidth > 0) setAspect(img.naturalHeight / img.naturalWidth);
          }}
        />
        <svg
          ref={svg}
          viewBox={`0 0 ${W} ${W * aspect}`}
          preserveAspectRatio="none"
          className={editable ? 'pet-draw' : undefined}
          data-testid="annotation-layer"
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
        >
          <AnnotationLayer annotations={draft ? [...annotations, draft] : annotations} aspect={aspect} />
        </svg>
      </div>
      {editable && <p className="muted pet-small">{t('hearing.annotate.hint')}</p>}
    </div>
  );
}

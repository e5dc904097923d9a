import SignaturePadLib, { type PointGroup } from 'signature_pad';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import './signature-pad.css';

/** What a signing screen can do with the pad: vector strokes with timestamps, and a PNG for the page. */
export type SignaturePadHandle = {
  clear(): void;
  undo(): void;
  isEmpty(): boolean;
  /** signature_pad's toData(): strokes of {x, y, pressure, time}. */
  strokes(): PointGroup[];
  /** The drawing as a PNG, base64 without the data: prefix. */
  pngBase64(): string;
};

type Props = {
  /** CSS pixels; the canvas is scaled for the screen's pixel ratio so lines stay sharp. */
  width?: number;
  height?: number;
  label: string;
  testId?: string;
  onChange?: (empty: boolean) => void;
};

/**
 * A handwriting pad on a canvas (signature_pad): mouse, pen or finger. Ctrl+Z undoes the last stroke
 * while the pad has focus; Delete clears it.
 */
export const SignaturePad = forwardRef<SignaturePadHandle, Props>(function SignaturePad(
  { width = 640, height = 220, label, testId, onChange },
  ref,
) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePadLib | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const el = canvas.current;
    if (!el) return undefined;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    el.width = width * ratio;
    el.height = height * ratio;
    el.getContext('2d')?.scale(ratio, ratio);
    const p = new SignaturePadLib(el, { penColor: '#14213d', minWidth: 0.8, maxWidth: 2.6 });
    const notify = () => changed.current?.(p.isEmpty());
    p.addEventListener('endStroke', notify);
    pad.current = p;
    return () => {
      p.removeEventListener('endStroke', notify);
      p.off();
      pad.current = null;
    };
  }, [width, height]);

  const api: SignaturePadHandle = {
    clear() {
      pad.current?.clear();
      changed.current?.(true);
    },
    undo() {
      const p = pad.current;
      if (!p) return;
      const data = p.toData();
      data.pop();
      p.fromData(data);
      changed.current?.(p.isEmpty());
    },
    isEmpty: () => pad.current?.isEmpty() ?? true,
    strokes: () => pad.current?.toData() ?? [],
    pngBase64: () => (pad.current?.toDataURL('image/png') ?? '').replace(/^data:image\/png;base64,/, ''),
  };
  useImperativeHandle(ref, () => api);

  return (
    <canvas
      ref={canvas}
      className="signature-pad"
      style={{ width, height }}
      tabIndex={0}
      role="img"
      aria-label={label}
      data-testid={testId}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
          e.preventDefault();
          api.undo();
        } else if (e.key === 'Delete' || e.key === 'Backspace') {
          e.preventDefault();
          api.clear();
        }
      }}
    />
  );
});

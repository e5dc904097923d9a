import { useEffect, useState } from 'react';
import type { Topics } from '../../core/api/contract';
import { api } from '../api/client';

/**
 * The presenter page (/presenter): black until the operator puts something on it, large type,
 * read-only. It shows a title and lines when the payload carries them, otherwise the text of the payload.
 */
type Shown = { title: string; lines: string[] };

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

export function Presenter() {
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    document.body.classList.add('presenter-body');
    const off = api.subscribe('presenter.show', (message) => setShown(toShown(message)));
    return () => {
      off();
      document.body.classList.remove('presenter-body');
    };
  }, []);

  return (
    <main className="presenter" data-testid="presenter" data-blank={shown === null}>
      {shown && (
        <div className="presenter__content">
          {shown.title && <h1>{shown.title}</h1>}
          {shown.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
    </main>
  );
}

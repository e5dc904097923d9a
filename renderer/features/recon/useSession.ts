import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope, ErrorInfo } from '../../../core/platform/api/model';
import type { SessionView } from '../../../core/features/recon/model';
import { api } from '../../app/api/client';
import { clampCursor } from './recon';

/**
 * One reconciliation session on the operator side. Every call goes through one queue, so the server
 * sees moves and positions in the order the judge made them and replies are applied in that order.
 * The cursor moves at once on screen (keyboard-first) and is persisted by 'recon.move' behind it.
 * Another window's change arrives as 'recon.changed' and reloads the session (reloads coalesce); a
 * move elsewhere only moves the cursor here.
 */
export type SessionControl = {
  view: SessionView | null;
  cursor: number;
  missing: boolean;
  busy: boolean;
  loadError: ErrorInfo | null;
  presenterOn: boolean;
  /** the host this page talks to is gone (restarted: new address or token); the page must be reopened */
  stale: boolean;
  /** run a change; on success the view is replaced and the wall re-sent when it is on */
  change(call: () => Promise<Envelope<SessionView>>): Promise<Envelope<SessionView>>;
  move(delta: number): void;
  togglePresenter(): Promise<ErrorInfo | null>;
};

/** The host is gone (NETWORK) or is another launch (UNAUTHORIZED: a new token). */
export const isStaleCode = (code: string | undefined): boolean =>
  code === 'NETWORK' || code === 'UNAUTHORIZED';

const STALE = {
  ok: false,
  error: { code: 'NETWORK', message_zh: '', message_en: '', details: null },
} as const;

export function useSession(sessionId: number): SessionControl {
  const [view, setView] = useState<SessionView | null>(null);
  const [cursor, setCursor] = useState(0);
  const [missing, setMissing] = useState(false);
  const [loadError, setLoadError] = useState<ErrorInfo | null>(null);
  const [pending, setPending] = useState(0);
  const [presenterOn, setPresenterOn] = useState(false);
  const [stale, setStale] = useState(false);
  const staleRef = useRef(false);

  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const cursorRef = useRef(0);
  const movesInFlight = useRef(0);
  const reloadQueued = useRef(false);
  const presenterRef = useRef(false);
  const countRef = useRef(0);

  /** A reply that says the host is not the one this page was opened on: from then on nothing is sent. */
  const checkStale = useCallback(<T>(result: T): T => {
    const r = result as { ok?: boolean; error?: { code?: string } };
    if (r && r.ok === false && isStaleCode(r.error?.code)) {
      staleRef.current = true;
      setStale(true);
    }
    return result;
  }, []);

  const enqueue = useCallback(
    <T>(fn: () => Promise<T>): Promise<T> => {
      setPending((n) => n + 1);
      const guarded = () => (staleRef.current ? Promise.resolve(STALE as T) : fn().then(checkStale));
      const run = queue.current.then(guarded);
      queue.current = run.then(
        () => undefined,
        () => undefined,
      );
      return run.finally(() => setPending((n) => n - 1));
    },
    [checkStale],
  );

  const apply = useCallback((next: SessionView) => {
    setView(next);
    countRef.current = next.entries.length;
    if (movesInFlight.current === 0) {
      cursorRef.current = clampCursor(next.cursor, next.entries.length);
      setCursor(cursorRef.current);
    }
  }, []);

  const reload = useCallback(() => {
    if (reloadQueued.current) return;
    reloadQueued.current = true;
    void enqueue(async () => {
      reloadQueued.current = false;
      const result = await api.call('recon.get', { sessionId });
      if (result.ok) {
        setMissing(false);
        setLoadError(null);
        apply(result.value);
      } else if (result.error.code === 'NOT_FOUND') setMissing(true);
      else setLoadError(result.error);
    });
  }, [apply, enqueue, sessionId]);

  useEffect(() => {
    reload();
  }, [reload]);

  useEffect(
    () =>
      api.subscribe('recon.changed', (payload) => {
        if (payload.sessionId !== sessionId) return;
        // A move changes nothing but the cursor: follow another window's move without reloading.
        if (payload.cursor === undefined) reload();
        else if (movesInFlight.current === 0 && payload.cursor !== cursorRef.current) {
          cursorRef.current = clampCursor(payload.cursor, countRef.current);
          setCursor(cursorRef.current);
        }
      }),
    [reload, sessionId],
  );

  const showOnWall = useCallback(async () => {
    if (presenterRef.current) await api.call('presenter.show', { sessionId });
  }, [sessionId]);

  const change = useCallback(
    (call: () => Promise<Envelope<SessionView>>) =>
      enqueue(async () => {
        const result = await call();
        if (result.ok) {
          apply(result.value);
          await showOnWall();
        }
        return result;
      }),
    [apply, enqueue, showOnWall],
  );

  const move = useCallback(
    (delta: number) => {
      if (staleRef.current) return;
      const next = clampCursor(cursorRef.current + delta, countRef.current);
      if (next === cursorRef.current) return;
      cursorRef.current = next;
      setCursor(next);
      movesInFlight.current += 1;
      void enqueue(async () => {
        try {
          // The reply is the cursor only: the entries did not change, so the view stays as it is.
          const result = checkStale(await api.call('recon.move', { sessionId, cursor: next }));
          if (result.ok) await showOnWall();
        } finally {
          movesInFlight.current -= 1;
        }
      });
    },
    [apply, enqueue, sessionId, showOnWall],
  );

  const togglePresenter = useCallback(
    () =>
      enqueue(async () => {
        const on = !presenterRef.current;
        const result = await api.call('presenter.show', on ? { sessionId } : { blank: true });
        if (!result.ok) return result.error;
        presenterRef.current = on;
        setPresenterOn(on);
        return null;
      }),
    [enqueue, sessionId],
  );

  return {
    view,
    cursor,
    missing,
    busy: pending > 0,
    loadError,
    presenterOn,
    stale,
    change,
    move,
    togglePresenter,
  };
}

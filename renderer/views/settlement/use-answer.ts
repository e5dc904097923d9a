import { useEffect, useState } from 'react';
import type { Envelope, ErrorInfo } from '../../../core/api/types';

type Message = (e: ErrorInfo) => string;

/**
 * The server's answer to a draft as it is typed: asked 200 ms after the last change (a new `call`),
 * an answer that arrives after a newer change is dropped. The renderer only shows what it is told.
 */
export function useLiveAnswer<T>(call: () => Promise<Envelope<T>>, message: Message) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void call().then((r) => {
        if (!live) return;
        if (r.ok) {
          setValue(r.value);
          setError(null);
        } else setError(message(r.error));
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [call, message]);
  return { value, error };
}

/** A button's question to the server: the last answer, or the failure's message. */
export function useAnswer<T>(message: Message) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<Envelope<T>>) => {
    const r = await call();
    if (r.ok) {
      setValue(r.value);
      setError(null);
    } else setError(message(r.error));
  };
  return { value, error, run };
}

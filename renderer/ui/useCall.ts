import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope, ErrorInfo } from '../../core/platform/api/model';
import { useErrorText } from './Feedback';

export type Call = {
  /** a write is under way (disable its button) */
  pending: boolean;
  /** the last write's failure, until the next write succeeds or `clear` */
  error: ErrorInfo | null;
  /** that failure in the reader's language */
  errorText: string | null;
  /** run one write; its envelope is returned as it came, for what the screen does next */
  run: <T>(call: () => Promise<Envelope<T>>) => Promise<Envelope<T>>;
  /** show a failure that did not come from `run` (another call's, or a check before calling) */
  fail: (error: ErrorInfo) => void;
  clear: () => void;
};

/** A write from a screen, with its pending state and its failure in the reader's language. */
export function useCall(): Call {
  const errorText = useErrorText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T>(call: () => Promise<Envelope<T>>): Promise<Envelope<T>> => {
    setPending(true);
    const result = await call();
    if (mounted.current) {
      setPending(false);
      setError(result.ok ? null : result.error);
    }
    return result;
  }, []);
  const clear = useCallback(() => setError(null), []);

  return { pending, error, errorText: error ? errorText(error) : null, run, fail: setError, clear };
}

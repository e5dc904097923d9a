import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, OutputOf, TopicName, Topics } from '../../core/platform/api/contract';
import type { ErrorInfo } from '../../core/platform/api/model';
import { api } from '../app/api/client';
import { useErrorText } from './Feedback';

export type Query<T> = {
  /** the last value read for the current input; kept while it is read again, so the screen does not blink */
  data: T | null;
  /** the last failed read (cleared by the next good one) */
  error: ErrorInfo | null;
  /** that failure in the reader's language */
  errorText: string | null;
  /** nothing read yet, and nothing failed */
  loading: boolean;
  reload: () => Promise<void>;
  /** take a value a write returned (the same view), without reading again */
  set: (value: T) => void;
};

export type QueryOptions<T extends TopicName> = {
  /** read again when this topic is published… */
  topic?: T;
  /** …and concerns this screen (e.g. the payload's caseId is this case) */
  when?: (payload: Topics[T]) => boolean;
  /** read again when this changes (a parent's version of the data, e.g. the case's updatedAt) */
  version?: unknown;
  /** while another input is read, keep showing the last value (a search as it is typed) */
  keep?: boolean;
};

type State<T> = { key: string | null; data: T | null; error: ErrorInfo | null };

/**
 * Read one API method for a screen: the value, the failure in the reader's language, a re-read on a
 * subscription topic. A read that is overtaken (a newer read, another input, the screen gone) is dropped,
 * so an old answer never replaces a newer one. `input` null reads nothing.
 */
export function useQuery<M extends MethodName, T extends TopicName = TopicName>(
  method: M,
  input: InputOf<M> | null,
  options: QueryOptions<T> = {},
): Query<OutputOf<M>> {
  const errorText = useErrorText();
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<State<OutputOf<M>>>({ key: null, data: null, error: null });
  const latest = useRef({ input, key });
  latest.current = { input, key };
  const generation = useRef(0);
  const keep = useRef(options.keep === true);
  keep.current = options.keep === true;

  const reload = useCallback(async () => {
    const { input: current, key: currentKey } = latest.current;
    if (current === null) return;
    const mine = ++generation.current;
    const result = await api.call(method, current);
    if (mine !== generation.current) return;
    setState((s) =>
      result.ok
        ? { key: currentKey, data: result.value, error: null }
        : {
            key: currentKey,
            data: s.key === currentKey || keep.current ? s.data : null,
            error: result.error,
          },
    );
    // key, not input: a new input (by value) is a new read, a new object with the same value is not
  }, [method, key]);

  const { version, topic } = options;
  useEffect(() => {
    void reload();
    return () => {
      generation.current++;
    };
  }, [reload, version]);

  const when = useRef(options.when);
  when.current = options.when;
  useEffect(() => {
    if (!topic) return;
    return api.subscribe(topic, (payload) => {
      if (!when.current || when.current(payload)) void reload();
    });
  }, [topic, reload]);

  const set = useCallback((value: OutputOf<M>) => {
    generation.current++;
    setState({ key: latest.current.key, data: value, error: null });
  }, []);

  const current = state.key === key || (keep.current && key !== null);
  const data = current ? state.data : null;
  const error = current ? state.error : null;
  return {
    data,
    error,
    errorText: error ? errorText(error) : null,
    loading: data === null && error === null,
    reload,
    set,
  };
}

import type { InputOf, MethodName, OutputOf, TopicName, Topics } from '../../../core/platform/api/contract';
import type { Envelope } from '../../../core/platform/api/model';
import { failure } from '../../ui/lib/errors';
import { messages } from '../messages';
import type { HearingDeskBridge } from './bridge';
import { searchWithoutToken, takeToken, TOKEN_HEADER } from './token';

/**
 * The ONLY way the renderer reaches data. Typed by core/platform/api/contract.ts; the transport is the
 * Electron preload bridge when present, else fetch/EventSource against the loopback web host.
 */

export type Transport = {
  invoke(name: MethodName, input: unknown): Promise<Envelope<unknown>>;
  /** onOpen: called once the channel is listening (at once over IPC; on the SSE 'open' event over HTTP) */
  subscribe(topic: TopicName, cb: (payload: unknown) => void, onOpen?: () => void): () => void;
  /** web host only: the token, for the presenter link */
  token: string | null;
};

export type ApiClient = {
  call<M extends MethodName>(name: M, input: InputOf<M>): Promise<Envelope<OutputOf<M>>>;
  subscribe<T extends TopicName>(topic: T, cb: (payload: Topics[T]) => void, onOpen?: () => void): () => void;
  readonly isElectron: boolean;
  readonly token: string | null;
};

const networkError = (detail: string): Envelope<never> =>
  failure('NETWORK', messages['error.network'], { detail });

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  return v.ok === true || (v.ok === false && typeof v.error === 'object' && v.error !== null);
}

export function bridgeTransport(bridge: HearingDeskBridge): Transport {
  return {
    token: null,
    async invoke(name, input) {
      if (!bridge.invoke) return networkError('this window cannot invoke');
      try {
        const result: unknown = await bridge.invoke(name, input);
        return isEnvelope(result) ? result : networkError('malformed reply');
      } catch (err) {
        return networkError(String(err));
      }
    },
    subscribe(topic, cb, onOpen) {
      const off = bridge.subscribe(topic, cb);
      onOpen?.();
      return off;
    },
  };
}

export function httpTransport(
  token: string | null,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
): Transport {
  return {
    token,
    async invoke(name, input) {
      try {
        const res = await fetchImpl(`/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
          body: JSON.stringify(input ?? {}),
          cache: 'no-store',
        });
        const body: unknown = await res.json().catch(() => null);
        return isEnvelope(body) ? body : networkError(`HTTP ${res.status}`);
      } catch (err) {
        return networkError(String(err));
      }
    },
    subscribe(topic, cb, onOpen) {
      const params = new URLSearchParams({ topics: topic });
      if (token) params.set('token', token);
      const source = new EventSource(`/api/events?${params.toString()}`);
      const listener = (event: MessageEvent<string>) => {
        try {
          cb(JSON.parse(event.data) as unknown);
        } catch {
          // a malformed event is dropped
        }
      };
      source.addEventListener(topic, listener as EventListener);
      const opened = () => onOpen?.();
      source.addEventListener('open', opened);
      return () => {
        source.removeEventListener('open', opened);
        source.removeEventListener(topic, listener as EventListener);
        source.close();
      };
    },
  };
}

export function createClient(transport: Transport, isElectron: boolean): ApiClient {
  return {
    isElectron,
    token: transport.token,
    call: <M extends MethodName>(name: M, input: InputOf<M>) =>
      transport.invoke(name, input) as Promise<Envelope<OutputOf<M>>>,
    subscribe: <T extends TopicName>(topic: T, cb: (payload: Topics[T]) => void, onOpen?: () => void) =>
      transport.subscribe(topic, (payload) => cb(payload as Topics[T]), onOpen),
  };
}

function detect(): ApiClient {
  if (typeof window === 'undefined') return createClient(httpTransport(null), false);
  const bridge = window.hearingDesk;
  if (bridge) return createClient(bridgeTransport(bridge), true);
  let storage: Storage | null = null;
  try {
    storage = window.sessionStorage;
  } catch {
    storage = null;
  }
  const token = takeToken(window.location.search, storage);
  const clean = searchWithoutToken(window.location.search);
  if (clean !== window.location.search) {
    window.history.replaceState(null, '', `${window.location.pathname}${clean}${window.location.hash}`);
  }
  return createClient(httpTransport(token), false);
}

export const api: ApiClient = detect();

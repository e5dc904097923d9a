import type { Envelope } from '../../../core/platform/api/model';

/** What the Electron preload exposes as window.hearingDesk (absent in a plain browser). */
export type HearingDeskBridge = {
  invoke?: (name: string, input: unknown) => Promise<Envelope<unknown>>;
  subscribe: (topic: string, cb: (payload: unknown) => void) => () => void;
};

declare global {
  interface Window {
    hearingDesk?: HearingDeskBridge;
  }
}

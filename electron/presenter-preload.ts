import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL } from './constants';

/** Presenter page bridge: read-only. It can only receive 'presenter.show'; it cannot invoke anything. */
contextBridge.exposeInMainWorld('hearingDesk', {
  subscribe(topic: string, cb: (payload: unknown) => void): () => void {
    if (topic !== 'presenter.show' || typeof cb !== 'function') return () => undefined;
    const listener = (_event: IpcRendererEvent, t: unknown, payload: unknown) => {
      if (t === 'presenter.show') cb(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
});

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './constants';
import { isTopicName } from './topics';

/** Operator page bridge: invoke(name, input) and subscribe(topic, cb). Nothing else crosses. */
contextBridge.exposeInMainWorld('hearingDesk', {
  invoke(name: string, input: unknown): Promise<unknown> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, String(name), input);
  },
  subscribe(topic: string, cb: (payload: unknown) => void): () => void {
    if (!isTopicName(topic) || typeof cb !== 'function') return () => undefined;
    const listener = (_event: IpcRendererEvent, t: unknown, payload: unknown) => {
      if (t === topic) cb(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
});

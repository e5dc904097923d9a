import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type TopicName } from '../core/platform/api/contract';
import type { openServices } from '../core/platform/api/services';
import type { Envelope } from '../core/platform/api/model';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './constants';
import { isKnownMethod, isTrustedSenderUrl } from './sender';
import { PRESENTER_TOPICS, TOPIC_NAMES } from './topics';

const refuse = (code: string, message_zh: string, message_en: string): Envelope<never> => ({
  ok: false,
  error: { code, message_zh, message_en },
});

type Services = ReturnType<typeof openServices>;

export type WindowSet = { main: () => BrowserWindow | null; presenter: () => BrowserWindow | null };

/**
 * The contract on ONE channel: ipcMain.handle('hd:invoke', (event, name, input)).
 * The sender frame must be our operator page; the name must be in METHOD_NAMES; the input is
 * validated by the dispatcher's zod schema. Subscriptions go out on 'hd:event' (topic, payload).
 */
export function bindIpc(services: Services, windows: WindowSet): () => void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      if (frame === null || frame.parent !== null || !isTrustedSenderUrl(frame.url)) {
        return refuse(
          'FORBIDDEN_SENDER',
          '拒绝访问：请求不是来自本程序的页面',
          'forbidden: the caller is not our own page',
        );
      }
      if (!isKnownMethod(name, METHOD_NAMES)) {
        return refuse('UNKNOWN_METHOD', '未知的接口方法', 'unknown API method');
      }
      try {
        // Awaited: an export job is laid out in a worker thread while the window keeps being answered.
        return await services.invokeAsync(name, input);
      } catch {
        return refuse('INTERNAL', '内部错误', 'internal error');
      }
    },
  );

  const send = (win: BrowserWindow | null, topic: TopicName, payload: unknown) => {
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, topic, payload);
  };
  const offs = TOPIC_NAMES.map((topic) =>
    services.subscribe(topic, (payload: unknown) => {
      send(windows.main(), topic, payload);
      if (PRESENTER_TOPICS.includes(topic)) send(windows.presenter(), topic, payload);
    }),
  );

  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    offs.forEach((off) => off());
  };
}

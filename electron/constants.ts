/** Names shared by the Electron main process and the preloads (no electron import: unit-testable). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hearing-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const INVOKE_CHANNEL = 'hd:invoke';
export const EVENT_CHANNEL = 'hd:event';
export const PRESENTER_PATH = '/presenter';

import { APP_HOST, APP_SCHEME, PRESENTER_PATH } from './constants';

/**
 * Is an IPC call coming from one of our own pages? The URL is event.senderFrame.url.
 * Only the operator page (app://hearing-desk/..., not /presenter) may invoke API methods.
 */
export function isTrustedSenderUrl(
  frameUrl: string | undefined | null,
  opts: { allowPresenter?: boolean } = {},
): boolean {
  if (!frameUrl) return false;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '') return false;
  if (url.username || url.password) return false;
  if (!opts.allowPresenter && url.pathname.replace(/\/+$/, '') === PRESENTER_PATH) return false;
  return true;
}

/** Method names are checked against the contract's list before anything is dispatched. */
export function isKnownMethod(name: unknown, known: readonly string[]): name is string {
  return typeof name === 'string' && known.includes(name);
}

import {
  APP_ROUTES,
  contentTypeFor,
  RENDERER_CSP,
  resolveStaticPath,
} from '../core/platform/files/renderer-files';
import { APP_HOST, APP_SCHEME } from './constants';

/**
 * Map an app://hearing-desk/... URL to a file under the renderer folder, or null to refuse it:
 * other scheme or host, bad percent-encoding, NUL, backslashes, '..' segments, or anything resolving outside `root`.
 * Pure (no file-system access), unit-tested in test/electron/app-path.test.ts.
 */
export function resolveAppUrl(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  return resolveStaticPath(root, APP_ROUTES.has(url.pathname) ? '/index.html' : url.pathname);
}

export const mimeType = contentTypeFor;

/** Content-Security-Policy of every page served on app:// ('self' = app://hearing-desk). */
export const APP_CSP = RENDERER_CSP;

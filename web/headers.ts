import { RENDERER_CSP } from '../core/platform/files/renderer-files';

/** Security headers for every response of the loopback host. */
export const CONTENT_SECURITY_POLICY = RENDERER_CSP;

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

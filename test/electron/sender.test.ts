import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../core/platform/api/contract';
import { isKnownMethod, isTrustedSenderUrl } from '../../electron/sender';

describe('isTrustedSenderUrl', () => {
  it.each([
    'app://hearing-desk/',
    'app://hearing-desk/index.html',
    'app://hearing-desk/#/case/3',
    'app://hearing-desk/?x=1',
  ])('trusts our operator page %s', (u) => {
    expect(isTrustedSenderUrl(u)).toBe(true);
  });

  it.each([
    undefined,
    null,
    '',
    'about:blank',
    'file:///C:/app/index.html',
    'http://127.0.0.1:3000/',
    'https://hearing-desk/',
    'app://evil/',
    'app://hearing-desk.evil.com/',
    'app://hearing-desk:8080/',
    'app://user@hearing-desk/',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
  ])('refuses %s', (u) => {
    expect(isTrustedSenderUrl(u)).toBe(false);
  });

  it('refuses the presenter page unless asked to allow it', () => {
    expect(isTrustedSenderUrl('app://hearing-desk/presenter')).toBe(false);
    expect(isTrustedSenderUrl('app://hearing-desk/presenter/')).toBe(false);
    expect(isTrustedSenderUrl('app://hearing-desk/presenter', { allowPresenter: true })).toBe(true);
  });
});

describe('isKnownMethod', () => {
  it('accepts contract methods only', () => {
    expect(isKnownMethod('cases.list', METHOD_NAMES)).toBe(true);
    expect(isKnownMethod('cases.drop', METHOD_NAMES)).toBe(false);
    expect(isKnownMethod('__proto__', METHOD_NAMES)).toBe(false);
    expect(isKnownMethod('constructor', METHOD_NAMES)).toBe(false);
    expect(isKnownMethod(42, METHOD_NAMES)).toBe(false);
    expect(isKnownMethod(undefined, METHOD_NAMES)).toBe(false);
  });
});

/**
 * What happens to a link that would leave the app (window.open, target=_blank). The desk is meant to
 * run offline, so nothing is opened by itself: an http(s) address is opened in the system browser only
 * after the clerk has confirmed a dialog that names the exact address; every other scheme (file:,
 * javascript:, app:, data:, smb:, …) and anything unparsable is refused outright. Plain code, no
 * Electron, so vitest can check it; electron/window.ts wires it to dialog and shell.
 */

export type LinkDecision =
  { action: 'refuse' } | { action: 'confirm'; url: string; question: { zh: string; en: string } };

/** What the clerk answers: true only for the explicit 「打开」 button. */
export type Ask = (question: { zh: string; en: string }, url: string) => Promise<boolean>;

const QUESTION = {
  zh: '本程序设计为离线使用。是否在系统浏览器中打开以下外部网址？\n\n{url}\n\n如不确定该网址的来源，请选择「不打开」。',
  en: 'This desk is meant to run offline. Open this external address in the system browser?\n\n{url}\n\nIf you are not sure where it comes from, choose “Do not open”.',
};

export const LINK_BUTTONS = { zh: ['不打开', '打开'], en: ['Do not open', 'Open'] } as const;

export function decideExternal(raw: string): LinkDecision {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { action: 'refuse' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { action: 'refuse' };
  // user:password@host hides the real host from a reader; such a link is refused, not explained.
  if (url.username || url.password) return { action: 'refuse' };
  // url.href: the host as punycode, so a look-alike name cannot pass for a court's address.
  const href = url.href;
  return {
    action: 'confirm',
    url: href,
    question: { zh: QUESTION.zh.replace('{url}', href), en: QUESTION.en.replace('{url}', href) },
  };
}

/** Asks, then opens only on an explicit yes; any failure (no dialog, a closed window) opens nothing. */
export async function openAfterConfirmation(
  raw: string,
  ask: Ask,
  open: (url: string) => Promise<void> | void,
): Promise<boolean> {
  const decision = decideExternal(raw);
  if (decision.action !== 'confirm') return false;
  let yes = false;
  try {
    yes = (await ask(decision.question, decision.url)) === true;
  } catch {
    return false;
  }
  if (yes) await open(decision.url);
  return yes;
}

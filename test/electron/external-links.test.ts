import { describe, expect, it } from 'vitest';
import { decideExternal, openAfterConfirmation } from '../../electron/external-links';

/** Issue 14, item 5: external URLs are opened only after a confirmation that names the address. */
describe('external links (electron/external-links.ts)', () => {
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://hearing-desk/#/case/1',
    'data:text/html,<b>x</b>',
    'smb://server/share',
    'not a url',
    'https://user:pass@evil.example/',
  ])('refuses %s without asking', async (url) => {
    expect(decideExternal(url)).toEqual({ action: 'refuse' });
    const asked: string[] = [];
    const opened: string[] = [];
    const r = await openAfterConfirmation(
      url,
      async (_q, u) => {
        asked.push(u);
        return true;
      },
      (u) => void opened.push(u),
    );
    expect([r, asked, opened]).toEqual([false, [], []]);
  });

  it('asks with the exact address (a look-alike host shown as punycode), and opens only on yes', async () => {
    const d = decideExternal('https://www.cоurt.gov.cn/a?b=1'); // Cyrillic о
    expect(d.action).toBe('confirm');
    if (d.action !== 'confirm') return;
    expect(d.url).toBe('https://www.xn--curt-55d.gov.cn/a?b=1');
    expect(d.question.zh).toContain('是否在系统浏览器中打开以下外部网址？');
    expect(d.question.zh).toContain('https://www.xn--curt-55d.gov.cn/a?b=1');

    const opened: string[] = [];
    const no = await openAfterConfirmation(
      'https://www.court.gov.cn/',
      async () => false,
      (u) => void opened.push(u),
    );
    expect([no, opened]).toEqual([false, []]);
    const broken = await openAfterConfirmation(
      'https://www.court.gov.cn/',
      async () => {
        throw new Error('window closed');
      },
      (u) => void opened.push(u),
    );
    expect([broken, opened]).toEqual([false, []]);
    const yes = await openAfterConfirmation(
      'https://www.court.gov.cn/',
      async () => true,
      (u) => void opened.push(u),
    );
    expect([yes, opened]).toEqual([true, ['https://www.court.gov.cn/']]);
  });
});

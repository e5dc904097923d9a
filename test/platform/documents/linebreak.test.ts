import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atoms, breakLines } from '../../../core/platform/documents/linebreak';

/** A monospaced model of the fonts: CJK characters 1 em, everything else half. */
const measure = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 1 : 0.5), 0);

describe('breakLines (Chinese line breaking)', () => {
  it('breaks between any two CJK characters', () => {
    expect(breakLines('本院依法计算迟延履行期间的债务利息', 5, measure)).toEqual([
      '本院依法计',
      '算迟延履行',
      '期间的债务',
      '利息',
    ]);
  });

  it('never starts a line with closing punctuation: it stays with the character before', () => {
    const lines = breakLines('甲乙丙丁戊，己庚辛。', 5, measure);
    expect(lines).toEqual(['甲乙丙丁', '戊，己庚', '辛。']);
    for (const line of lines) expect(line[0]).not.toMatch(/[，。、；：？！）》」』】]/);
  });

  it('never ends a line with opening punctuation: it moves down with what follows', () => {
    const lines = breakLines('甲乙丙丁《戊己》庚', 5, measure);
    expect(lines[0]).toBe('甲乙丙丁');
    expect(lines[1]!.startsWith('《戊')).toBe(true);
  });

  it('keeps numbers, dates, amounts and case numbers whole', () => {
    const lines = breakLines('合计金额 830000.00 元，截至 2026-01-21 止', 8, measure);
    expect(lines.join('|')).toContain('830000.00');
    expect(lines.join('|')).toContain('2026-01-21');
    expect(atoms('(2026)黑1084执恢12号')).toContain('(2026)');
    expect(atoms('0.00，')).toEqual(['0.00，']);
  });

  it('drops spaces at line ends, honours \\n, keeps the ideographic-space indent, splits an over-long word', () => {
    expect(breakLines('ab cd ef', 2, measure)).toEqual(['ab', 'cd', 'ef']);
    expect(breakLines('甲\n乙', 10, measure)).toEqual(['甲', '乙']);
    expect(breakLines('', 10, measure)).toEqual(['']);
    expect(breakLines('\u3000\u3000本院', 10, measure)).toEqual(['\u3000\u3000本院']);
    expect(breakLines('abcdefghij', 2, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('loses no character and never exceeds the width (property)', () => {
    const alphabet = fc.constantFrom(...'本院执行款项，。、（）《》ab12. '.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), fc.integer({ min: 3, max: 30 }), (chars, width) => {
        const text = chars.join('');
        const lines = breakLines(text, width, measure);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width + 0.01);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskDeep, maskSensitive } from '../../../core/platform/documents/masking';
import { disclose } from '../../../core/platform/documents/privacy';

/**
 * Issue 15: the forms people really type. Each property generates the number, writes it in one of the
 * forms (separators, +86, full-width digits), puts it in a sentence, and checks that none of the hidden
 * digits can be read back from the masked text, while the kept head and tail are still there.
 */

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const sep = fc.constantFrom('', ' ', '-', '\u3000', '－');
const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const width = fc.boolean();
const around = fc.tuple(
  fc.constantFrom('', '身份证 ', '电话：', '号码为', '（', 'note '),
  fc.constantFrom('', '。', '）', '，已核实', ' end'),
);
const ascii = (s: string) => s.replace(/[\uFF10-\uFF19]/g, (c) => String(c.charCodeAt(0) - 0xff10));

/** The digits of the masked text, in order, with stars where a digit was. */
const digitTrace = (s: string) => [...ascii(s)].filter((c) => /[0-9*Xx]/.test(c)).join('');

describe('masking the usual forms (property tests)', () => {
  it('identity cards, 18 digits, written 6-8-4, 6-4-4-4, run together, in full-width digits', () => {
    fc.assert(
      fc.property(
        digits(17),
        fc.constantFrom('0', '5', 'X', 'x'),
        sep,
        sep,
        sep,
        width,
        around,
        (body, check, a, b, c, w, [pre, post]) => {
          const id = body + check;
          let form = `${id.slice(0, 6)}${a}${id.slice(6, 10)}${b}${id.slice(10, 14)}${c}${id.slice(14)}`;
          if (w) form = wide(form);
          const masked = maskSensitive(`${pre}${form}${post}`);
          expect(masked.startsWith(pre)).toBe(true);
          expect(masked.endsWith(post)).toBe(true);
          expect(digitTrace(masked)).toBe(`${id.slice(0, 3)}${'*'.repeat(11)}${id.slice(14)}`);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('mobile numbers with +86, 0086 or 86, spaces or hyphens (3-4-4), full-width digits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('3', '5', '8', '9'),
        digits(9),
        fc.constantFrom('', '+86', '+86 ', '0086', '86-', '＋86 '),
        sep,
        sep,
        width,
        around,
        (second, rest, prefix, a, b, w, [pre, post]) => {
          const n = `1${second}${rest}`;
          let form = `${n.slice(0, 3)}${a}${n.slice(3, 7)}${b}${n.slice(7)}`;
          if (w) form = wide(form);
          const masked = maskSensitive(`${pre}${prefix}${form}${post}`);
          const trace = digitTrace(masked);
          expect(trace.endsWith(`${n.slice(0, 3)}****${n.slice(7)}`)).toBe(true);
          expect(trace).toBe(`${prefix.replace(/[^0-9]/g, '')}${n.slice(0, 3)}****${n.slice(7)}`);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('passports (E/G + 8 digits, E + letter + 7) and 港澳通行证 (C + 8, C + letter + 7, W + 8): only the last three digits remain', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.constantFrom('E', 'G', 'C', 'W'), digits(8)).map(([l, d]) => l + d),
          fc.tuple(fc.constantFrom('EA', 'EB', 'CA', 'CD'), digits(7)).map(([l, d]) => l + d),
        ),
        fc.constantFrom('护照号 ', '港澳通行证号码：', '证件 ', ''),
        (doc, pre) => {
          const masked = maskSensitive(`${pre}${doc}。`);
          const letters = doc.replace(/[0-9]/g, '');
          const body = doc.slice(letters.length);
          expect(masked).toBe(`${pre}${letters}${'*'.repeat(body.length - 3)}${body.slice(-3)}。`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never touches amounts, dates, case numbers or short figures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1990, max: 2099 }),
        (yuan, fen, year) => {
          const text = `付款 ${yuan}.${String(fen).padStart(2, '0')} 元，${year}-03-07 起，(${year})京0105执${fen + 1}号`;
          expect(maskSensitive(text)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the examples of the issue, on the wall and in documents', () => {
    const cases: [string, string][] = [
      ['110101 19900307 1234', '110*** ******** 1234'],
      ['110101-19900307-1234', '110***-********-1234'],
      ['+86 139 1234 5678', '+86 139 **** 5678'],
      ['+86-139-1234-5678', '+86-139-****-5678'],
      ['139 1234 5678', '139 **** 5678'],
      ['１３９１２３４５６７８', '１３９****５６７８'],
      ['护照 E12345678', '护照 E*****678'],
      ['港澳通行证 C12345678', '港澳通行证 C*****678'],
      ['(010) 12345678', '(010) ********'],
    ];
    for (const [raw, masked] of cases) {
      expect(maskSensitive(raw)).toBe(masked);
      expect(disclose(raw, false)).toBe(masked);
      expect(maskDeep({ wall: [raw] })).toEqual({ wall: [masked] });
      expect(disclose(raw, true)).toBe(raw);
    }
  });
});

import { CLOSING_PUNCTUATION, OPENING_PUNCTUATION } from './vocabulary';

/**
 * Line breaking for Chinese body text (pure; the width function is passed in).
 *
 * pdfkit's own wrapper breaks at spaces, which Chinese text hardly has. Here every CJK character is
 * a break opportunity, Latin words and numbers (830000.00, 2026-01-21, (2026)) stay whole, and the
 * 禁则 (kinsoku) rules hold: closing punctuation never starts a line and opening punctuation never
 * ends one. A word wider than the whole line is split between characters as a last resort.
 */

export type Measure = (text: string) => number;

/** May not start a line: they stay glued to what comes before. */
const CLOSING = new Set([...CLOSING_PUNCTUATION]);
/** May not end a line: they stay glued to what follows. */
const OPENING = new Set([...OPENING_PUNCTUATION]);

/** Ideographs, kana, hangul, CJK symbols and full-width forms: each one a break opportunity. */
function isCjk(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

type Atom = { text: string; space: boolean };

/** Cuts one hard line into unbreakable atoms: a CJK character, a Latin word, a run of spaces. */
export function atoms(line: string): string[] {
  const raw: Atom[] = [];
  let word = '';
  const flush = () => {
    if (word) raw.push({ text: word, space: false });
    word = '';
  };
  for (const ch of line) {
    if (ch === ' ' || ch === '\t') {
      flush();
      const last = raw[raw.length - 1];
      if (last?.space) last.text += ' ';
      else raw.push({ text: ' ', space: true });
    } else if (isCjk(ch) || ((CLOSING.has(ch) || OPENING.has(ch)) && ch.charCodeAt(0) > 0x7f)) {
      // ASCII marks (the '.' of 0.00, the ')' of (2026)) stay inside their word.
      flush();
      raw.push({ text: ch, space: false });
    } else word += ch;
  }
  flush();
  // Glue: closing marks onto the atom before, opening marks onto the atom after.
  const glued: Atom[] = [];
  let pendingOpen = '';
  for (const atom of raw) {
    const first = [...atom.text][0] ?? '';
    if (
      !atom.space &&
      CLOSING.has(first) &&
      glued.length > 0 &&
      !glued[glued.length - 1]!.space &&
      !pendingOpen
    ) {
      glued[glued.length - 1]!.text += atom.text;
    } else if (!atom.space && OPENING.has(atom.text)) {
      pendingOpen += atom.text;
    } else if (pendingOpen && !atom.space) {
      glued.push({ text: pendingOpen + atom.text, space: false });
      pendingOpen = '';
    } else {
      if (pendingOpen) glued.push({ text: pendingOpen, space: false });
      pendingOpen = '';
      glued.push(atom);
    }
  }
  if (pendingOpen) glued.push({ text: pendingOpen, space: false });
  return glued.map((a) => a.text);
}

/** Splits an atom wider than the line between characters (a very long number or identifier). */
function splitWide(atom: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of atom) {
    if (piece && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * The lines of `text` at `maxWidth` (the very first line at `firstLineWidth`, for a run-in label). '\n' is a hard break; spaces at a line's end are dropped;
 * an empty input gives one empty line so a blank paragraph still takes its height.
 */
export function breakLines(
  text: string,
  maxWidth: number,
  measure: Measure,
  firstLineWidth = maxWidth,
): string[] {
  const out: string[] = [];
  for (const hard of text.replace(/\r\n?/g, '\n').split('\n')) {
    const limit = () => (out.length === 0 ? firstLineWidth : maxWidth);
    let line = '';
    let width = 0;
    const push = () => {
      out.push(line.replace(/[ \t]+$/, ''));
      line = '';
      width = 0;
    };
    for (const atom of atoms(hard)) {
      const w = measure(atom);
      if (/^[ \t]+$/.test(atom)) {
        if (line) {
          line += atom;
          width += w;
        }
        continue;
      }
      if (width + w <= limit() + 0.01) {
        line += atom;
        width += w;
        continue;
      }
      if (!/^[ \t]*$/.test(line)) push();
      else line = '';
      if (w <= limit() + 0.01) {
        line = atom;
        width = w;
        continue;
      }
      const pieces = splitWide(atom, limit(), measure);
      for (const piece of pieces.slice(0, -1)) out.push(piece);
      line = pieces[pieces.length - 1] ?? '';
      width = measure(line);
    }
    push();
  }
  return out;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachmentPath,
  attachmentRoute,
  parseRange,
  sanitiseLabel,
  sniffType,
} from '../../../core/platform/files/attachments';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('attachment types from the bytes', () => {
  it('recognises the accepted formats by their magic numbers', () => {
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0]))?.mime).toBe('image/jpeg');
    expect(sniffType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))?.mime).toBe('image/png');
    expect(sniffType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))?.mime).toBe('image/webp');
    expect(sniffType(bytes('%PDF-1.7'))).toEqual({ kind: 'document', mime: 'application/pdf', ext: 'pdf' });
    expect(sniffType(bytes([0, 0, 0, 0x20], 'ftypisom'))).toEqual({
      kind: 'video',
      mime: 'video/mp4',
      ext: 'mp4',
    });
    expect(sniffType(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'))?.mime).toBe(
      'video/webm',
    );
  });

  it('refuses everything else: text, executables, Matroska that is not WebM, a truncated header', () => {
    expect(sniffType(bytes('root:x:0:0'))).toBeNull();
    expect(sniffType(bytes('MZ', [0x90, 0]))).toBeNull();
    expect(sniffType(bytes([0x1a, 0x45, 0xdf, 0xa3], 'matroska'))).toBeNull();
    expect(sniffType(bytes([0x89], 'PN'))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });
});

describe('labels, never paths', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\法官\\现场照片.jpg', '现场照片.jpg'],
    ['..', '附件'],
    ['/', '附件'],
    ['a\u0000b\u0007c.png', 'abc.png'],
    ['invoice\u202Egnp.exe', 'invoicegnp.exe'],
  ])('%j -> %j', (raw, label) => expect(sanitiseLabel(raw)).toBe(label));

  it('property: a label never holds a path separator or a control character, and is never empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const label = sanitiseLabel(raw);
        expect(label).not.toMatch(/[/\\]/);
        expect([...label].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false);
        expect(label.length).toBeGreaterThan(0);
        expect(label === '.' || label === '..').toBe(false);
      }),
    );
  });

  it('a digest must be 64 lower-case hex characters to name a file', () => {
    const sha = 'ab'.repeat(32);
    expect(attachmentPath('/data', sha)).toBe(`/data/attachments/ab/${sha}`);
    expect(attachmentPath('/data', '../../etc/passwd')).toBeNull();
    expect(attachmentPath('/data', sha.toUpperCase())).toBeNull();
    expect(attachmentRoute(`/attachments/${sha}`)).toBe(sha);
    expect(attachmentRoute(`/attachments/a/b`)).toBeNull();
  });
});

describe('Range requests for <video>', () => {
  it('reads the forms browsers send', () => {
    expect(parseRange(undefined, 1000)).toBeNull();
    expect(parseRange('bytes=0-', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 });
    expect(parseRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-300', 1000)).toEqual({ start: 700, end: 999 });
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=5-4', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeNull();
    expect(parseRange('items=0-1', 1000)).toBeNull();
  });

  it('property: a satisfiable range lies inside the file', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(20_000), fc.integer({ min: 1, max: 10_000 }), (a, b, size) => {
        const r = parseRange(`bytes=${a}-${b}`, size);
        if (r !== null && r !== 'unsatisfiable') {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThan(size);
          expect(r.start).toBeLessThanOrEqual(r.end);
        }
      }),
    );
  });
});

import { pkcs7Detached } from '../../core/platform/documents/sign';
import type { Identity } from '../../core/platform/documents/identity';

/**
 * Real incremental updates appended to one of our signed PDFs, as an attacker (or a court seal tool)
 * would write them: new objects, an xref section for just those objects and a trailer with /Prev.
 */

type NewObject = { num: number; body: string };

function trailerOf(text: string) {
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)?.[1];
  const info = /\/Info (\d+ \d+ R)/.exec(trailer)?.[1];
  const id = /\/ID \[[^\]]*\]/.exec(trailer)?.[0] ?? '';
  if (!prev || !size || !root) throw new Error('cannot read the trailer');
  return { prev, size, root, info, id };
}

/** Appends `objects` (replacing any with the same number) as one revision. */
export function appendUpdate(pdf: Buffer, objects: (size: number) => NewObject[]): Buffer {
  const text = pdf.toString('latin1');
  const t = trailerOf(text);
  const list = objects(t.size);
  let out = `${text}\n`;
  const offsets: [number, number][] = [];
  for (const o of list) {
    offsets.push([o.num, Buffer.byteLength(out, 'latin1')]);
    out += `${o.num} 0 obj\n${o.body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += 'xref\n0 1\n0000000000 65535 f \n';
  for (const [num, at] of offsets.sort((a, b) => a[0] - b[0]))
    out += `${num} 1\n${String(at).padStart(10, '0')} 00000 n \n`;
  const size = Math.max(t.size, ...list.map((o) => o.num + 1));
  out +=
    `trailer\n<<\n/Size ${size}\n/Root ${t.root}\n${t.info ? `/Info ${t.info}\n` : ''}/Prev ${t.prev}\n${t.id}\n>>\n` +
    `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The attack of issue 14: a red box drawn over page 1 (a new content stream and a new page object). */
export function coverFirstPage(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const m = /(\d+) 0 obj\n(<<\n\/Type \/Page\n[\s\S]*?\n>>)\nendobj/.exec(text);
  if (!m) throw new Error('no page object');
  const [, pageNum, dict] = m;
  return appendUpdate(pdf, (size) => {
    const draw = '1 0 0 rg 40 200 515 420 re f\n';
    const page = dict!.replace(/\/Contents (\d+ 0 R)/, `/Contents [$1 ${size} 0 R]`);
    return [
      { num: size, body: `<<\n/Length ${draw.length}\n>>\nstream\n${draw}endstream` },
      { num: Number(pageNum), body: page },
    ];
  });
}

const RANGE_PLACEHOLDER = '/ByteRange [0 0000000000 0000000000 0000000000]';

/** A second signature, made with `identity`, covering the whole file as a new revision. */
export function addSecondSignature(pdf: Buffer, identity: Identity, at: Date): Buffer {
  const text = pdf.toString('latin1');
  const acro = /(\d+) 0 obj\n(<<\n\/Type \/AcroForm[\s\S]*?>>)\nendobj/.exec(text);
  if (!acro) throw new Error('no AcroForm');
  const page = /(\d+) 0 obj\n<<\n\/Type \/Page\n/.exec(text)![1];
  const contentsLength = 16384;
  let withUpdate = appendUpdate(pdf, (size) => [
    {
      num: size,
      body:
        `<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /adbe.pkcs7.detached\n${RANGE_PLACEHOLDER}\n` +
        `/Contents <${'0'.repeat(contentsLength)}>\n/Reason (second)\n/M (D:20260122080000Z)\n>>`,
    },
    {
      num: size + 1,
      body: `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/Rect [0 0 0 0]\n/V ${size} 0 R\n/T (Second)\n/F 4\n/P ${page} 0 R\n>>`,
    },
    { num: Number(acro[1]), body: acro[2]!.replace(/\/Fields \[([^\]]*)\]/, `/Fields [$1 ${size + 1} 0 R]`) },
  ]);
  // Fill the ByteRange (same width), then the PKCS#7 over everything but the Contents hex.
  const s = withUpdate.toString('latin1');
  const rangeAt = s.lastIndexOf(RANGE_PLACEHOLDER);
  const b = s.indexOf('/Contents <', rangeAt) + '/Contents '.length;
  const c = b + contentsLength + 2;
  const range = `/ByteRange [0 ${b} ${c} ${s.length - c}]`.padEnd(RANGE_PLACEHOLDER.length, ' ');
  withUpdate = Buffer.from(s.slice(0, rangeAt) + range + s.slice(rangeAt + range.length), 'latin1');
  const signed = Buffer.concat([withUpdate.subarray(0, b), withUpdate.subarray(c)]);
  const hex = pkcs7Detached(signed, identity, at).toString('hex').padEnd(contentsLength, '0');
  return Buffer.concat([
    withUpdate.subarray(0, b + 1),
    Buffer.from(hex, 'latin1'),
    withUpdate.subarray(c - 1),
  ]);
}

import { deflateSync, inflateSync } from 'node:zlib';

/**
 * Handwritten signatures arrive as PNGs with an alpha channel (signature_pad). pdfkit splits the alpha
 * channel of such an image asynchronously, which would make a document's bytes arrive after render
 * returns. Signatures are printed on white paper, so they are composited onto white here, synchronously,
 * and embedded as plain RGB: same look, and the layout stays a synchronous pure function.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Chunk = { type: string; data: Buffer };

function chunks(png: Buffer): Chunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG image');
  const out: Chunk[] = [];
  let at = 8;
  while (at + 8 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    out.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let c = 0xffffffff;
  for (const b of body) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE((c ^ 0xffffffff) >>> 0);
  return Buffer.concat([head, body, crc]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters of non-interlaced 8-bit image data. */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const raw = data[src + x]!;
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      const predictor =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      out[row + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

/** A PNG that pdfkit embeds synchronously: alpha composited onto white; other PNGs unchanged. */
export function flattenPng(png: Buffer): Buffer {
  const list = chunks(png);
  const ihdr = list.find((c) => c.type === 'IHDR')?.data;
  if (!ihdr) throw new Error('PNG without IHDR');
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colour, , , interlace] = [ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]];
  const hasAlpha = colour === 4 || colour === 6;
  if (!hasAlpha && !list.some((c) => c.type === 'tRNS')) return png;
  if (depth !== 8 || interlace !== 0 || !hasAlpha)
    throw new Error('signature images must be 8-bit, non-interlaced PNGs (RGBA or grey+alpha)');
  const bpp = colour === 6 ? 4 : 2;
  const pixels = unfilter(
    inflateSync(Buffer.concat(list.filter((c) => c.type === 'IDAT').map((c) => c.data))),
    width,
    height,
    bpp,
  );
  const rgb = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    rgb[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * bpp;
      const alpha = pixels[p + bpp - 1]! / 255;
      for (let k = 0; k < 3; k++) {
        const v = bpp === 4 ? pixels[p + k]! : pixels[p]!;
        rgb[y * (width * 3 + 1) + 1 + x * 3 + k] = Math.round(v * alpha + 255 * (1 - alpha));
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rgb)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

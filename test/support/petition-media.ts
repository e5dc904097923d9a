import { deflateSync } from 'node:zlib';

/** Small real media for the petition-hearing tests, generated (no binary fixtures in the tree). */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid RGB PNG of one colour with a darker diagonal band, so photos differ and show something. */
export function makePng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const band = Math.abs(x - y) < Math.max(2, width / 10) ? 0.5 : 1;
      raw[row + 1 + x * 3] = Math.round(rgb[0] * band);
      raw[row + 2 + x * 3] = Math.round(rgb[1] * band);
      raw[row + 3 + x * 3] = Math.round(rgb[2] * band);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The first bytes of a WebM file (EBML header, DocType "webm"): enough for type sniffing. */
export function webmHeader(): Buffer {
  return Buffer.from([
    0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04,
    0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d, 0x42, 0x87, 0x81, 0x04, 0x42, 0x85,
    0x81, 0x02,
  ]);
}

/** A 12-item list as CSV text (UTF-8), the way a clerk exports it from Excel. */
export function itemsCsv(count = 12): string {
  const measures = ['查封', '扣押', '拍卖', '变卖', '发还', '抵债'];
  const lines = ['序号,物品名称,数量,单位,执行措施,现存放地,法律依据,文书号,价值（元）'];
  for (let i = 1; i <= count; i++)
    lines.push(
      [
        i,
        `物品${i}`,
        i % 3 === 0 ? '2.5' : String(i),
        i % 3 === 0 ? '吨' : '件',
        measures[i % measures.length],
        `法院仓库${i}号`,
        '《民事诉讼法》第二百五十二条',
        `(2024)黑1084执12号之${i}`,
        `"${(i * 1000 + 0.5).toLocaleString('en-US', { minimumFractionDigits: 2 })}"`,
      ].join(','),
    );
  return lines.join('\r\n') + '\r\n';
}

import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'gb18030';

/**
 * Chinese bank and court exports come as UTF-8 (often with a BOM, from Excel "CSV UTF-8") or as GBK.
 * A strict UTF-8 decode fails on almost any GBK text with Chinese in it, so it decides; GB18030 is a
 * superset of GBK and GB2312, so one fallback reads all three.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'),
      encoding: 'gb18030',
    };
  }
}

import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Replacement character: where bytes could not be read as text. Cells holding it are row errors. */
export const UNREADABLE = '\uFFFD';

function utf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Lead byte of a UTF-8 sequence and how many bytes it announces (0 for a continuation byte). */
function sequenceLength(byte: number): number {
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  if (byte >= 0xe0) return 3;
  if (byte >= 0xc2 && byte < 0xe0) return 2;
  return 0;
}

/**
 * A UTF-8 file cut short in the middle of a character (a copy or download that stopped) fails the
 * strict decode only at its last 1–3 bytes: read it as UTF-8 with the torn character marked, rather
 * than falling back to GB18030 and turning the whole file into nonsense.
 */
function utf8CutShort(bytes: Uint8Array): string | null {
  for (let back = 1; back <= 3 && back < bytes.length; back += 1) {
    const lead = bytes[bytes.length - back]!;
    const need = sequenceLength(lead);
    if (need === 0) continue;
    if (need <= back) return null;
    const head = utf8Strict(bytes.subarray(0, bytes.length - back));
    return head === null ? null : head + UNREADABLE;
  }
  return null;
}

/**
 * Chinese bank and court exports come as UTF-8 (often with a BOM, from Excel "CSV UTF-8"), as GBK, or
 * as Excel "Unicode text" (UTF-16 with a BOM, tab-separated). A BOM decides UTF-16; a strict UTF-8
 * decode fails on almost any GBK text with Chinese in it, so it decides between the other two; GB18030
 * is a superset of GBK and GB2312, so one fallback reads all three.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const text = utf8Strict(bytes) ?? utf8CutShort(bytes);
  if (text !== null) return { text, encoding: 'utf-8' };
  return {
    text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'),
    encoding: 'gb18030',
  };
}

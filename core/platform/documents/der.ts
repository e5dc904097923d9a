/**
 * A minimal DER reader for checking signatures: offsets into the original bytes, so the signed
 * attributes can be hashed exactly as they were written. Definite lengths only (DER).
 */
export type Node = {
  /** The identifier octet (class, constructed bit and tag number < 31). */
  tag: number;
  start: number;
  headerLength: number;
  length: number;
  children: Node[];
};

export class DerError extends Error {}

export function readNode(bytes: Uint8Array, start: number, end = bytes.length): Node {
  if (start + 2 > end) throw new DerError('truncated DER');
  const tag = bytes[start]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not used here');
  let length = bytes[start + 1]!;
  let headerLength = 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    if (n === 0 || n > 4) throw new DerError('indefinite or oversized length');
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + bytes[start + 2 + i]!;
    headerLength += n;
  }
  if (start + headerLength + length > end) throw new DerError('DER length past the end');
  const node: Node = { tag, start, headerLength, length, children: [] };
  if (tag & 0x20) {
    let at = start + headerLength;
    const stop = at + length;
    while (at < stop) {
      const child = readNode(bytes, at, stop);
      node.children.push(child);
      at = child.start + child.headerLength + child.length;
    }
  }
  return node;
}

export const whole = (bytes: Uint8Array, n: Node): Uint8Array =>
  bytes.subarray(n.start, n.start + n.headerLength + n.length);
export const content = (bytes: Uint8Array, n: Node): Uint8Array =>
  bytes.subarray(n.start + n.headerLength, n.start + n.headerLength + n.length);

export function child(n: Node | undefined, i: number): Node {
  const c = n?.children[i];
  if (!c) throw new DerError('unexpected PKCS#7 structure');
  return c;
}

/** Dotted OID text of an OBJECT IDENTIFIER node. */
export function oid(bytes: Uint8Array, n: Node): string {
  const b = content(bytes, n);
  const parts: number[] = [Math.floor(b[0]! / 40), b[0]! % 40];
  let value = 0;
  for (let i = 1; i < b.length; i++) {
    value = value * 128 + (b[i]! & 0x7f);
    if (!(b[i]! & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** UTCTime or GeneralizedTime as an ISO string. */
export function time(bytes: Uint8Array, n: Node): string {
  const text = Buffer.from(content(bytes, n)).toString('latin1');
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text);
  if (!m) throw new DerError(`unreadable time ${text}`);
  let year = Number(m[1]);
  if (m[1]!.length === 2) year += year >= 50 ? 1900 : 2000;
  return new Date(
    Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)),
  ).toISOString();
}

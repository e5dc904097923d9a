/** Byte-level changes to our PDFs for tamper tests (no processes, no paths: usable from e2e too). */

/**
 * A copy of one of our PDFs with one byte changed inside the signed bytes: a letter of the Producer
 * ("Hearing Desk (pdfkit)", in the Info dictionary after the signature). A byte picked by position
 * may land in the signature's own /Contents, which the signature does not cover.
 */
export function flipSignedByte(pdf: Uint8Array): Buffer {
  const out = Buffer.from(pdf);
  const at = out.indexOf('Hearing Desk (pdfkit)', 0, 'latin1');
  if (at < 0) throw new Error('not one of our PDFs: no Producer to change');
  out[at] = out[at]! ^ 0x20;
  return out;
}

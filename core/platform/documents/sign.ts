import forge from 'node-forge';
import { findByteRange, removeTrailingNewLine, Signer, SignPdfError } from '@signpdf/utils';
import type { Identity } from './identity';
import type { SignaturePlaceholder } from './render';

/**
 * PKCS#7 detached signatures (adbe.pkcs7.detached) over the PDF's ByteRange.
 *
 * The placeholder is added by @signpdf/placeholder-pdfkit while the document is laid out (render.ts).
 * Filling it follows @signpdf/signpdf's SignPdf.sign step for step, but synchronously: an API call runs
 * in one synchronous SQLite transaction, and SignPdf.sign returns a promise. IdentitySigner plugs the
 * same PKCS#7 into @signpdf/signpdf for callers that can await; a test checks both give the same bytes.
 *
 * The signature covers the whole file as written, and the AcroForm says SigFlags 3 (signatures exist,
 * append only): a court seal added later as an incremental update leaves our ByteRange untouched.
 */

/** Room for the PKCS#7: the certificate chain, the signed attributes and the RSA signature, with margin. */
export function signatureLength(identity: Identity): number {
  const chain = identity.chain.reduce(
    (n, c) => n + forge.asn1.toDer(forge.pki.certificateToAsn1(c)).length(),
    0,
  );
  return Math.max(8192, Math.ceil((chain + 4096) / 1024) * 1024);
}

export function placeholderFor(
  identity: Identity,
  details: { reason: string; location: string },
): SignaturePlaceholder {
  return {
    name: identity.commonName,
    reason: details.reason,
    location: details.location,
    contactInfo: identity.fingerprint,
    signatureLength: signatureLength(identity),
  };
}

/** A detached PKCS#7 SignedData over `content`: SHA-256, RSA, signing time from the caller's clock. */
export function pkcs7Detached(content: Buffer, identity: Identity, signingTime: Date): Buffer {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(content.toString('binary'));
  for (const cert of identity.chain) p7.addCertificate(cert);
  p7.addSigner({
    key: identity.key,
    certificate: identity.cert,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data! },
      // forge takes a Date here; its typings say string.
      { type: forge.pki.oids.signingTime!, value: signingTime as unknown as string },
      { type: forge.pki.oids.messageDigest! },
    ],
  });
  p7.sign({ detached: true });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}

/** For @signpdf/signpdf: the same PKCS#7 behind its async Signer interface. */
export class IdentitySigner extends Signer {
  constructor(
    private readonly identity: Identity,
    private readonly clock: () => Date,
  ) {
    super();
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    return pkcs7Detached(pdfBuffer, this.identity, signingTime ?? this.clock());
  }
}

/** Fills the ByteRange and Contents of the one signature placeholder in `pdf` (SignPdf.sign, synchronous). */
export function signPdf(input: Buffer, identity: Identity, signingTime: Date): Buffer {
  let pdf = removeTrailingNewLine(input);
  const { byteRangePlaceholder, byteRangePlaceholderPosition } = findByteRange(pdf);
  if (!byteRangePlaceholder || byteRangePlaceholderPosition === undefined)
    throw new SignPdfError('No ByteRangeStrings found within PDF buffer.', SignPdfError.TYPE_PARSE);
  const byteRangeEnd = byteRangePlaceholderPosition + byteRangePlaceholder.length;
  const contentsTagPos = pdf.indexOf('/Contents ', byteRangeEnd);
  const placeholderPos = pdf.indexOf('<', contentsTagPos);
  const placeholderEnd = pdf.indexOf('>', placeholderPos);
  const withBrackets = placeholderEnd + 1 - placeholderPos;
  const placeholderLength = withBrackets - 2;
  const byteRange = [0, placeholderPos, placeholderPos + withBrackets, 0];
  byteRange[3] = pdf.length - byteRange[2]!;
  let actual = `/ByteRange [${byteRange.join(' ')}]`;
  actual += ' '.repeat(byteRangePlaceholder.length - actual.length);
  pdf = Buffer.concat([
    pdf.subarray(0, byteRangePlaceholderPosition),
    Buffer.from(actual),
    pdf.subarray(byteRangeEnd),
  ]);

  const signed = Buffer.concat([
    pdf.subarray(0, byteRange[1]),
    pdf.subarray(byteRange[2], byteRange[2]! + byteRange[3]!),
  ]);
  const raw = pkcs7Detached(signed, identity, signingTime);
  if (raw.length * 2 > placeholderLength)
    throw new SignPdfError(
      `Signature exceeds placeholder length: ${raw.length * 2} > ${placeholderLength}`,
      SignPdfError.TYPE_INPUT,
    );
  const hex = raw.toString('hex') + '00'.repeat(placeholderLength / 2 - raw.length);
  return Buffer.concat([pdf.subarray(0, byteRange[1]), Buffer.from(`<${hex}>`), pdf.subarray(byteRange[2])]);
}

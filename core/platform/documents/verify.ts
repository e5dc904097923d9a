import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { findByteRange } from '@signpdf/utils';
import { findExportsBySha256, type ExportRecord } from '../db/exports';
import type { ReadDb } from '../db/handle';
import { render, type Text } from '../../lib/text';
import { PLATFORM_MESSAGES } from '../api/messages';
import { child, content, DerError, oid, readNode, time, whole, type Node } from './der';
import { DOCUMENT_KIND_ZH } from './messages';

/**
 * Checks a PDF's PKCS#7 detached signatures against their ByteRange, independently of the library that
 * made them: the content digest must equal the signed messageDigest attribute, and the RSA/ECDSA
 * signature over the signed attributes must verify with the signer certificate's key (node:crypto).
 * Then the signed revision's sha256 is looked up in export_register.
 */

export type SignatureCheck = {
  valid: boolean;
  signer: string;
  signedAt: string | null;
  byteRange: [number, number, number, number];
  /** False when bytes were appended after this signature (an incremental update such as a court seal). */
  coversWholeFile: boolean;
  /** sha256 of the bytes up to the end of this signature's ByteRange: the file as it was signed. */
  revisionSha256: string;
  problem?: string;
};

export type Verification = {
  intact: boolean;
  signer: string;
  signedAt: string | null;
  kind?: string;
  registered: boolean;
  message_zh: string;
  message_en: string;
  /** sha256 of the bytes given. */
  sha256: string;
  signatures: SignatureCheck[];
  export?: ExportRecord;
};

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
};
const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const stripZeros = (hex: string) => hex.replace(/^(00)+/, '').toLowerCase() || '0';

function commonName(cert: X509Certificate): string {
  const line = cert.subject.split('\n').find((l) => l.startsWith('CN='));
  return line ? line.slice(3) : cert.subject;
}

function checkOne(pdf: Buffer, range: [number, number, number, number]): SignatureCheck {
  const [a, b, c, d] = range;
  const base = {
    signer: '',
    signedAt: null,
    byteRange: range,
    coversWholeFile: c + d === pdf.length,
    revisionSha256: c + d <= pdf.length ? sha256(pdf.subarray(0, c + d)) : '',
  };
  const fail = (problem: string): SignatureCheck => ({ ...base, valid: false, problem });
  if (a !== 0 || b <= 0 || c <= b || d < 0 || c + d > pdf.length)
    return fail('ByteRange does not fit the file');
  const contents = pdf.subarray(b, c).toString('latin1');
  const hex = /^<([0-9A-Fa-f]*)>$/.exec(contents)?.[1];
  if (hex === undefined || hex.length % 2) return fail('Contents is not a hex string between the two ranges');
  const der = Buffer.from(hex, 'hex');

  let signer = '';
  let signedAt: string | null = null;
  try {
    const info = readNode(der, 0);
    if (oid(der, child(info, 0)) !== OID.signedData) return fail('not PKCS#7 SignedData');
    const signedData = child(child(info, 1), 0);
    const parts = signedData.children;
    const certNodes = parts.find((n) => n.tag === 0xa0)?.children ?? [];
    const signerInfos = parts[parts.length - 1]!;
    const si = child(signerInfos, 0);
    const [, issuerSerial, digestAlg, attrs, , sigValue] = si.children as (Node | undefined)[];
    if (!issuerSerial || !digestAlg || !attrs || attrs.tag !== 0xa0 || !sigValue)
      return fail('signer info without signed attributes');
    const serial = stripZeros(Buffer.from(content(der, child(issuerSerial, 1))).toString('hex'));
    const certs = certNodes.map((n) => new X509Certificate(Buffer.from(whole(der, n))));
    const cert = certs.find((x) => stripZeros(x.serialNumber) === serial);
    if (!cert) return fail('signer certificate not in the signature');
    signer = commonName(cert);

    const hash = HASHES[oid(der, child(digestAlg, 0))];
    if (!hash) return { ...fail('unsupported digest algorithm'), signer };
    let messageDigest: Buffer | null = null;
    for (const attr of attrs.children) {
      const type = oid(der, child(attr, 0));
      const value = child(child(attr, 1), 0);
      if (type === OID.messageDigest) messageDigest = Buffer.from(content(der, value));
      if (type === OID.signingTime) signedAt = time(der, value);
    }
    const digest = createHash(hash)
      .update(pdf.subarray(a, a + b))
      .update(pdf.subarray(c, c + d))
      .digest();
    if (!messageDigest || !digest.equals(messageDigest))
      return { ...fail('the document digest does not match the signed digest'), signer, signedAt };
    // The signature is over the DER of the attributes as a SET OF (tag 0x31), not as [0] IMPLICIT.
    const signedAttrs = Buffer.from(whole(der, attrs));
    signedAttrs[0] = 0x31;
    const ok = verifySignature(hash, signedAttrs, cert.publicKey, Buffer.from(content(der, sigValue)));
    if (!ok)
      return { ...fail('the signature does not verify with the signer certificate'), signer, signedAt };
  } catch (error) {
    if (error instanceof DerError || error instanceof Error)
      return { ...fail(`unreadable signature: ${error.message}`), signer, signedAt };
    throw error;
  }
  return { ...base, valid: true, signer, signedAt };
}

/** Every signature in the file (ours is the first: later ones come from incremental updates). */
export function checkSignatures(pdf: Buffer): SignatureCheck[] {
  const { byteRanges } = findByteRange(pdf) as unknown as { byteRanges: string[][] };
  return byteRanges
    .filter((r) => r.length === 4 && r.every((n) => /^\d+$/.test(n)))
    .map((r) => checkOne(pdf, r.map(Number) as [number, number, number, number]));
}

/** Verifies `bytes`; with a database, also whether this installation exported exactly this file. */
export function verifyPdf(bytes: Buffer | Uint8Array, db?: ReadDb): Verification {
  const pdf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  const digest = sha256(pdf);
  const signatures = pdf.subarray(0, 5).toString('latin1') === '%PDF-' ? checkSignatures(pdf) : [];
  const first = signatures[0];
  if (!first) {
    const text = PLATFORM_MESSAGES.verifyUnsigned;
    return {
      intact: false,
      signer: '',
      signedAt: null,
      registered: false,
      message_zh: text.zh,
      message_en: text.en,
      sha256: digest,
      signatures,
    };
  }
  const intact = signatures.every((s) => s.valid);
  const record = db && first.revisionSha256 ? findExportsBySha256(db, first.revisionSha256)[0] : undefined;
  const result: Verification = {
    intact,
    signer: first.signer,
    signedAt: first.signedAt,
    registered: record !== undefined,
    message_zh: '',
    message_en: '',
    sha256: digest,
    signatures,
    ...(record ? { kind: record.kind, export: record } : {}),
  };
  const text = verdict(first, signatures, record);
  result.message_zh = text.zh;
  result.message_en = text.en;
  return result;
}

function verdict(
  first: SignatureCheck,
  signatures: SignatureCheck[],
  record: ExportRecord | undefined,
): Text {
  // The English message has always carried the Chinese words for an unknown time, like the Chinese one.
  const when = first.signedAt
    ? first.signedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')
    : PLATFORM_MESSAGES.signedAtUnknown.zh;
  const bad = signatures.find((s) => !s.valid);
  if (bad) return render(PLATFORM_MESSAGES.verifyBroken, { problem: bad.problem ?? '' });
  const later = first.coversWholeFile ? { zh: '', en: '' } : PLATFORM_MESSAGES.verifyAppended;
  const vars = { signer: first.signer, when, later };
  if (!record) return render(PLATFORM_MESSAGES.verifyUnregistered, vars);
  const kind = { zh: DOCUMENT_KIND_ZH[record.kind] ?? record.kind, en: record.kind };
  return render(PLATFORM_MESSAGES.verifyRegistered, { ...vars, kind, fileName: record.fileName });
}

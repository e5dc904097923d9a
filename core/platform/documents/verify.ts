import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { findByteRange } from '@signpdf/utils';
import { findExportsBySha256, type ExportRecord } from '../db/exports';
import type { ReadDb } from '../db/handle';
import { render, type Text } from '../../lib/text';
import { PLATFORM_MESSAGES } from '../api/messages';
import { parseCertificate } from './certificate';
import { child, content, DerError, oid, readNode, time, whole, type Node } from './der';
import { DOCUMENT_KIND_ZH, phrases, SIGNATURE_PROBLEMS_ZH as PROBLEMS_ZH } from './messages';

/**
 * Checks a PDF's PKCS#7 detached signatures against their ByteRange, independently of the library that
 * made them: the content digest must equal the signed messageDigest attribute, and the RSA/ECDSA
 * signature over the signed attributes must verify with the signer certificate's key (node:crypto).
 *
 * What a court may rely on: a file is intact only if valid signatures cover every byte of it. A
 * ByteRange always starts at byte 0, so that means one valid signature ends exactly at the end of the
 * file: an incremental update appended later (a new page, a comment) is covered only by a later valid
 * signature, and anything else is 「签署后被修改」 with the bytes and revisions outside named. Each
 * signer comes from its certificate (names decoded by tag, certificate.ts) and is trusted when its
 * fingerprint is trusted here or this installation registered exactly the revision it signed.
 */

export type SignatureCheck = {
  valid: boolean;
  signer: string;
  /** The certificate's subject, 「CN=…, O=…」. */
  subject: string;
  /** sha256 of the signer certificate's DER ('' when it could not be read). */
  fingerprint: string;
  signedAt: string | null;
  byteRange: [number, number, number, number];
  /** Bytes 0 … coveredTo-1 are what this signature covers (its Contents excepted). */
  coveredTo: number;
  /** The revision (counted by %%EOF, from 1) this signature closes; 0 when it ends elsewhere. */
  revision: number;
  coversWholeFile: boolean;
  /** sha256 of the bytes up to the end of this signature's ByteRange: the file as it was signed. */
  revisionSha256: string;
  /** This installation exported exactly the revision this signature closes. */
  registered: boolean;
  trusted: boolean;
  problem?: string;
  /** The same problem in Chinese, as the screen and the message say it. */
  problem_zh?: string;
};

/** Bytes no valid signature covers: from (0-based, inclusive) to the end of the file. */
export type Outside = { from: number; to: number; revisions: number[] };

export type VerificationStatus = 'unsigned' | 'broken' | 'modified' | 'untrusted' | 'verified';

export type Verification = {
  status: VerificationStatus;
  /** Every signature valid and every byte covered by one. */
  intact: boolean;
  /** intact, and every signer trusted: what a court may rely on. */
  verified: boolean;
  signer: string;
  signedAt: string | null;
  kind?: string;
  registered: boolean;
  message_zh: string;
  message_en: string;
  /** sha256 of the bytes given. */
  sha256: string;
  signatures: SignatureCheck[];
  outside: Outside | null;
  /** How many revisions (%%EOF markers) the file has. */
  revisions: number;
  export?: ExportRecord;
};

/** Whether a certificate fingerprint is trusted on this installation (its own, or the trusted list). */
export type TrustCheck = (fingerprint: string) => boolean;

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

type Checked = Omit<SignatureCheck, 'registered' | 'trusted' | 'revision'>;

function checkOne(pdf: Buffer, range: [number, number, number, number]): Checked {
  const [a, b, c, d] = range;
  const base = {
    signer: '',
    subject: '',
    fingerprint: '',
    signedAt: null,
    byteRange: range,
    coveredTo: c + d,
    coversWholeFile: c + d === pdf.length,
    revisionSha256: c + d <= pdf.length ? sha256(pdf.subarray(0, c + d)) : '',
  };
  const fail = (problem: string): Checked => ({
    ...base,
    valid: false,
    problem,
    problem_zh: PROBLEMS_ZH[problem] ?? PROBLEMS_ZH.unreadable!,
  });
  if (a !== 0 || b <= 0 || c <= b || d < 0 || c + d > pdf.length)
    return fail('ByteRange does not fit the file');
  const contents = pdf.subarray(b, c).toString('latin1');
  const hex = /^<([0-9A-Fa-f]*)>$/.exec(contents)?.[1];
  if (hex === undefined || hex.length % 2) return fail('Contents is not a hex string between the two ranges');
  const der = Buffer.from(hex, 'hex');

  let who = { signer: '', subject: '', fingerprint: '' };
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
    const certs = certNodes.map((n) => Buffer.from(whole(der, n)));
    const certDer = certs.find((x) => stripZeros(new X509Certificate(x).serialNumber) === serial);
    if (!certDer) return fail('signer certificate not in the signature');
    const cert = new X509Certificate(certDer);
    const parsed = parseCertificate(certDer);
    who = {
      signer: parsed.commonName || parsed.subjectText,
      subject: parsed.subjectText,
      fingerprint: parsed.fingerprint,
    };

    const hash = HASHES[oid(der, child(digestAlg, 0))];
    if (!hash) return { ...fail('unsupported digest algorithm'), ...who };
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
      return { ...fail('the document digest does not match the signed digest'), ...who, signedAt };
    // The signature is over the DER of the attributes as a SET OF (tag 0x31), not as [0] IMPLICIT.
    const signedAttrs = Buffer.from(whole(der, attrs));
    signedAttrs[0] = 0x31;
    const ok = verifySignature(hash, signedAttrs, cert.publicKey, Buffer.from(content(der, sigValue)));
    if (!ok)
      return { ...fail('the signature does not verify with the signer certificate'), ...who, signedAt };
  } catch (error) {
    if (error instanceof DerError || error instanceof Error)
      return { ...fail(`unreadable signature: ${error.message}`), ...who, signedAt };
    throw error;
  }
  return { ...base, valid: true, ...who, signedAt };
}

/** Where each revision ends: just after each %%EOF marker (an end-of-line may follow). */
export function revisionEnds(pdf: Buffer): number[] {
  const ends: number[] = [];
  for (let at = pdf.indexOf('%%EOF', 0, 'latin1'); at >= 0; at = pdf.indexOf('%%EOF', at + 5, 'latin1'))
    ends.push(at + 5);
  return ends;
}

/** The revision a signature closes: its coverage ends at a %%EOF marker or the end-of-line after it. */
const revisionAt = (ends: number[], offset: number): number => {
  const i = ends.findIndex((e) => offset >= e && offset <= e + 2);
  return i < 0 ? 0 : i + 1;
};

/** Every signature in the file, in the order they were added (the shortest coverage first). */
export function checkSignatures(pdf: Buffer): Checked[] {
  const { byteRanges } = findByteRange(pdf) as unknown as { byteRanges: string[][] };
  const seen = new Set<string>();
  return byteRanges
    .filter((r) => r.length === 4 && r.every((n) => /^\d+$/.test(n)))
    .filter((r) => !seen.has(r.join(' ')) && seen.add(r.join(' ')) !== undefined)
    .map((r) => checkOne(pdf, r.map(Number) as [number, number, number, number]))
    .sort((x, y) => x.coveredTo - y.coveredTo);
}

export type VerifyOptions = { isTrusted?: TrustCheck };

/**
 * Verifies `bytes`; with a database, also whether this installation exported a signed revision, and
 * with `isTrusted`, whether each signer's certificate is trusted here.
 */
export function verifyPdf(
  bytes: Buffer | Uint8Array,
  db?: ReadDb,
  options: VerifyOptions = {},
): Verification {
  const pdf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  const digest = sha256(pdf);
  const isPdf = pdf.subarray(0, 5).toString('latin1') === '%PDF-';
  const ends = isPdf ? revisionEnds(pdf) : [];
  const signatures: SignatureCheck[] = (isPdf ? checkSignatures(pdf) : []).map((s) => {
    const record = db && s.revisionSha256 ? findExportsBySha256(db, s.revisionSha256)[0] : undefined;
    const registered = s.valid && record !== undefined;
    return {
      ...s,
      revision: revisionAt(ends, s.coveredTo),
      registered,
      trusted:
        s.valid && (registered || (s.fingerprint !== '' && (options.isTrusted?.(s.fingerprint) ?? false))),
    };
  });
  const first = signatures[0];
  const empty = { sha256: digest, signatures, revisions: ends.length, outside: null };
  if (!first) {
    const text = PLATFORM_MESSAGES.verifyUnsigned;
    return {
      status: 'unsigned',
      intact: false,
      verified: false,
      signer: '',
      signedAt: null,
      registered: false,
      message_zh: text.zh,
      message_en: text.en,
      ...empty,
    };
  }
  const record = db && first.revisionSha256 ? findExportsBySha256(db, first.revisionSha256)[0] : undefined;
  const covered = Math.max(0, ...signatures.filter((s) => s.valid).map((s) => s.coveredTo));
  const outside: Outside | null =
    covered >= pdf.length
      ? null
      : {
          from: covered,
          to: pdf.length - 1,
          revisions: ends.map((e, i) => (e > covered ? i + 1 : 0)).filter((n) => n > 0),
        };
  const broken = signatures.some((s) => !s.valid);
  const status: VerificationStatus = broken
    ? 'broken'
    : outside
      ? 'modified'
      : signatures.every((s) => s.trusted)
        ? 'verified'
        : 'untrusted';
  const text = verdict(status, first, signatures, outside, record);
  return {
    status,
    intact: status === 'verified' || status === 'untrusted',
    verified: status === 'verified',
    signer: first.signer,
    signedAt: first.signedAt,
    registered: record !== undefined,
    message_zh: text.zh,
    message_en: text.en,
    ...empty,
    outside,
    ...(record ? { kind: record.kind, export: record } : {}),
  };
}

/** 「2026-01-21 08:00:00 UTC」 or 「时间不明」. */
export function signedAtText(at: string | null): string {
  return at ? at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : PLATFORM_MESSAGES.signedAtUnknown.zh;
}

function verdict(
  status: VerificationStatus,
  first: SignatureCheck,
  signatures: SignatureCheck[],
  outside: Outside | null,
  record: ExportRecord | undefined,
): Text {
  // The English message has always carried the Chinese words for an unknown time, like the Chinese one.
  const when = signedAtText(first.signedAt);
  const vars = { signer: first.signer, when };
  if (status === 'broken') {
    const bad = signatures.find((s) => !s.valid)!;
    return render(PLATFORM_MESSAGES.verifyBroken, {
      problem: { zh: bad.problem_zh ?? '', en: bad.problem ?? '' },
    });
  }
  if (status === 'modified' && outside) {
    const range = { from: outside.from, to: outside.to };
    const where = outside.revisions.length
      ? render(PLATFORM_MESSAGES.verifyOutsideRevisions, {
          ...range,
          revisions: outside.revisions.join(phrases.enumeration),
        })
      : render(PLATFORM_MESSAGES.verifyOutsideBytes, range);
    return render(PLATFORM_MESSAGES.verifyModified, { ...vars, outside: where });
  }
  if (status === 'untrusted') {
    const names = [...new Set(signatures.filter((s) => !s.trusted).map((s) => s.signer))].join(
      phrases.enumeration,
    );
    return render(PLATFORM_MESSAGES.verifyUntrusted, { signers: names });
  }
  const registered = record
    ? render(PLATFORM_MESSAGES.verifyRegisteredNote, {
        kind: { zh: DOCUMENT_KIND_ZH[record.kind] ?? record.kind, en: record.kind },
        fileName: record.fileName,
      })
    : { zh: '', en: '' };
  const last = signatures[signatures.length - 1]!;
  return render(PLATFORM_MESSAGES.verifyTrusted, { ...vars, signer: last.signer, registered });
}

import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { child, content, DerError, oid, readNode, time, whole, type Node } from './der';

/**
 * X.509 certificates read from their DER by our own reader, not by node-forge or OpenSSL's one-line
 * subject: forge leaves UTF8String names as raw bytes (forge #847) and node:crypto escapes them, so a
 * name such as 江苏省江阴市人民法院执行局 came out garbled. Each directory string is decoded by its tag.
 *
 * The fingerprint is the sha256 of the certificate's DER; people read it to each other over the
 * telephone as 16 groups of 4 upper-case hex digits (groupedFingerprint).
 */

export type NameAttribute = { type: string; value: string };

export type CertificateInfo = {
  der: Buffer;
  /** sha256 of the DER, lower-case hex (64 digits). */
  fingerprint: string;
  subject: NameAttribute[];
  issuer: NameAttribute[];
  /** The subject as people read it: 「CN=…, O=…」. */
  subjectText: string;
  issuerText: string;
  commonName: string;
  notBefore: string;
  notAfter: string;
  serial: string;
};

const NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.5': 'serialNumber',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

/** A directory string by its universal tag: UTF8String, PrintableString, IA5String, BMPString, … */
export function decodeString(tag: number, bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  switch (tag) {
    case 0x0c: // UTF8String
      return new TextDecoder('utf-8', { fatal: false }).decode(b);
    case 0x1e: {
      // BMPString: UTF-16 big-endian
      const swapped = Buffer.from(b.subarray(0, b.length - (b.length % 2)));
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    case 0x1c: {
      // UniversalString: UTF-32 big-endian
      let out = '';
      for (let i = 0; i + 4 <= b.length; i += 4) out += String.fromCodePoint(b.readUInt32BE(i) % 0x110000);
      return out;
    }
    default:
      // PrintableString, IA5String, NumericString, VisibleString: ASCII; TeletexString read as Latin-1.
      return b.toString('latin1');
  }
}

function readName(der: Uint8Array, name: Node): NameAttribute[] {
  const out: NameAttribute[] = [];
  for (const rdn of name.children)
    for (const atv of rdn.children) {
      const type = oid(der, child(atv, 0));
      const value = child(atv, 1);
      out.push({ type: NAMES[type] ?? type, value: decodeString(value.tag, content(der, value)) });
    }
  return out;
}

const nameText = (attrs: NameAttribute[]): string => attrs.map((a) => `${a.type}=${a.value}`).join(', ');

export class CertificateError extends Error {}

/** Reads one DER certificate: names, validity, serial and fingerprint. */
export function parseCertificate(bytes: Uint8Array): CertificateInfo {
  const der = Buffer.from(bytes);
  try {
    const cert = readNode(der, 0);
    const der0 = Buffer.from(whole(der, cert));
    const tbs = child(cert, 0);
    // version [0] is optional (v1 certificates)
    const at = tbs.children[0]?.tag === 0xa0 ? 1 : 0;
    const serial = Buffer.from(content(der, child(tbs, at))).toString('hex');
    const issuer = readName(der, child(tbs, at + 2));
    const validity = child(tbs, at + 3);
    const subject = readName(der, child(tbs, at + 4));
    const commonName = subject.find((a) => a.type === 'CN')?.value ?? '';
    return {
      der: der0,
      fingerprint: createHash('sha256').update(der0).digest('hex'),
      subject,
      issuer,
      subjectText: nameText(subject),
      issuerText: nameText(issuer),
      commonName,
      notBefore: time(der, child(validity, 0)),
      notAfter: time(der, child(validity, 1)),
      serial,
    };
  } catch (error) {
    if (error instanceof DerError) throw new CertificateError(error.message);
    throw error;
  }
}

/** 「3F2A 9B01 … 」: 16 groups of 4 upper-case hex digits. */
export function groupedFingerprint(hex: string): string {
  return (
    hex
      .replace(/[^0-9a-f]/gi, '')
      .toUpperCase()
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/** What a person typed or read back as a fingerprint, as 64 lower-case hex digits (or null). */
export function normalFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:-]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

const PEM = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g;

/**
 * The certificates in a file another court hands over: .cer/.crt/.der (DER), .pem (one or more PEM
 * blocks), or .p12/.pfx (certificates only; the passphrase opens it, no private key is needed).
 */
export function certificatesInFile(bytes: Uint8Array, passphrase = ''): CertificateInfo[] {
  const buf = Buffer.from(bytes);
  const text = buf.toString('latin1');
  if (text.includes('-----BEGIN CERTIFICATE-----'))
    return [...text.matchAll(PEM)].map((m) => parseCertificate(Buffer.from(m[1]!, 'base64')));
  try {
    const info = parseCertificate(buf);
    if (info.der.length === buf.length) return [info];
  } catch (error) {
    if (!(error instanceof CertificateError)) throw error;
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(buf.toString('binary')), false, passphrase);
  } catch (error) {
    throw new CertificateError((error as Error).message);
  }
  const bagType = forge.pki.oids.certBag!;
  return (p12.getBags({ bagType })[bagType] ?? [])
    .map((bag) => bag.cert)
    .filter((c): c is forge.pki.Certificate => c !== undefined && c !== null)
    .map((cert) =>
      // forge keeps the certificate's original TBS structure, so these are the bytes as issued.
      parseCertificate(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary')),
    );
}

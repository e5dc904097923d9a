import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { format } from '../../lib/text';
import { PLATFORM_MESSAGES } from '../api/messages';
import { parseCertificate } from './certificate';
import { IdentityError } from './identity-error';
import { readPassphrase, writePassphrase } from './passphrase-store';
import { phrases } from './messages';

/**
 * The key and certificate every exported PDF is signed with: a workstation identity made on first use
 * (RSA 2048, self-signed X.509, kept as a .p12 in the data folder with a random passphrase kept by
 * passphrase-store.ts),
 * or a court certificate imported as a .p12 with its passphrase, which then takes precedence.
 *
 * node-forge and Chinese names (forge issue #847): forge writes a DN value with the tag it is given and
 * encodes it as UTF-8 only when valueTagClass is UTF8, so names are created with valueTagClass UTF8 and
 * the plain JS string. Reading a certificate back, forge leaves UTF8String values as raw UTF-8 bytes; the
 * PKCS#7 SignerInfo re-encodes the issuer from those values, which would encode them a second time, and
 * the issuer in the signature would no longer match the certificate. normalizeNames() decodes them.
 */

export { IdentityError } from './identity-error';

export const IDENTITY_DIR = 'identity';
const WORKSTATION = { p12: 'workstation.p12', pass: 'workstation.pass' };
const IMPORTED = { p12: 'court.p12', pass: 'court.pass' };

export type IdentitySource = 'workstation' | 'imported';

export type Identity = {
  source: IdentitySource;
  key: forge.pki.rsa.PrivateKey;
  cert: forge.pki.Certificate;
  /** The signing certificate first, then the rest of its chain as found in the .p12. */
  chain: forge.pki.Certificate[];
  commonName: string;
  /** sha256 of the signing certificate's DER, hex. */
  fingerprint: string;
};

const UTF8 = forge.asn1.Type.UTF8;

function normalizeNames(cert: forge.pki.Certificate): void {
  for (const attrs of [cert.subject.attributes, cert.issuer.attributes])
    for (const attr of attrs)
      if ((attr.valueTagClass as unknown) === UTF8 && typeof attr.value === 'string')
        attr.value = forge.util.decodeUtf8(attr.value);
}

function certDer(cert: forge.pki.Certificate): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

/** The CN decoded from the certificate's own bytes by its string tag (UTF8String, BMPString, …). */
function commonNameOf(cert: forge.pki.Certificate): string {
  return parseCertificate(certDer(cert)).commonName;
}

/** Opens a .p12: the first key bag and the certificate whose public key matches it. */
export function identityFromP12(p12: Buffer, passphrase: string, source: IdentitySource): Identity {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, passphrase);
  } catch (error) {
    throw new IdentityError(PLATFORM_MESSAGES.p12Unreadable, { reason: (error as Error).message });
  }
  const keyBags = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[
      forge.pki.oids.pkcs8ShroudedKeyBag!
    ] ?? []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? []),
  ];
  const key = keyBags.find((b) => b.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key || !('n' in key)) throw new IdentityError(PLATFORM_MESSAGES.p12NoRsaKey);
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [])
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => c !== undefined && c !== null);
  certs.forEach(normalizeNames);
  const cert = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n !== undefined && pub.n.compareTo(key.n) === 0 && pub.e.compareTo(key.e) === 0;
  });
  if (!cert) throw new IdentityError(PLATFORM_MESSAGES.p12NoCertificate);
  return {
    source,
    key,
    cert,
    chain: [cert, ...certs.filter((c) => c !== cert)],
    commonName: commonNameOf(cert),
    fingerprint: createHash('sha256').update(certDer(cert)).digest('hex'),
  };
}

/** The CN of a new workstation certificate: 「某某人民法院执行局 工作站」. */
export function workstationName(court?: string): string {
  const c = (court ?? '').trim();
  const bureau = phrases.enforcementBureau;
  const name = !c ? phrases.appName : c.endsWith(bureau) ? c : `${c}${bureau}`;
  return format(phrases.workstation, { name });
}

/** A new self-signed workstation certificate and key as a .p12 with a random passphrase. */
export function createWorkstationP12(options: { commonName: string; organization?: string; now: Date }): {
  p12: Buffer;
  passphrase: string;
} {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  // A positive serial of 16 random bytes (the top bit cleared).
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x01;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(options.now.getTime() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(options.now.getTime() + 20 * 365 * 24 * 3600 * 1000);
  const attrs = [
    { shortName: 'CN', value: options.commonName, valueTagClass: UTF8 },
    ...(options.organization ? [{ shortName: 'O', value: options.organization, valueTagClass: UTF8 }] : []),
    { shortName: 'OU', value: 'Hearing Desk', valueTagClass: UTF8 },
  ];
  // @types/node-forge types valueTagClass as an asn1 class; forge reads it as the value's tag type.
  cert.setSubject(attrs as unknown as forge.pki.CertificateField[]);
  cert.setIssuer(attrs as unknown as forge.pki.CertificateField[]);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const passphrase = randomBytes(24).toString('base64url');
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], passphrase, {
    algorithm: '3des',
    friendlyName: options.commonName,
  });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), passphrase };
}

function writePrivate(file: string, data: Buffer | string): void {
  fs.writeFileSync(file, data, { mode: 0o600 });
}

const cache = new Map<string, { stamp: string; identity: Identity }>();

function load(dir: string, names: { p12: string; pass: string }, source: IdentitySource): Identity | null {
  const p12File = path.join(dir, names.p12);
  const passFile = path.join(dir, names.pass);
  if (!fs.existsSync(p12File)) return null;
  const stamp = `${fs.statSync(p12File).mtimeMs}:${fs.statSync(p12File).size}`;
  const hit = cache.get(p12File);
  if (hit && hit.stamp === stamp) return hit.identity;
  const passphrase = readPassphrase(passFile);
  const identity = identityFromP12(fs.readFileSync(p12File), passphrase, source);
  cache.set(p12File, { stamp, identity });
  return identity;
}

/**
 * The identity of this installation: an imported court certificate if there is one, else the
 * workstation certificate, made now if it does not exist yet.
 */
export function ensureIdentity(dataDir: string, options: { court?: string; now: Date }): Identity {
  const dir = path.join(dataDir, IDENTITY_DIR);
  const existing = load(dir, IMPORTED, 'imported') ?? load(dir, WORKSTATION, 'workstation');
  if (existing) return existing;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const made = createWorkstationP12({
    commonName: workstationName(options.court),
    ...(options.court ? { organization: options.court } : {}),
    now: options.now,
  });
  writePassphrase(path.join(dir, WORKSTATION.pass), made.passphrase);
  writePrivate(path.join(dir, WORKSTATION.p12), made.p12);
  return load(dir, WORKSTATION, 'workstation')!;
}

/** The identity exports are signed with now, without making one (null before the first export). */
export function currentIdentity(dataDir: string): Identity | null {
  const dir = path.join(dataDir, IDENTITY_DIR);
  return load(dir, IMPORTED, 'imported') ?? load(dir, WORKSTATION, 'workstation');
}

/**
 * The fingerprints of this installation's own certificates (the imported court certificate and the
 * workstation one, whichever exist): always trusted here.
 */
export function ownFingerprints(dataDir: string): string[] {
  const dir = path.join(dataDir, IDENTITY_DIR);
  const out: string[] = [];
  for (const [names, source] of [
    [IMPORTED, 'imported'],
    [WORKSTATION, 'workstation'],
  ] as const) {
    try {
      const identity = load(dir, names, source);
      if (identity) out.push(identity.fingerprint);
    } catch {
      // An unreadable .p12 is reported where it is used for signing; here it is simply not trusted.
    }
  }
  return out;
}

/** Takes a court .p12 (checked first: passphrase, key, matching certificate) as this installation's identity. */
export function importIdentity(dataDir: string, p12: Buffer, passphrase: string): Identity {
  identityFromP12(p12, passphrase, 'imported');
  const dir = path.join(dataDir, IDENTITY_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  writePassphrase(path.join(dir, IMPORTED.pass), passphrase);
  writePrivate(path.join(dir, IMPORTED.p12), p12);
  return load(dir, IMPORTED, 'imported')!;
}

/** The identity's key and certificate as PEM, for signatures made outside a PDF (the transfer manifest). */
export function identityPem(identity: Identity): { keyPem: string; certificatePem: string } {
  return {
    keyPem: forge.pki.privateKeyToPem(identity.key),
    certificatePem: forge.pki.certificateToPem(identity.cert),
  };
}

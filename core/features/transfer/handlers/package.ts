import { createHash, sign as rsaSign, verify as rsaVerify, X509Certificate } from 'node:crypto';
import {
  unzipHere,
  utf8Bytes,
  zipSync,
  type UnzipLimits,
  type UnzipResult,
  type Zippable,
} from '../../../lib/tables/zip';
import { render } from '../../../lib/text';
import {
  groupedFingerprint,
  parseCertificate,
  type CertificateInfo,
} from '../../../platform/documents/certificate';
import {
  checkEntries,
  MANIFEST_FILE,
  manifestSchema,
  packageProblem,
  SIGNATURE_FILE,
  type Manifest,
  type ManifestEntry,
  type PackageProblem,
} from '../manifest';
import { messages, type TransferMessage } from '../messages';
import { identityPem, type Identity } from '../../../platform/documents/identity';

/**
 * The transfer package as bytes: a zip (fflate, synchronous, because API calls run inside one SQLite
 * transaction) of the case files, manifest.json listing each with its sha256, and manifest.sig — an RSA
 * SHA-256 signature over the exact manifest bytes with the workstation certificate (PEM) included.
 *
 * Reading verifies in this order and stops at the first problem, naming the entry: the zip can be read
 * entry by entry, the manifest and its signature are there, the signature verifies with the included
 * certificate, the manifest has the expected shape, and every file matches its size and hash.
 */

export const SIGNATURE_ALGORITHM = 'RSA-SHA256';

export type PackageFile = { path: string; kind: string; bytes: Uint8Array };

export type SignatureFile = { algorithm: string; certificate: string; signature: string };

/** A package refused as bytes; its problem is rendered from this feature's catalogue (packageProblem). */
export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    /** The package's signing certificate, when the refusal is that it is not trusted here. */
    readonly certificate?: CertificateInfo,
  ) {
    super(`${problem.zh}\n${problem.en}`);
    this.name = 'PackageError';
  }
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function entriesOf(files: readonly PackageFile[]): ManifestEntry[] {
  return files.map((f) => ({ path: f.path, kind: f.kind, sha256: sha256(f.bytes), size: f.bytes.length }));
}

/** A fixed date for every zip entry, so the same files always make the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

export function buildPackage(
  files: readonly PackageFile[],
  manifest: Omit<Manifest, 'entries' | 'signer'>,
  identity: Identity,
): { bytes: Uint8Array; manifest: Manifest; sha256: string } {
  const full: Manifest = {
    ...manifest,
    signer: { commonName: identity.commonName, fingerprint: identity.fingerprint },
    entries: entriesOf(files),
  };
  const manifestBytes = utf8Bytes(JSON.stringify(full, null, 2) + '\n');
  const { keyPem, certificatePem } = identityPem(identity);
  const sig: SignatureFile = {
    algorithm: SIGNATURE_ALGORITHM,
    certificate: certificatePem,
    signature: rsaSign('sha256', manifestBytes, keyPem).toString('base64'),
  };
  const zip: Zippable = {};
  for (const f of files) zip[f.path] = [f.bytes, { mtime: ZIP_DATE }];
  zip[MANIFEST_FILE] = [manifestBytes, { mtime: ZIP_DATE }];
  zip[SIGNATURE_FILE] = [utf8Bytes(JSON.stringify(sig, null, 2) + '\n'), { mtime: ZIP_DATE }];
  const bytes = zipSync(zip, { level: 6 });
  return { bytes, manifest: full, sha256: sha256(bytes) };
}

const fail = (entry: string | null, key: TransferMessage): never => {
  throw new PackageError(packageProblem(entry, key));
};

/** At most 1000 files and 300 MB actually inflated; no entry may inflate past the size it claims. */
export const PACKAGE_LIMITS: UnzipLimits = { maxEntries: 1000, maxTotal: 300 * 1024 * 1024 };

function entriesOrFail(result: UnzipResult): Map<string, Uint8Array> {
  if (!result.ok) return fail(result.entry, result.problem);
  return new Map(result.entries);
}

export type VerifiedPackage = {
  manifest: Manifest;
  files: Map<string, Uint8Array>;
  /** The signer's CN and subject as its certificate says (never the manifest's claim). */
  signer: string;
  subject: string;
  fingerprint: string;
  certificate: CertificateInfo;
  sha256: string;
};

/**
 * Reads and verifies a package: signature, then who signed it — the certificate must be the one the
 * manifest names, its subject the signer the manifest claims, and trusted on this desk (isTrusted) —
 * then every entry. `unzipped` is the result of unzipping ahead in a worker, when there was one.
 */
export function readPackage(
  bytes: Uint8Array,
  isTrusted: (fingerprint: string) => boolean,
  unzipped: UnzipResult = unzipHere(bytes, PACKAGE_LIMITS),
): VerifiedPackage {
  const all = entriesOrFail(unzipped);
  const manifestBytes = all.get(MANIFEST_FILE) ?? fail(MANIFEST_FILE, 'manifestMissing');
  const sigBytes = all.get(SIGNATURE_FILE) ?? fail(SIGNATURE_FILE, 'signatureMissing');
  let sig: SignatureFile;
  let cert: X509Certificate;
  try {
    sig = JSON.parse(Buffer.from(sigBytes).toString('utf8')) as SignatureFile;
    cert = new X509Certificate(sig.certificate);
  } catch {
    return fail(SIGNATURE_FILE, 'signatureUnreadable');
  }
  let valid = false;
  try {
    valid =
      sig.algorithm === SIGNATURE_ALGORITHM &&
      rsaVerify('sha256', manifestBytes, cert.publicKey, Buffer.from(sig.signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) fail(MANIFEST_FILE, 'signatureInvalid');
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(Buffer.from(manifestBytes).toString('utf8')));
  } catch {
    return fail(MANIFEST_FILE, 'manifestShape');
  }
  const certificate = parseCertificate(cert.raw);
  const fingerprint = certificate.fingerprint;
  if (fingerprint !== manifest.signer.fingerprint) fail(SIGNATURE_FILE, 'certificateMismatch');
  if (manifest.signer.commonName !== certificate.commonName)
    throw new PackageError({
      entry: MANIFEST_FILE,
      ...render(messages.signerMismatch, {
        claimed: manifest.signer.commonName,
        subject: certificate.subjectText,
      }),
    });
  if (!isTrusted(fingerprint))
    throw new PackageError(
      {
        entry: SIGNATURE_FILE,
        ...render(messages.signerUntrusted, {
          subject: certificate.subjectText,
          fingerprint: groupedFingerprint(fingerprint),
          validity: `${certificate.notBefore.slice(0, 10)} – ${certificate.notAfter.slice(0, 10)}`,
        }),
      },
      certificate,
    );
  const files = new Map(all);
  files.delete(MANIFEST_FILE);
  files.delete(SIGNATURE_FILE);
  const actual = new Map([...files].map(([p, b]) => [p, { sha256: sha256(b), size: b.length }]));
  const problem = checkEntries(manifest.entries, actual);
  if (problem) throw new PackageError(problem);
  return {
    manifest,
    files,
    signer: certificate.commonName || certificate.subjectText,
    subject: certificate.subjectText,
    fingerprint,
    certificate,
    sha256: sha256(bytes),
  };
}

import { createHash, sign as rsaSign, verify as rsaVerify, X509Certificate } from 'node:crypto';
import { utf8Bytes, unzipSync, zipSync, type Zippable } from '../../../lib/tables/zip';
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
import type { TransferMessage } from '../messages';
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
  constructor(readonly problem: PackageProblem) {
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

const MAX_ENTRIES = 1000;
const MAX_TOTAL = 300 * 1024 * 1024;

/** Unzips entry by entry, so a damaged entry is named; refuses zip bombs and odd names. */
function unzipEach(bytes: Uint8Array): Map<string, Uint8Array> {
  const names: { name: string; size: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push({ name: f.name, size: f.originalSize });
        return false;
      },
    });
  } catch {
    fail(null, 'zipUnreadable');
  }
  if (names.length > MAX_ENTRIES) fail(null, 'tooManyFiles');
  if (names.reduce((n, f) => n + f.size, 0) > MAX_TOTAL) fail(null, 'tooLarge');
  const out = new Map<string, Uint8Array>();
  for (const { name } of names) {
    if (name.endsWith('/')) continue;
    if (out.has(name)) fail(name, 'entryTwice');
    let data: Uint8Array | undefined;
    try {
      data = unzipSync(bytes, { filter: (f) => f.name === name })[name];
    } catch {
      fail(name, 'entryDamaged');
    }
    if (!data) fail(name, 'entryUnreadable');
    out.set(name, data!);
  }
  return out;
}

export type VerifiedPackage = {
  manifest: Manifest;
  files: Map<string, Uint8Array>;
  signer: string;
  fingerprint: string;
  sha256: string;
};

export function readPackage(bytes: Uint8Array): VerifiedPackage {
  const all = unzipEach(bytes);
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
  const fingerprint = createHash('sha256').update(cert.raw).digest('hex');
  if (fingerprint !== manifest.signer.fingerprint) fail(SIGNATURE_FILE, 'certificateMismatch');
  const files = new Map(all);
  files.delete(MANIFEST_FILE);
  files.delete(SIGNATURE_FILE);
  const actual = new Map([...files].map(([p, b]) => [p, { sha256: sha256(b), size: b.length }]));
  const problem = checkEntries(manifest.entries, actual);
  if (problem) throw new PackageError(problem);
  return { manifest, files, signer: manifest.signer.commonName, fingerprint, sha256: sha256(bytes) };
}

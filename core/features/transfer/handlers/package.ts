import { createHash, sign as rsaSign, verify as rsaVerify, X509Certificate } from 'node:crypto';
import { utf8Bytes as strToU8, unzipSync, zipSync, type Zippable } from '../../../lib/tables/zip';
import {
  checkEntries,
  MANIFEST_FILE,
  manifestSchema,
  SIGNATURE_FILE,
  type Manifest,
  type ManifestEntry,
  type PackageProblem,
} from '../manifest';
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
  const manifestBytes = strToU8(JSON.stringify(full, null, 2) + '\n');
  const { keyPem, certificatePem } = identityPem(identity);
  const sig: SignatureFile = {
    algorithm: SIGNATURE_ALGORITHM,
    certificate: certificatePem,
    signature: rsaSign('sha256', manifestBytes, keyPem).toString('base64'),
  };
  const zip: Zippable = {};
  for (const f of files) zip[f.path] = [f.bytes, { mtime: ZIP_DATE }];
  zip[MANIFEST_FILE] = [manifestBytes, { mtime: ZIP_DATE }];
  zip[SIGNATURE_FILE] = [strToU8(JSON.stringify(sig, null, 2) + '\n'), { mtime: ZIP_DATE }];
  const bytes = zipSync(zip, { level: 6 });
  return { bytes, manifest: full, sha256: sha256(bytes) };
}

const fail = (entry: string | null, zh: string, en: string): never => {
  throw new PackageError({ entry, zh, en });
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
    fail(
      null,
      '文件不是完整的移送案卷包（zip 目录无法读取），可能已损坏或被截断',
      'not a readable package (zip directory damaged or truncated)',
    );
  }
  if (names.length > MAX_ENTRIES) fail(null, '案卷包中的文件过多', 'too many files in the package');
  if (names.reduce((n, f) => n + f.size, 0) > MAX_TOTAL)
    fail(null, '案卷包解压后过大', 'the package is too large when unpacked');
  const out = new Map<string, Uint8Array>();
  for (const { name } of names) {
    if (name.endsWith('/')) continue;
    if (out.has(name)) fail(name, `案卷包中文件「${name}」重复`, `${name} appears twice`);
    let data: Uint8Array | undefined;
    try {
      data = unzipSync(bytes, { filter: (f) => f.name === name })[name];
    } catch {
      fail(
        name,
        `文件「${name}」已损坏，无法解压（案卷包可能被篡改或传输不完整）`,
        `${name} cannot be unpacked: damaged`,
      );
    }
    if (!data) fail(name, `文件「${name}」无法读取`, `${name} cannot be read`);
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
  const manifestBytes =
    all.get(MANIFEST_FILE) ??
    fail(MANIFEST_FILE, `案卷包缺少清单文件「${MANIFEST_FILE}」`, `${MANIFEST_FILE} is missing`);
  const sigBytes =
    all.get(SIGNATURE_FILE) ??
    fail(SIGNATURE_FILE, `案卷包缺少签名文件「${SIGNATURE_FILE}」`, `${SIGNATURE_FILE} is missing`);
  let sig: SignatureFile;
  let cert: X509Certificate;
  try {
    sig = JSON.parse(Buffer.from(sigBytes).toString('utf8')) as SignatureFile;
    cert = new X509Certificate(sig.certificate);
  } catch {
    return fail(SIGNATURE_FILE, `签名文件「${SIGNATURE_FILE}」无法读取`, `${SIGNATURE_FILE} cannot be read`);
  }
  let valid = false;
  try {
    valid =
      sig.algorithm === SIGNATURE_ALGORITHM &&
      rsaVerify('sha256', manifestBytes, cert.publicKey, Buffer.from(sig.signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid)
    fail(
      MANIFEST_FILE,
      `清单文件「${MANIFEST_FILE}」的数字签名验证未通过，案卷包可能已被篡改`,
      `the signature over ${MANIFEST_FILE} does not verify: the package may have been tampered with`,
    );
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(Buffer.from(manifestBytes).toString('utf8')));
  } catch {
    return fail(
      MANIFEST_FILE,
      `清单文件「${MANIFEST_FILE}」格式不符`,
      `${MANIFEST_FILE} has an unexpected shape`,
    );
  }
  const fingerprint = createHash('sha256').update(cert.raw).digest('hex');
  if (fingerprint !== manifest.signer.fingerprint)
    fail(
      SIGNATURE_FILE,
      '签名证书与清单中记载的证书不一致',
      'the signing certificate differs from the one the manifest names',
    );
  const files = new Map(all);
  files.delete(MANIFEST_FILE);
  files.delete(SIGNATURE_FILE);
  const actual = new Map([...files].map(([p, b]) => [p, { sha256: sha256(b), size: b.length }]));
  const problem = checkEntries(manifest.entries, actual);
  if (problem) throw new PackageError(problem);
  return { manifest, files, signer: manifest.signer.commonName, fingerprint, sha256: sha256(bytes) };
}

import { z } from 'zod';

/**
 * The transfer package's manifest (manifest.json): what the package holds, each file with its sha256 and
 * size, and the facts of the transfer. It is signed as bytes (manifest.sig); the schema here checks the
 * shape after the signature has been verified. Pure: hashing and signing live in core/platform/documents.
 */

export const PACKAGE_FORMAT = 'hearing-desk/transfer-package';
export const PACKAGE_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const money = z.string().regex(/^(0|[1-9][0-9]*)\.[0-9]{2}$/);

/** Entry paths: plain relative names, no '..', no absolute paths, no backslashes. */
export const ENTRY_PATH = /^(?!.*(^|\/)\.\.?(\/|$))[^\\/:*?"<>|][^\\:*?"<>|]{0,199}$/;
const printable = (p: string): boolean => [...p].every((ch) => ch.charCodeAt(0) >= 0x20);

export const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(PACKAGE_VERSION),
  createdAt: z.string(),
  original: z.object({ caseNumber: z.string().min(1), court: z.string(), title: z.string() }),
  transfer: z.object({
    decisionDate: day.nullable(),
    transferDate: day,
    receivingCourt: z.string(),
    pendingMatters: z.string(),
  }),
  /** The engine's balances as of the transfer date; total = the unrealised amount. */
  balances: z.record(z.string(), money),
  unrealised: money,
  debtor: z.object({ name: z.string(), idNumber: z.string() }),
  signer: z.object({ commonName: z.string(), fingerprint: sha256 }),
  entries: z
    .array(
      z.object({
        path: z.string().regex(ENTRY_PATH).refine(printable),
        kind: z.string(),
        sha256,
        size: z.number().int().min(0),
      }),
    )
    .min(1),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['entries'][number];

/** A problem with a package, naming the entry concerned when there is one. */
export type PackageProblem = { entry: string | null; zh: string; en: string };

/**
 * Compares what the package holds with what its manifest lists: every listed entry present with the
 * listed size and hash, nothing unlisted. `actual` maps path -> { sha256, size } as computed from the bytes.
 */
export function checkEntries(
  entries: readonly ManifestEntry[],
  actual: ReadonlyMap<string, { sha256: string; size: number }>,
): PackageProblem | null {
  const listed = new Set<string>();
  for (const e of entries) {
    if (listed.has(e.path))
      return { entry: e.path, zh: `清单中文件「${e.path}」重复`, en: `${e.path} is listed twice` };
    listed.add(e.path);
    const got = actual.get(e.path);
    if (!got)
      return {
        entry: e.path,
        zh: `案卷包缺少文件「${e.path}」，可能不完整`,
        en: `the package lacks ${e.path}; it may be incomplete`,
      };
    if (got.size !== e.size || got.sha256 !== e.sha256)
      return {
        entry: e.path,
        zh: `文件「${e.path}」的校验值与清单不符，可能已被篡改或损坏`,
        en: `${e.path} does not match its hash in the manifest: tampered with or damaged`,
      };
  }
  for (const path of actual.keys())
    if (!listed.has(path))
      return {
        entry: path,
        zh: `案卷包含有清单以外的文件「${path}」`,
        en: `${path} is in the package but not in the manifest`,
      };
  return null;
}

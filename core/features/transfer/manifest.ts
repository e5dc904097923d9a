import { z } from 'zod';
import { render, type Text } from '../../lib/text';
import { messages, type TransferMessage } from './messages';

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

/** A problem with a package, naming the entry concerned when there is one; the text in both languages. */
export type PackageProblem = { entry: string | null } & Text;

export const packageProblem = (entry: string | null, key: TransferMessage): PackageProblem => ({
  entry,
  ...render(messages[key], entry === null ? {} : { entry }),
});

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
    if (listed.has(e.path)) return packageProblem(e.path, 'listedTwice');
    listed.add(e.path);
    const got = actual.get(e.path);
    if (!got) return packageProblem(e.path, 'entryAbsent');
    if (got.size !== e.size || got.sha256 !== e.sha256) return packageProblem(e.path, 'hashMismatch');
  }
  for (const path of actual.keys()) if (!listed.has(path)) return packageProblem(path, 'unlisted');
  return null;
}

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../../core/platform/db/migrations';

/**
 * A migration that has shipped has already run on judges' databases, and migrate() never runs it again.
 * Editing it afterwards changes only fresh installs, so two databases at the same user_version would
 * differ. core/platform/db/migrations/shipped.json pins the sha256 of every shipped migration's source.
 */
const DIR = path.resolve(import.meta.dirname, '../../../core/platform/db/migrations');
const LIST = 'core/platform/db/migrations/shipped.json';

type Shipped = { version: number; file: string; sha256: string };

const { shipped } = JSON.parse(fs.readFileSync(path.join(DIR, 'shipped.json'), 'utf8')) as {
  shipped: Shipped[];
};

/** Of the source text: a checkout with CRLF line endings (or a BOM) hashes the same as the committed file. */
function sha256Of(file: string): string {
  const text = fs
    .readFileSync(path.join(DIR, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  return createHash('sha256').update(text).digest('hex');
}

const migrationFiles = () =>
  fs
    .readdirSync(DIR)
    .filter((f) => /^\d{3}_.+\.ts$/.test(f))
    .sort();

/** The Migration a file exports (each exports exactly one, `migrationNNN`). */
async function exportedBy(file: string): Promise<Migration | undefined> {
  const module = (await import(path.join(DIR, file))) as Record<string, unknown>;
  return Object.values(module).find((v): v is Migration => typeof v === 'object' && v !== null && 'up' in v);
}

const NEXT = `${String(LATEST_VERSION + 1).padStart(3, '0')}_<what>.ts`;
const ADD_A_NEW_ONE =
  `Shipped migrations are never edited: databases in the field already ran the old text and will not run it again. ` +
  `Restore the file as it was and put the change in a new migration, ${NEXT} (see core/platform/db/README.md, ` +
  `"Add a migration"). If only its formatting changed (an editor, prettier), restore the old formatting.`;

describe('shipped migrations (shipped.json)', () => {
  it('the list is well-formed: versions 1, 2, 3, … in order, each file named after its number', () => {
    expect(shipped.map((s) => s.version)).toEqual(shipped.map((_, i) => i + 1));
    for (const s of shipped) {
      expect(s.file, `version ${s.version}`).toMatch(
        new RegExp(`^${String(s.version).padStart(3, '0')}_.+\\.ts$`),
      );
      expect(s.sha256, s.file).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it.each(shipped)('$file is still there and still registered as migration $version', async (s) => {
    expect(
      fs.existsSync(path.join(DIR, s.file)),
      `${s.file} has shipped and must not be removed or renamed. ${ADD_A_NEW_ONE}`,
    ).toBe(true);
    const registered = MIGRATIONS.find((m) => m.version === s.version);
    expect(
      registered,
      `migration ${s.version} has shipped but is no longer in migrations/index.ts`,
    ).toBeDefined();
    expect(
      await exportedBy(s.file),
      `migrations/index.ts registers another object as version ${s.version}`,
    ).toBe(registered);
  });

  it.each(shipped)('$file has not changed since it shipped', (s) => {
    if (!fs.existsSync(path.join(DIR, s.file))) return; // reported by the test above
    expect(sha256Of(s.file), `${s.file} was edited after it shipped. ${ADD_A_NEW_ONE}`).toBe(s.sha256);
  });

  it('a migration not listed yet is allowed: it says how to list it once it ships', async () => {
    const listed = new Set(shipped.map((s) => s.file));
    const unshipped = migrationFiles().filter((f) => !listed.has(f));
    for (const file of unshipped) {
      const migration = await exportedBy(file);
      // not shipped yet, but it must already be registered, or no database would ever run it
      expect(MIGRATIONS, `${file} is not in MIGRATIONS (migrations/index.ts)`).toContain(migration);
      // the list stays a prefix: a new migration comes after every shipped one
      expect(migration!.version, `${file} is numbered below a shipped migration`).toBeGreaterThan(
        shipped.length,
      );
      const entry = JSON.stringify({ version: migration!.version, file, sha256: sha256Of(file) });
      console.info(
        `${file} is not in ${LIST} yet, so it may still change. When the release that contains it ships, ` +
          `append this entry to "shipped" (and from then on never edit the file):\n  ${entry}`,
      );
    }
  });
});

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM_MESSAGES } from '../api/messages';

/**
 * The two embedded fonts: Noto Serif SC Regular (body, 宋体-like) and Noto Sans SC Bold (headings).
 * pdfkit embeds only the glyphs a document uses (a subset), so a statement stays small.
 *
 * Looked for, in order: $HEARING_DESK_FONTS; build/fonts of the source tree (`npm run fonts`);
 * the npm font packages themselves; the packaged app's resources/fonts (electron-builder extraResources).
 */
export type FontFiles = { serif: string; bold: string };
export type FontData = { serif: Buffer; bold: Buffer };

const BUILT = { serif: 'NotoSerifSC-Regular.ttf', bold: 'NotoSansSC-Bold.ttf' };
const PACKAGES = {
  serif: ['@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf'],
  bold: ['@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf'],
} as const;

function moduleDir(): string | null {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
}

function fromFolder(dir: string): FontFiles | null {
  const serif = path.join(dir, BUILT.serif);
  const bold = path.join(dir, BUILT.bold);
  return fs.existsSync(serif) && fs.existsSync(bold) ? { serif, bold } : null;
}

function fromPackages(base: string): FontFiles | null {
  try {
    const require = createRequire(path.join(base, 'package.json'));
    const locate = ([pkg, file]: readonly [string, string]) =>
      path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
    const files = { serif: locate(PACKAGES.serif), bold: locate(PACKAGES.bold) };
    return fs.existsSync(files.serif) && fs.existsSync(files.bold) ? files : null;
  } catch {
    return null;
  }
}

/** Where the fonts are; throws with both languages when none of the places has them. */
export function findFonts(): FontFiles {
  const here = moduleDir();
  // core/platform/documents in the source tree; dist-electron/ in a development build of the Electron app.
  const roots = [...(here ? [path.resolve(here, '..', '..'), path.resolve(here, '..')] : []), process.cwd()];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates: (() => FontFiles | null)[] = [
    () => (process.env.HEARING_DESK_FONTS ? fromFolder(process.env.HEARING_DESK_FONTS) : null),
    ...roots.map((r) => () => fromFolder(path.join(r, 'build', 'fonts'))),
    ...roots.map((r) => () => fromPackages(r)),
    () => (resources ? fromFolder(path.join(resources, 'fonts')) : null),
  ];
  for (const candidate of candidates) {
    const found = candidate();
    if (found) return found;
  }
  const { zh, en } = PLATFORM_MESSAGES.fontsMissing;
  throw new Error(`${zh}\n${en}`);
}

let cached: FontData | null = null;

/** The font bytes, read once per process (about 25 MB; every document reuses them). */
export function loadFonts(): FontData {
  if (!cached) {
    const files = findFonts();
    cached = { serif: fs.readFileSync(files.serif), bold: fs.readFileSync(files.bold) };
  }
  return cached;
}

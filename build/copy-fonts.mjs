// Copy the two embedded Chinese fonts (and their licence) from the npm font packages into build/fonts/.
// The renderer CSS references them there; electron-builder ships them as extraResources (fonts/).
// Only these two files are shipped: NotoSerifSC 400 Regular (body, documents) and NotoSansSC 700 Bold (headings).
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const out = path.join(root, 'build', 'fonts');

const FONTS = [
  ['@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf', 'NotoSerifSC-Regular.ttf'],
  ['@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf', 'NotoSansSC-Bold.ttf'],
];

mkdirSync(out, { recursive: true });
for (const [pkg, file, name] of FONTS) {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  const from = path.join(dir, file);
  const to = path.join(out, name);
  if (!existsSync(to) || statSync(to).size !== statSync(from).size) {
    copyFileSync(from, to);
    console.log(`fonts: ${name} (${(statSync(to).size / 1048576).toFixed(1)} MB)`);
  }
}
const licence = path.join(
  path.dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json')),
  'LICENSE_FONT',
);
if (existsSync(licence)) copyFileSync(licence, path.join(out, 'OFL.txt'));

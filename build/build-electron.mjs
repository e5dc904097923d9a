// Bundle the Electron main process and the two preloads into dist-electron/*.cjs.
// The main process keeps every npm package external: electron-builder ships the production node_modules,
// better-sqlite3 is native (rebuilt for Electron), and pdfkit/fontkit read data files beside their code.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  absWorkingDir: root,
  outdir: 'dist-electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'info',
};

// Main process: bundles core (ES modules); give the CommonJS output a working import.meta.url.
await build({
  ...common,
  // layout-worker: long documents are laid out in a worker thread (core/platform/documents/export-worker.ts).
  entryPoints: { main: 'electron/main.ts', 'layout-worker': 'core/platform/documents/layout-worker.ts' },
  packages: 'external',
  define: { 'import.meta.url': '__hd_import_meta_url' },
  banner: { js: "const __hd_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
});

// Sandboxed preloads: may require only 'electron', so nothing else is left external.
await build({
  ...common,
  entryPoints: { preload: 'electron/preload.ts', 'presenter-preload': 'electron/presenter-preload.ts' },
  external: ['electron'],
});

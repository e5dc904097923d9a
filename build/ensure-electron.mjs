// `npm start` on a desktop: package.json keeps electron's install script off (allowScripts), so CI and
// offline build machines never try to download the binary. Here, at first start, we fetch it once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
if (!existsSync(path.join(electronDir, 'path.txt'))) {
  console.log('Hearing Desk: downloading the Electron runtime once (npm start) …');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', env });
  if (r.status !== 0 || !existsSync(path.join(electronDir, 'path.txt'))) {
    console.error(
      '无法下载 Electron 运行环境。没有网络时请改用 `npm run web`（浏览器访问本机）。\n' +
        'Could not download the Electron runtime. Without a network, use `npm run web` instead.',
    );
    process.exit(1);
  }
}

// better-sqlite3 as `npm install` left it is compiled for Node: Electron's main process needs its own
// build, kept beside it in build/native/ (build/electron-binding.ts says how it is made and checked).
const binding = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'build', 'electron-binding.ts')],
  {
    stdio: 'inherit',
    cwd: root,
  },
);
if (binding.status !== 0) process.exit(1);

// `npm start`, after the Electron runtime is there (ensure-electron.mjs): a better-sqlite3 compiled for
// Electron's ABI, put beside the one `npm install` compiled for Node, so tests, the CLI and the web host
// keep theirs. The Electron main process selects it (core/platform/db/native-binding.ts).
// First the module's own prebuilt for the Electron runtime (prebuild-install, as better-sqlite3's own
// install does for Node), else a local compile against Electron's headers (node-gyp). Both work in a copy
// of the package (build/native/.staging-electron-<abi>/), never in node_modules.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BINDING_FILE, electronBindingDir, electronBindingPath } from '../core/platform/db/native-binding';

export type ElectronTarget = {
  electron: string;
  abi: string;
  platform: NodeJS.Platform;
  arch: string;
  betterSqlite3: string;
};

export type Step = {
  label: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
};

export type Runner = (step: Step) => { status: number | null };

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string };

/** The installed Electron (its version and the ABI its package records) and the installed better-sqlite3. */
export function readElectronTarget(
  root: string,
  platform = process.platform,
  arch = process.arch,
): ElectronTarget {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const abi = fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
  if (!/^\d+$/.test(abi)) throw new Error(`node_modules/electron/abi_version: ${abi}`);
  return {
    electron: readJson(path.join(electronDir, 'package.json')).version,
    abi,
    platform,
    arch,
    betterSqlite3: readJson(path.join(root, 'node_modules', 'better-sqlite3', 'package.json')).version,
  };
}

export const stagingDir = (root: string, abi: string) =>
  path.join(root, 'build', 'native', `.staging-electron-${abi}`);

/** npm sets npm_config_* and npm_package_* for `npm start`; they would describe this app, not the module. */
function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_(config|package)_/i.test(k)));
}

/** The two ways to get the binding, in the order tried; both run in the staging copy. */
export function bindingSteps(
  root: string,
  target: ElectronTarget,
  env: NodeJS.ProcessEnv = process.env,
  node = process.execPath,
): Step[] {
  const cwd = stagingDir(root, target.abi);
  const base = cleanEnv(env);
  return [
    {
      label: 'prebuild-install',
      command: node,
      args: [
        path.join(root, 'node_modules', 'prebuild-install', 'bin.js'),
        '--runtime',
        'electron',
        '--target',
        target.electron,
        '--arch',
        target.arch,
        '--platform',
        target.platform,
        '--verbose',
      ],
      cwd,
      env: base,
    },
    {
      label: 'node-gyp',
      command: node,
      args: [
        path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${target.electron}`,
        `--arch=${target.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      cwd,
      env: { ...base, npm_config_runtime: 'electron', npm_config_target: target.electron },
    },
  ];
}

/** The Electron binary itself (once downloaded) loads the file as Node would: the ABI check that counts. */
export function verifyStep(root: string, file: string, env: NodeJS.ProcessEnv = process.env): Step | null {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathTxt = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathTxt)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
  return {
    label: 'electron',
    command: binary,
    args: ['-e', `require(${JSON.stringify(file)})`],
    cwd: root,
    env: { ...cleanEnv(env), ELECTRON_RUN_AS_NODE: '1' },
  };
}

const stampFile = (root: string, abi: string) => path.join(electronBindingDir(root, abi), 'stamp.json');

/** Ready when the binding is there and was made for this Electron and this better-sqlite3. */
export function isReady(root: string, target: ElectronTarget): boolean {
  const file = electronBindingPath(root, target.abi);
  if (!fs.existsSync(file)) return false;
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile(root, target.abi), 'utf8')) as Partial<ElectronTarget>;
    return (Object.keys(target) as (keyof ElectronTarget)[]).every((k) => stamp[k] === target[k]);
  } catch {
    return false;
  }
}

/** The package's sources without its Node build, so a compile there cannot touch node_modules. */
function stage(root: string, abi: string): string {
  const from = path.join(root, 'node_modules', 'better-sqlite3');
  const to = stagingDir(root, abi);
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(from, src);
      return rel !== 'build' && rel !== 'node_modules';
    },
  });
  return to;
}

export function failureText(target: ElectronTarget, tried: string[]): string {
  return [
    `无法为 Electron ${target.electron}（ABI ${target.abi}）准备数据库组件 better-sqlite3 ${target.betterSqlite3}。`,
    `已尝试：${tried.join('、')}。`,
    '下载预编译文件需要网络；在本机编译需要 python3、make、g++（Linux）或 Visual Studio 生成工具（Windows），约四分钟。',
    '安装后重新运行 npm start；没有网络时请改用 npm run web（浏览器访问本机）。',
    `Could not prepare better-sqlite3 ${target.betterSqlite3} for Electron ${target.electron} (ABI ${target.abi}); tried ${tried.join(', ')}.`,
    'The prebuilt download needs a network; a local compile needs python3, make and g++ (Linux) or the Visual Studio Build Tools (Windows). Or use npm run web.',
  ].join('\n');
}

const defaultRunner: Runner = (step) =>
  spawnSync(step.command, step.args, { cwd: step.cwd, env: step.env, stdio: 'inherit' });

export type PrepareResult = { file: string; via: string | null };

/**
 * Makes build/native/electron-<abi>/better_sqlite3.node unless it is ready; throws with failureText when
 * no step produced a file the Electron runtime loads.
 */
export function prepareElectronBinding(
  root: string,
  target: ElectronTarget,
  run: Runner = defaultRunner,
  log: (line: string) => void = console.log,
): PrepareResult {
  const file = electronBindingPath(root, target.abi);
  if (isReady(root, target)) return { file, via: null };
  const cwd = stage(root, target.abi);
  const built = path.join(cwd, 'build', 'Release', BINDING_FILE);
  const tried: string[] = [];
  for (const step of bindingSteps(root, target)) {
    tried.push(step.label);
    // each way starts from the bare sources: a download Electron refused must not pass as a compile
    fs.rmSync(path.join(cwd, 'build'), { recursive: true, force: true });
    log(`Hearing Desk：为 Electron ${target.electron} 准备 better-sqlite3（${step.label}）…`);
    if (run(step).status !== 0 || !fs.existsSync(built)) continue;
    const check = verifyStep(root, built);
    if (check && run(check).status !== 0) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(built, file);
    fs.writeFileSync(stampFile(root, target.abi), JSON.stringify(target, null, 2));
    fs.rmSync(cwd, { recursive: true, force: true });
    return { file, via: step.label };
  }
  fs.rmSync(cwd, { recursive: true, force: true });
  throw new Error(failureText(target, tried));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    prepareElectronBinding(root, readElectronTarget(root));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

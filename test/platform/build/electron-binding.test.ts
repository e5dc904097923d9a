import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bindingSteps,
  failureText,
  prepareElectronBinding,
  readElectronTarget,
  stagingDir,
  type ElectronTarget,
  type Step,
} from '../../../build/electron-binding';
import { tempDir } from '../../support/temp';

const TARGET: ElectronTarget = {
  electron: '41.7.1',
  abi: '145',
  platform: 'linux',
  arch: 'x64',
  betterSqlite3: '12.11.1',
};

/** A project tree with just what the preparation reads: the module's sources and its Node build. */
function fakeRoot(withElectronBinary = false): string {
  const root = tempDir();
  const pkg = path.join(root, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true });
  fs.mkdirSync(path.join(pkg, 'src'), { recursive: true });
  fs.writeFileSync(path.join(pkg, 'package.json'), '{"name":"better-sqlite3","version":"12.11.1"}');
  fs.writeFileSync(path.join(pkg, 'binding.gyp'), '{}');
  fs.writeFileSync(path.join(pkg, 'src', 'better_sqlite3.cpp'), '// sources');
  fs.writeFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'NODE BUILD');
  if (withElectronBinary) {
    const electron = path.join(root, 'node_modules', 'electron');
    fs.mkdirSync(electron, { recursive: true });
    fs.writeFileSync(path.join(electron, 'path.txt'), 'electron');
  }
  return root;
}

/** Plays a step: the staging copy never holds the Node build; a successful step leaves the file. */
function runner(outcomes: Record<string, number>, calls: Step[]) {
  return (step: Step) => {
    calls.push(step);
    if (step.label !== 'electron') {
      expect(fs.existsSync(path.join(step.cwd, 'src', 'better_sqlite3.cpp'))).toBe(true);
      expect(fs.existsSync(path.join(step.cwd, 'build'))).toBe(false);
    }
    const status = outcomes[step.label] ?? 1;
    if (status === 0 && step.label !== 'electron') {
      fs.mkdirSync(path.join(step.cwd, 'build', 'Release'), { recursive: true });
      fs.writeFileSync(
        path.join(step.cwd, 'build', 'Release', 'better_sqlite3.node'),
        `BUILT BY ${step.label}`,
      );
    }
    return { status };
  };
}

const quiet = () => {};
const bindingOf = (root: string) => path.join(root, 'build', 'native', 'electron-145', 'better_sqlite3.node');

describe('the Electron build of better-sqlite3 at npm start', () => {
  it('reads the installed Electron and its ABI (node_modules/electron/abi_version)', () => {
    const target = readElectronTarget(process.cwd(), 'linux', 'x64');
    const electron = JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')).version;
    expect(target.electron).toBe(electron);
    expect(target.abi).toBe(fs.readFileSync('node_modules/electron/abi_version', 'utf8').trim());
    expect(target.abi).not.toBe(process.versions.modules);
  });

  it('builds the prebuilt download for the Electron runtime, then a compile against Electron’s headers', () => {
    const env = {
      PATH: '/usr/bin',
      npm_package_name: 'hearing-desk',
      npm_config_runtime: 'node',
      HOME: '/h',
    };
    const [prebuilt, compile] = bindingSteps('/app', TARGET, env, '/usr/bin/node');
    expect(prebuilt).toEqual({
      label: 'prebuild-install',
      command: '/usr/bin/node',
      args: [
        path.join('/app', 'node_modules', 'prebuild-install', 'bin.js'),
        '--runtime',
        'electron',
        '--target',
        '41.7.1',
        '--arch',
        'x64',
        '--platform',
        'linux',
        '--verbose',
      ],
      cwd: stagingDir('/app', '145'),
      // npm's variables of `npm start` describe this app; they must not reach the module's tools
      env: { PATH: '/usr/bin', HOME: '/h' },
    });
    expect(compile!.args).toEqual([
      path.join('/app', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
      'rebuild',
      '--release',
      '--target=41.7.1',
      '--arch=x64',
      '--dist-url=https://electronjs.org/headers',
    ]);
    expect(compile!.cwd).toBe(path.join('/app', 'build', 'native', '.staging-electron-145'));
    expect(compile!.env).toEqual({
      PATH: '/usr/bin',
      HOME: '/h',
      npm_config_runtime: 'electron',
      npm_config_target: '41.7.1',
    });
  });

  it('falls back to the compile, keeps the Node build untouched, and records what it was made for', () => {
    const root = fakeRoot();
    const calls: Step[] = [];
    const result = prepareElectronBinding(root, TARGET, runner({ 'node-gyp': 0 }, calls), quiet);
    expect(result).toEqual({ file: bindingOf(root), via: 'node-gyp' });
    expect(calls.map((c) => c.label)).toEqual(['prebuild-install', 'node-gyp']);
    expect(fs.readFileSync(bindingOf(root), 'utf8')).toBe('BUILT BY node-gyp');
    const nodeBuild = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(fs.readFileSync(nodeBuild, 'utf8')).toBe('NODE BUILD');
    expect(fs.existsSync(stagingDir(root, '145'))).toBe(false);
    const stamp = JSON.parse(fs.readFileSync(path.join(path.dirname(bindingOf(root)), 'stamp.json'), 'utf8'));
    expect(stamp).toEqual(TARGET);
  });

  it('does nothing at the next start, and again when Electron or better-sqlite3 changed', () => {
    const root = fakeRoot();
    prepareElectronBinding(root, TARGET, runner({ 'prebuild-install': 0 }, []), quiet);
    const again: Step[] = [];
    expect(prepareElectronBinding(root, TARGET, runner({}, again), quiet).via).toBeNull();
    expect(again).toEqual([]);
    const upgraded = { ...TARGET, betterSqlite3: '12.12.0' };
    expect(prepareElectronBinding(root, upgraded, runner({ 'prebuild-install': 0 }, again), quiet).via).toBe(
      'prebuild-install',
    );
  });

  it('with the Electron binary present, a file Electron cannot load is not taken', () => {
    const root = fakeRoot(true);
    const calls: Step[] = [];
    expect(() =>
      prepareElectronBinding(
        root,
        TARGET,
        runner({ 'prebuild-install': 0, 'node-gyp': 0, electron: 1 }, calls),
        quiet,
      ),
    ).toThrow(/^无法为 Electron 41\.7\.1（ABI 145）准备数据库组件/);
    const check = calls.find((c) => c.label === 'electron')!;
    expect(check.command).toBe(path.join(root, 'node_modules', 'electron', 'dist', 'electron'));
    expect(check.env.ELECTRON_RUN_AS_NODE).toBe('1');
    expect(check.args[1]).toContain('better_sqlite3.node');
    expect(fs.existsSync(bindingOf(root))).toBe(false);
  });

  it('when nothing works: a Chinese message naming what was tried and what a machine needs; nothing left behind', () => {
    const root = fakeRoot();
    let message = '';
    try {
      prepareElectronBinding(root, TARGET, runner({}, []), quiet);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(failureText(TARGET, ['prebuild-install', 'node-gyp']));
    const [first, second, third] = message.split('\n');
    expect(first).toBe('无法为 Electron 41.7.1（ABI 145）准备数据库组件 better-sqlite3 12.11.1。');
    expect(second).toBe('已尝试：prebuild-install、node-gyp。');
    expect(third).toContain('python3、make、g++');
    expect(message).toContain('npm run web');
    expect(fs.existsSync(stagingDir(root, '145'))).toBe(false);
    expect(fs.existsSync(bindingOf(root))).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Target = { target: string; arch: string[] };
type Config = {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  files?: string[];
  extraResources?: { from: string; to: string }[];
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  electronFuses?: Record<string, boolean>;
  win?: { target: Target[] };
  linux?: { target: Target[] };
};

const config = parse(
  readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8'),
) as Config;
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  main: string;
  allowScripts?: Record<string, boolean>;
};

describe('electron-builder.yml', () => {
  it('names the app and its folders', () => {
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.productName).toBe('Hearing Desk');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('packages only the built app', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*', 'package.json']),
    );
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('ships the fonts as extra resources', () => {
    expect(config.extraResources).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: 'build/fonts', to: 'fonts' })]),
    );
  });

  it('uses asar, unpacks the better-sqlite3 binary and rebuilds it for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack?.some((p) => p.includes('better-sqlite3') && p.endsWith('.node'))).toBe(true);
    expect(config.npmRebuild).toBe(true);
  });

  it('sets the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds NSIS x64 for Windows', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
  });

  it('builds AppImage and deb for x64 and arm64 on Linux', () => {
    const targets = config.linux?.target ?? [];
    for (const name of ['AppImage', 'deb']) {
      const t = targets.find((x) => x.target === name);
      expect(t?.arch).toEqual(expect.arrayContaining(['x64', 'arm64']));
    }
  });

  it('never downloads or runs the Electron install script', () => {
    expect(pkg.allowScripts?.electron).toBe(false);
  });
});

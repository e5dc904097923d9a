import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDataFolder } from '../../cli/main';
import { tempDir } from '../support/temp';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin/hearing-desk.mjs');
const fixture = path.join(root, 'test/support/fixtures/examples/e2.json');
const CJK = /[\u4e00-\u9fff]/;

/** A real process whose default data folder (XDG_CONFIG_HOME) is an empty one of its own. */
function cli(args: string[], env: Record<string, string> = {}) {
  const home = tempDir();
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: root,
    env: {
      ...process.env,
      HEARING_DESK_DATA: '',
      XDG_CONFIG_HOME: home,
      HEARING_DESK_NOW: '2026-01-21T08:00:00.000Z',
      NODE_NO_WARNINGS: '1',
      ...env,
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the data folder of the CLI (a document exported by a host run with --data)', () => {
  it('--data may come before the command; HEARING_DESK_DATA names it when no --data is given', () => {
    expect(withDataFolder(['--data', '/d', 'verify', 'a.pdf'], {})).toEqual([
      'verify',
      'a.pdf',
      '--data',
      '/d',
    ]);
    expect(withDataFolder(['--data=/d', 'audit', 'verify'], {})).toEqual(['audit', 'verify', '--data=/d']);
    expect(withDataFolder(['verify', 'a.pdf'], { HEARING_DESK_DATA: '/e' })).toEqual([
      'verify',
      'a.pdf',
      '--data',
      '/e',
    ]);
    // an explicit --data wins over the environment; compute has no data folder
    expect(withDataFolder(['verify', 'a.pdf', '--data', '/d'], { HEARING_DESK_DATA: '/e' })).toEqual([
      'verify',
      'a.pdf',
      '--data',
      '/d',
    ]);
    expect(withDataFolder(['compute', 'x.json'], { HEARING_DESK_DATA: '/e' })).toEqual(['compute', 'x.json']);
  });

  it('verify finds the registration through --data before the command and through HEARING_DESK_DATA', () => {
    const data = tempDir();
    const out = path.join(tempDir(), 'e2.pdf');
    const made = cli(['statement', fixture, '--out', out, '--data', data, '--as-of', '2020-04-18']);
    expect(made.code).toBe(0);
    expect(made.stdout.split('\n')[0]).toMatch(CJK);

    const before = cli(['--data', data, 'verify', out]);
    expect(before.code).toBe(0);
    expect(before.stdout.split('\n')[0]).toMatch(/^核验通过：签名有效/);
    const byEnv = cli(['verify', out], { HEARING_DESK_DATA: data });
    expect(byEnv.code).toBe(0);

    // without the folder: not verified, Chinese first, and told which option finds it
    const without = cli(['verify', out]);
    expect(without.code).toBe(1);
    const lines = without.stderr.split('\n');
    // (the workstation's certificate and the export register both live in the data folder it was not given)
    expect(lines[0]).toMatch(/^核验未通过：/);
    expect(without.stderr).toContain('请加上同一目录再核验：npx hearing-desk verify FILE.pdf --data DIR');
    const hint = lines.findIndex((l) => l.startsWith('提示：'));
    expect(hint).toBeGreaterThan(0);
    expect(lines[hint + 1]).toMatch(/^hint: /);
  }, 90_000);

  it('every failure names its problem in Chinese on the first line', () => {
    for (const args of [['bogus'], ['verify'], ['audit', 'verify', '--bogus'], ['compute']]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(CJK);
    }
  }, 90_000);
});

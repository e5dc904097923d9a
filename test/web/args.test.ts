import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../web/args';
import { defaultDataDir } from '../../web/data-dir';
import { parseTopics } from '../../web/topics';

describe('parseWebArgs', () => {
  it('reads --data, --port, --demo and --backup-minutes (default 30, 0 = off)', () => {
    expect(parseWebArgs(['--data', '/tmp/x', '--port', '0', '--demo'])).toEqual({
      dataDir: '/tmp/x',
      port: 0,
      demo: true,
      backupMinutes: 30,
    });
    expect(parseWebArgs(['--data=/tmp/y', '--port=8080', '--backup-minutes=0'])).toEqual({
      dataDir: '/tmp/y',
      port: 8080,
      demo: false,
      backupMinutes: 0,
    });
    expect(parseWebArgs(['--backup-minutes', '5'])).toMatchObject({ backupMinutes: 5 });
    expect(parseWebArgs([])).toEqual({ dataDir: null, port: 0, demo: false, backupMinutes: 30 });
  });
  it('refuses bad arguments', () => {
    expect(parseWebArgs(['--port', 'abc'])).toHaveProperty('error');
    expect(parseWebArgs(['--port', '70000'])).toHaveProperty('error');
    expect(parseWebArgs(['--data'])).toHaveProperty('error');
    expect(parseWebArgs(['--host', '0.0.0.0'])).toHaveProperty('error');
    expect(parseWebArgs(['--backup-minutes', '-1'])).toHaveProperty('error');
    expect(parseWebArgs(['--backup-minutes', '1.5'])).toHaveProperty('error');
    expect(parseWebArgs(['--backup-minutes'])).toHaveProperty('error');
  });
});

describe('defaultDataDir', () => {
  it("uses Electron's userData folder, so every host on the machine shares one database", () => {
    expect(defaultDataDir('linux', {}, '/home/judge')).toBe('/home/judge/.config/Hearing Desk');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/data/xdg' }, '/home/judge')).toBe(
      '/data/xdg/Hearing Desk',
    );
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/judge')).toBe(
      '/home/judge/.config/Hearing Desk',
    );
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\j\\AppData\\Roaming' }, 'C:\\Users\\j')).toBe(
      path.win32.join('C:\\Users\\j\\AppData\\Roaming', 'Hearing Desk'),
    );
    expect(defaultDataDir('darwin', {}, '/Users/j')).toBe(
      '/Users/j/Library/Application Support/Hearing Desk',
    );
  });
});

describe('parseTopics', () => {
  it('accepts known topics only', () => {
    expect(parseTopics('case.changed,presenter.show')).toEqual(['case.changed', 'presenter.show']);
    expect(parseTopics('case.changed,case.changed')).toEqual(['case.changed']);
    expect(parseTopics('case.changed,evil')).toBeNull();
    expect(parseTopics('')).toBeNull();
    expect(parseTopics(null)).toBeNull();
    expect(parseTopics('__proto__')).toBeNull();
  });
});

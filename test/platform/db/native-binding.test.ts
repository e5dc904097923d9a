import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkNativeBinding,
  electronBindingPath,
  selectNativeBinding,
  useNativeBinding,
  withNativeBinding,
} from '../../../core/platform/db/native-binding';
import { openDatabase } from '../../../core/platform/db/open';
import { AppError } from '../../../core/platform/api/errors';
import { tempDir } from '../../support/temp';

const NODE_BUILD = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const ABI = process.versions.modules;

afterEach(() => {
  useNativeBinding(process.cwd(), process.versions);
});

describe('which better-sqlite3 a runtime loads', () => {
  it('Node (tests, CLI, web host) keeps the module’s own build, even when an Electron one is beside it', () => {
    expect(selectNativeBinding({ modules: '115' }, '/app', () => true)).toBeUndefined();
  });

  it('Electron takes build/native/electron-<its ABI>/better_sqlite3.node when it is there', () => {
    const seen: string[] = [];
    const file = selectNativeBinding({ electron: '41.7.1', modules: '145' }, '/app', (f) => {
      seen.push(f);
      return true;
    });
    expect(file).toBe(path.join('/app', 'build', 'native', 'electron-145', 'better_sqlite3.node'));
    expect(seen).toEqual([file]);
  });

  it('a packaged Electron app (no build/native, node_modules rebuilt by electron-builder) uses the module’s lookup', () => {
    expect(selectNativeBinding({ electron: '41.7.1', modules: '145' }, '/app', () => false)).toBeUndefined();
  });

  it('without a selection the options pass through unchanged', () => {
    useNativeBinding('/nowhere', { modules: ABI });
    expect(withNativeBinding({ readonly: true })).toEqual({ readonly: true });
  });

  it('the selected file is the one every database opens with (a real load from the side-by-side folder)', () => {
    const root = tempDir();
    const file = electronBindingPath(root, ABI);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(NODE_BUILD, file);
    // This process's own ABI stands in for Electron's: the copy is loadable, and it is the path named.
    expect(useNativeBinding(root, { electron: '41.7.1', modules: ABI })).toBe(file);
    expect(withNativeBinding({ fileMustExist: true })).toEqual({ fileMustExist: true, nativeBinding: file });
    checkNativeBinding({ electron: '41.7.1', modules: ABI });
    const db = openDatabase(path.join(tempDir(), 'hearing-desk.sqlite'));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('a binding that does not load is refused at start in Chinese first, naming the ABI and the way out', () => {
    const root = tempDir();
    const file = electronBindingPath(root, '145');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'not a shared library');
    const runtime = { electron: '41.7.1', modules: '145' };
    useNativeBinding(root, runtime);
    let caught: unknown;
    try {
      checkNativeBinding(runtime);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.message_zh).toMatch(
      /^数据库组件 better-sqlite3 不是为本 Electron（41\.7\.1，ABI 145）编译的/,
    );
    expect(error.message_zh).toContain('npm start');
    expect(error.message_zh).toContain(file);
    expect(error.message.split('\n')[0]).toBe(error.message_zh);
    expect(error.details).toMatchObject({ abi: '145', electron: '41.7.1', file });
  });
});

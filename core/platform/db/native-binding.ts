import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../api/errors';

/**
 * Which compiled better-sqlite3 a runtime loads. `npm install` compiles it for Node's ABI (tests, the
 * CLI, the web host); Electron has its own ABI, so `npm start` (build/electron-binding.ts) puts a copy
 * built for Electron beside it, in build/native/electron-<abi>/, and the Electron main process names that
 * file through better-sqlite3's `nativeBinding` option. A packaged app has no such folder: electron-builder
 * rebuilt node_modules for Electron (npmRebuild), so the module's own lookup is right there.
 */

export const BINDING_FILE = 'better_sqlite3.node';

/** The parts of `process.versions` that decide: `electron` is set only inside Electron. */
export type Runtime = { electron?: string | undefined; modules: string };

export function electronBindingDir(root: string, abi: string): string {
  return path.join(root, 'build', 'native', `electron-${abi}`);
}

export function electronBindingPath(root: string, abi: string): string {
  return path.join(electronBindingDir(root, abi), BINDING_FILE);
}

/** undefined: better-sqlite3's own lookup (node_modules/better-sqlite3/build/Release). */
export function selectNativeBinding(
  runtime: Runtime,
  root: string,
  exists: (file: string) => boolean = fs.existsSync,
): string | undefined {
  if (!runtime.electron) return undefined;
  const file = electronBindingPath(root, runtime.modules);
  return exists(file) ? file : undefined;
}

let chosen: string | undefined;

/** Called once by a host before the first database opens (the Electron main process). */
export function useNativeBinding(root: string, runtime: Runtime = process.versions): string | undefined {
  chosen = selectNativeBinding(runtime, root);
  return chosen;
}

/** The options of every `new Database(…)`, with the binding chosen for this runtime. */
export function withNativeBinding<T extends Database.Options>(options: T): T {
  return chosen === undefined ? options : { ...options, nativeBinding: chosen };
}

/**
 * Loads the binding once in memory, so a wrong build is reported at start in words a clerk can act on
 * instead of as a dlopen error at the first case opened.
 */
export function checkNativeBinding(runtime: Runtime = process.versions): void {
  try {
    new Database(':memory:', withNativeBinding({})).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new AppError(
      'INTERNAL',
      runtime.electron ? 'platform.nativeBindingElectron' : 'platform.nativeBindingNode',
      { abi: runtime.modules, electron: runtime.electron ?? '', file: chosen ?? BINDING_FILE, reason },
      { abi: runtime.modules, electron: runtime.electron ?? null, file: chosen ?? null, reason },
    );
  }
}

import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the lint configuration, without types
import { check, NOT_IMPORTED, PACKAGES, roleOf } from '../../../build/eslint-roles.js';

type Check = (file: string, spec: string, typeOnly: boolean) => string | null;
const rule = check as Check;
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('lint by file role', () => {
  it('assigns every dependency of package.json to the roles that may import it (or names it as never imported)', () => {
    const assigned = new Set([...Object.keys(PACKAGES as object), ...(NOT_IMPORTED as string[])]);
    const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    const unassigned = deps.filter((d) => !d.startsWith('@types/') && !assigned.has(d));
    expect(unassigned).toEqual([]);
  });

  it('gives every file a role from its place', () => {
    const roleOfFile = roleOf as (f: string) => string;
    expect(roleOfFile('core/features/recon/store.ts')).toBe('store');
    expect(roleOfFile('core/features/recon/handlers/view.ts')).toBe('handlers');
    expect(roleOfFile('core/features/recon/disputes.ts')).toBe('rules');
    expect(roleOfFile('core/features/settlements/model/views.ts')).toBe('model');
    expect(roleOfFile('core/lib/tables/zip.ts')).toBe('lib-tables');
    expect(roleOfFile('core/somewhere.ts')).toBe('unknown');
  });

  it('fails closed: an unknown package, or a file with no role, is an error', () => {
    expect(rule('core/features/recon/handlers/view.ts', 'left-pad', false)).toMatch(/not assigned/);
    expect(rule('core/stray.ts', 'zod', false)).toMatch(/no role/);
  });

  it('keeps packages where they belong', () => {
    expect(rule('core/features/transfer/handlers/package.ts', 'fflate', false)).toMatch(
      /may not import fflate/,
    );
    expect(rule('core/lib/tables/zip.ts', 'fflate', false)).toBeNull();
    expect(rule('core/features/recon/handlers/view.ts', 'better-sqlite3', false)).toMatch(/better-sqlite3/);
    expect(rule('core/features/recon/store.ts', 'better-sqlite3', false)).toBeNull();
    expect(rule('core/features/recon/rules.ts', 'node:fs', false)).toMatch(/node:fs/);
    expect(rule('renderer/features/recon/ReconPage.tsx', 'pdfkit', false)).toMatch(/pdfkit/);
  });

  it('lets the renderer see only core/lib, models and catalogues (and the API types)', () => {
    const page = 'renderer/features/recon/ReconPage.tsx';
    expect(rule(page, '../../../core/features/recon/model', false)).toBeNull();
    expect(rule(page, '../../../core/features/recon/messages', false)).toBeNull();
    expect(rule(page, '../../../core/lib/money/amount', false)).toBeNull();
    expect(rule(page, '../../../core/features/recon/rules', false)).toMatch(/renderer imports only/);
    expect(rule(page, '../../../core/features/recon/store', true)).toMatch(/renderer imports only/);
    expect(rule(page, '../../../core/features/recon/api', true)).toBeNull();
    expect(rule(page, '../../../core/features/recon/api', false)).toMatch(/renderer imports only/);
  });

  it('keeps the platform free of features but where it assembles them', () => {
    const toFeature = '../../features/recon/model';
    expect(rule('core/platform/api/export-job.ts', toFeature, true)).toMatch(/platform code may not/);
    expect(rule('core/platform/api/contract.ts', '../../features/recon/api', false)).toBeNull();
    expect(rule('core/features/recon/rules.ts', '../../platform/db/handle', false)).toMatch(/pure/);
    expect(rule('core/features/recon/model.ts', './store', true)).toMatch(/may not import a store/);
    // storage sits below the API: it raises the API's errors and nothing more
    expect(rule('core/platform/db/open.ts', '../api/errors', false)).toBeNull();
    expect(rule('core/platform/db/open.ts', '../api/dispatch', false)).toMatch(/below the API/);
  });

  it('refuses SQL outside stores and Chinese text outside catalogues', async () => {
    const eslint = new ESLint({ overrideConfig: { rules: { 'hd/text': 'error' } } });
    const [handlers] = await eslint.lintText("export const q = 'SELECT id FROM cases WHERE id = ?';", {
      filePath: 'core/features/recon/handlers/x.ts',
    });
    expect(handlers!.messages.map((m) => m.ruleId)).toContain('hd/sql');
    const [store] = await eslint.lintText("export const q = 'SELECT id FROM cases WHERE id = ?';", {
      filePath: 'core/features/recon/store.ts',
    });
    expect(store!.messages.map((m) => m.ruleId)).not.toContain('hd/sql');
    const [text] = await eslint.lintText("export const t = '对账已结束';", {
      filePath: 'core/features/recon/handlers/x.ts',
    });
    expect(text!.messages.map((m) => m.ruleId)).toContain('hd/text');
    const [catalogue] = await eslint.lintText("export const t = '对账已结束';", {
      filePath: 'core/features/recon/messages.ts',
    });
    expect(catalogue!.messages.map((m) => m.ruleId)).not.toContain('hd/text');
  });
});

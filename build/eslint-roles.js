// Import and text rules by file role (README "Layout"), as local ESLint rules so the allowlists live in
// one place. Fails closed: a package not listed in PACKAGES, or a file with no role, is an error.
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const NODE = new Set(builtinModules);

/**
 * The role of a file. Inside core/features/<name>/ the role is the file name or the folder under the
 * feature (handlers/…, store/…, model/…); any other file there is a pure rule file ('rules').
 */
export function roleOf(rel) {
  const parts = rel.split('/');
  if (parts[0] === 'core') {
    if (parts[1] === 'lib') return parts[2] === 'tables' ? 'lib-tables' : 'lib';
    if (parts[1] === 'platform') return `platform-${parts[2]}`;
    if (parts[1] === 'features' && parts.length >= 4) {
      const head = parts[3].replace(/\.tsx?$/, '');
      if (['api', 'model', 'store', 'handlers', 'document', 'transfer', 'messages'].includes(head))
        return head;
      return 'rules';
    }
    return 'unknown';
  }
  if (['renderer', 'electron', 'web', 'cli', 'test', 'bench', 'build', 'docs'].includes(parts[0]))
    return parts[0];
  if (parts[0] === 'bin') return 'cli';
  if (parts.length === 1) return 'config';
  return 'unknown';
}

const CORE_PURE = ['lib', 'lib-tables', 'model', 'rules', 'document', 'messages'];
const CORE = [...CORE_PURE, 'api', 'store', 'handlers', 'transfer'];
const PLATFORM = ['platform-db', 'platform-api', 'platform-documents', 'platform-files'];
const HOSTS = ['electron', 'web', 'cli'];
const TOOLS = ['test', 'bench', 'build', 'config'];
const ALL_CORE = [...CORE, ...PLATFORM];

/** Every dependency of package.json, with the roles that may import it. */
export const PACKAGES = {
  'decimal.js': [...ALL_CORE, 'renderer', ...HOSTS, ...TOOLS],
  zod: [...ALL_CORE, 'renderer', ...HOSTS, ...TOOLS],
  papaparse: ['lib-tables', 'test', 'bench'],
  'iconv-lite': ['lib-tables', 'test', 'bench'],
  exceljs: ['lib-tables', 'test', 'bench'],
  fflate: ['lib-tables', 'test', 'bench'],
  'better-sqlite3': ['platform-db', 'store', 'test', 'bench'],
  pdfkit: ['platform-documents', 'test', 'bench'],
  '@signpdf/signpdf': ['platform-documents', 'test', 'bench'],
  '@signpdf/placeholder-pdfkit': ['platform-documents', 'test', 'bench'],
  '@signpdf/signer-p12': ['platform-documents', 'test', 'bench'],
  '@signpdf/utils': ['platform-documents', 'test', 'bench'],
  'node-forge': ['platform-documents', 'test', 'bench'],
  electron: ['electron', 'test'],
  react: ['renderer', 'test'],
  'react-dom': ['renderer', 'test'],
  signature_pad: ['renderer', 'test'],
  '@tanstack/react-virtual': ['renderer', 'test'],
  vitest: ['test', 'config'],
  'fast-check': ['test', 'bench'],
  '@playwright/test': ['test', 'bench', 'config'],
  vite: ['renderer', 'config'],
  '@vitejs/plugin-react': ['renderer', 'config'],
  esbuild: ['build'],
  tsx: ['cli'],
  yaml: ['test', 'build'],
  eslint: ['config', 'build', 'test'],
  '@eslint/js': ['config'],
  'typescript-eslint': ['config'],
  globals: ['config'],
};

/** Dependencies no code imports: tools run by npm scripts, type packages, font files copied at build. */
export const NOT_IMPORTED = [
  '@expo-google-fonts/noto-sans-sc',
  '@expo-google-fonts/noto-serif-sc',
  'electron-builder',
  'prettier',
  'typescript',
];

/** Node's built-in modules: never in pure code or the renderer. */
const NODE_ROLES = [...PLATFORM, 'store', 'handlers', 'api', 'transfer', 'lib-tables', ...HOSTS, ...TOOLS];

/** Where the platform meets the features: the contract, the handler registry, the services, the catalogue. */
const ASSEMBLY = [
  'core/platform/api/contract.ts',
  'core/platform/api/registry.ts',
  'core/platform/api/services.ts',
  'core/platform/api/catalogue.ts',
];

/** The storage layer raises the API's errors with the API's texts, and uses nothing else of it. */
const DB_MAY_USE = [
  'core/platform/api/errors.ts',
  'core/platform/api/messages.ts',
  'core/platform/api/catalogue.ts',
];

/** Platform modules with no I/O that pure feature code may use: field schemas, errors, document models. */
const PURE_PLATFORM = [
  'core/platform/api/schemas.ts',
  'core/platform/api/errors.ts',
  'core/platform/api/messages.ts',
  'core/platform/api/model.ts',
  'core/platform/documents/model.ts',
  'core/platform/documents/messages.ts',
  'core/platform/documents/privacy.ts',
  'core/platform/documents/masking.ts',
  'core/platform/documents/reveal.ts',
];

const isNode = (spec) => spec.startsWith('node:') || NODE.has(spec.split('/')[0]);
const pkgName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const under = (rel, dirs) => dirs.some((d) => rel === d || rel.startsWith(d + '/'));
const isModel = (target) => /^core\/features\/[^/]+\/model(\.ts|\/)/.test(target);
const isCatalogue = (target) => /^core\/features\/[^/]+\/messages\.ts$/.test(target);
const isFeatureApi = (target) => /^core\/features\/[^/]+\/api\.ts$/.test(target);

function resolveTarget(fileRel, spec) {
  const abs = path.resolve(root, path.dirname(fileRel), spec);
  const target = path.relative(root, abs);
  if (/\.[a-z]+$/.test(target)) return target;
  for (const candidate of [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`])
    if (fs.existsSync(path.join(root, candidate))) return candidate;
  return `${target}.ts`;
}

export function check(fileRel, spec, typeOnly) {
  const role = roleOf(fileRel);
  if (role === 'unknown') return `${fileRel} has no role: put it in a folder the layout names`;
  if (!spec.startsWith('.')) {
    if (isNode(spec)) return NODE_ROLES.includes(role) ? null : `${role} code may not import ${spec}`;
    const pkg = pkgName(spec);
    const allowed = PACKAGES[pkg];
    if (!allowed) return `${pkg} is not assigned to any role (build/eslint-roles.js PACKAGES)`;
    if (typeOnly && role !== 'renderer') return null;
    return allowed.includes(role) ? null : `${role} code may not import ${pkg}`;
  }
  const target = resolveTarget(fileRel, spec);
  const targetRole = roleOf(target);
  if (role === 'renderer') {
    if (under(target, ['renderer'])) return null;
    if (
      under(target, ['core/lib']) ||
      isModel(target) ||
      isCatalogue(target) ||
      target === 'core/platform/api/model.ts'
    )
      return null;
    if (typeOnly && (isFeatureApi(target) || target === 'core/platform/api/contract.ts')) return null;
    return `renderer imports only core/lib and features' model files (type-only: api.ts), not ${target}`;
  }
  if (role === 'lib' || role === 'lib-tables') {
    return targetRole === 'lib' || targetRole === 'lib-tables' ? null : `core/lib may not import ${target}`;
  }
  if (role === 'platform-db' && targetRole === 'platform-api' && !DB_MAY_USE.includes(target))
    return `core/platform/db is below the API: it may use only its errors and texts, not ${target}`;
  if (role.startsWith('platform-')) {
    if (targetRole.startsWith('platform-') || targetRole.startsWith('lib')) return null;
    if (ASSEMBLY.includes(fileRel)) return null;
    return `platform code may not import the feature file ${target}`;
  }
  if (role === 'model' && targetRole === 'store')
    return `a model may not import a store (the store maps its rows to the model's records): ${target}`;
  if (CORE_PURE.includes(role)) {
    if (CORE_PURE.includes(targetRole) || typeOnly) return null;
    if (PURE_PLATFORM.includes(target)) return null;
    return `${role} code is pure: it may not import ${target}`;
  }
  if (role === 'store') {
    return ['handlers', 'api', 'transfer'].includes(targetRole) && !typeOnly
      ? `a store may not import ${target}`
      : null;
  }
  if (under(fileRel, ['core']) && under(target, ['electron', 'web', 'cli', 'renderer', 'test']))
    return `core may not import ${target}`;
  return null;
}

const SQL =
  /\b(SELECT\s[\s\S]*\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER)|DROP\s+(TABLE|TRIGGER)|PRAGMA\s+\w+)\b/;
const SQL_ROLES = ['store', 'platform-db', 'test', 'bench'];

const importRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const fileRel = path.relative(root, context.filename);
    const visit = (node) => {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string') return;
      const typeOnly =
        node.importKind === 'type' ||
        node.exportKind === 'type' ||
        (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
      const why = check(fileRel, spec, typeOnly);
      if (why) context.report({ node, message: why });
    };
    return {
      ImportDeclaration: visit,
      ExportNamedDeclaration: visit,
      ExportAllDeclaration: visit,
      ImportExpression: visit,
    };
  },
};

const sqlRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const fileRel = path.relative(root, context.filename);
    if (SQL_ROLES.includes(roleOf(fileRel))) return {};
    const look = (node, text) => {
      if (SQL.test(text))
        context.report({ node, message: 'SQL belongs in a store.ts (or core/platform/db)' });
    };
    return {
      Literal: (node) => typeof node.value === 'string' && look(node, node.value),
      TemplateLiteral: (node) => look(node, node.quasis.map((q) => q.value.raw).join(' ')),
    };
  },
};

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/;

/**
 * Where Chinese text may be written in product code: catalogues (messages.ts in core and renderer
 * features, the renderer's catalogue), stored vocabularies (vocabulary.ts: values the database holds,
 * such as 自动履行), and these named data files.
 */
const TEXT_FILES = [
  // the shipped rate tables' source notes, copied from shared/data
  'core/lib/rates/shipped-data.ts',
  // the sample case: names, places and notes of a made-up case
  'core/features/cases/sample-case.ts',
];
// Shipped migrations keep the stored values their CHECK constraints name (自动履行 …): they never change.
const isTextFile = (rel) =>
  TEXT_FILES.includes(rel) ||
  rel.startsWith('core/platform/db/migrations/') ||
  /(^|\/)(messages|vocabulary)\.tsx?$/.test(rel) ||
  rel.startsWith('renderer/app/i18n/');

const textRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const fileRel = path.relative(root, context.filename);
    if (!under(fileRel, ['core', 'renderer']) || isTextFile(fileRel)) return {};
    const look = (node, text) => {
      if (CJK.test(text))
        context.report({
          node,
          message: 'Chinese text belongs in a catalogue (messages.ts) or a vocabulary.ts',
        });
    };
    return {
      Literal: (node) => typeof node.value === 'string' && look(node, node.value),
      TemplateLiteral: (node) => look(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('')),
      JSXText: (node) => look(node, node.value),
    };
  },
};

export default { rules: { boundaries: importRule, sql: sqlRule, text: textRule } };

// Import boundaries of DESIGN.md §1 / STYLE.md §1, as one local ESLint rule so the allowlists live in one place.
import path from 'node:path';
import { builtinModules } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DOMAIN = [
  'core/money',
  'core/rates',
  'core/interest',
  'core/ledger',
  'core/hearing',
  'core/settlement',
  'core/transfer',
  'core/signing',
];
const NODE = new Set(builtinModules);

const isNode = (spec) => spec.startsWith('node:') || NODE.has(spec.split('/')[0]);
const pkgName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const under = (rel, dirs) => dirs.some((d) => rel === d || rel.startsWith(d + '/'));

function check(fileRel, spec) {
  const relative = spec.startsWith('.');
  const target = relative ? path.relative(root, path.resolve(root, path.dirname(fileRel), spec)) : null;
  const pkg = relative ? null : pkgName(spec);
  if (under(fileRel, DOMAIN)) {
    if (relative && !under(target, DOMAIN)) return `domain module may not import ${target}`;
    if (!relative && pkg !== 'decimal.js' && pkg !== 'zod')
      return `domain module may import only decimal.js and zod, not ${spec}`;
  }
  if (under(fileRel, ['renderer'])) {
    if (!relative && (isNode(spec) || pkg === 'electron' || pkg === 'better-sqlite3' || pkg === 'pdfkit'))
      return `renderer may not import ${spec}`;
    if (relative && under(target, ['core/db', 'core/documents', 'electron', 'web', 'cli']))
      return `renderer reaches data only through the API client, not ${target}`;
  }
  if (!relative && pkg === 'better-sqlite3' && !under(fileRel, ['core/db', 'test', 'bench']))
    return 'only core/db imports better-sqlite3';
  if (!relative && pkg === 'pdfkit' && !under(fileRel, ['core/documents', 'test', 'bench']))
    return 'only core/documents imports pdfkit';
  if (!relative && pkg === 'electron' && !under(fileRel, ['electron', 'test']))
    return 'only electron/ imports electron';
  return null;
}

const rule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const fileRel = path.relative(root, context.filename);
    const visit = (node) => {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string') return;
      const why = check(fileRel, spec);
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

export default { rules: { boundaries: rule } };

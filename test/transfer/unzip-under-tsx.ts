import { zipSync } from 'fflate';
import { unzipInWorker } from '../../core/lib/tables/zip';

// Run by zip-bomb.test.ts under tsx (as the web host runs): the worker gets the function's source as
// tsx transpiled it, helpers and all.
const zip = zipSync({ 'a.json': new TextEncoder().encode('{"a":1}') });
void unzipInWorker(zip, { maxEntries: 10, maxTotal: 1000 }).then((r) =>
  process.stdout.write(JSON.stringify(r.ok ? r.entries.map(([n, b]) => [n, b.length]) : r)),
);

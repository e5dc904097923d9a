import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { compute } from '../../core/lib/interest';
import { parseLedger } from '../../core/features/ledger/ledger-file';
import { buildRateTables } from '../../core/lib/rates/table';
import type { Ledger } from '../../core/lib/interest/types';

/** Debian's poppler-utils and qpdf, run as real processes on real files. */

export const root = path.resolve(__dirname, '../..');
export const artifacts = path.join(root, 'test-results', 'documents');

export function pdftotext(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

/** Text without line breaks or spaces, so a phrase wrapped across lines is still found whole. */
export const flat = (text: string): string => text.replace(/\s+/g, '');

export function pdfsig(file: string): { code: number | null; out: string } {
  const r = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

export function qpdfCheck(file: string): { code: number | null; out: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Renders one page to PNG under test-results/documents and returns the file. */
export function renderPage(file: string, page: number, name: string): string {
  fs.mkdirSync(artifacts, { recursive: true });
  const prefix = path.join(artifacts, name);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '110',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    prefix,
  ]);
  return `${prefix}.png`;
}

export function fixtureLedger(name: string): Ledger {
  const parsed = parseLedger(
    JSON.parse(fs.readFileSync(path.join(root, 'test/support/fixtures/examples', name), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`fixture ${name} invalid`);
  return parsed.ledger;
}

export function computeFixture(name: string) {
  const ledger = fixtureLedger(name);
  return { ledger, result: compute(ledger, buildRateTables()) };
}

/**
 * Appends an incremental update by hand (PDF 32000-1 §7.5.6): a new Info dictionary, an xref section
 * for it and a trailer pointing back with /Prev. What a court seal tool does, minus the seal.
 */
export function appendIncrementalUpdate(pdf: Buffer, keywords: string): Buffer {
  const text = pdf.toString('latin1');
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const rootRef = /\/Root (\d+ \d+ R)/.exec(trailer)?.[1];
  const id = /\/ID \[[^\]]*\]/.exec(trailer)?.[0] ?? '';
  if (!prev || !size || !rootRef) throw new Error('cannot read the trailer');
  let out = text.endsWith('\n') ? text : `${text}\n`;
  const objOffset = Buffer.byteLength(out, 'latin1');
  out += `${size} 0 obj\n<<\n/Producer (court seal tool)\n/Keywords (${keywords})\n>>\nendobj\n`;
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(objOffset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<<\n/Size ${size + 1}\n/Root ${rootRef}\n/Info ${size} 0 R\n/Prev ${prev}\n${id}\n>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

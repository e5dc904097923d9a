import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../core/platform/api/services';
import { attachmentPath, sanitiseLabel, storeAttachment } from '../../../core/platform/files/attachments';
import { ok, start } from '../../support/harness';
import { tempDir } from '../../support/temp';

/**
 * Issue 8, item 4: names that come with files (an import's file name, an attachment's name) are labels,
 * never paths: traversal, absolute, Windows and device names write nothing anywhere.
 */

const NAMES = [
  '../../../../tmp/hd-evil.csv',
  '..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts',
  '/etc/passwd',
  'C:\\Users\\Public\\evil.csv',
  '\\\\server\\share\\evil.csv',
  'CON',
  'nul.csv',
  '对账单\u202Evsc.exe',
];

const CSV = Buffer.from('到账日期,金额\n2024-03-05,100\n', 'utf8').toString('base64');

/** Every file under dir, relative. */
function tree(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('names that come with files', () => {
  it.each(NAMES)('import file name %j is stored as text only and writes no file', (fileName) => {
    const dir = tempDir();
    const s = start(dir);
    const before = tree(dir);
    const { id: caseId } = ok(call(s, 'cases.create', { caseNumber: '(2026)名1号' }));
    const preview = ok(call(s, 'imports.preview', { caseId, fileName, base64: CSV }));
    expect(preview.fileName).toBe(fileName);
    const done = ok(call(s, 'imports.confirm', { caseId, fileName, base64: CSV }));
    expect(done.batch.fileName).toBe(fileName);
    const set = ok(call(s, 'entrySets.create', { caseId, clerk: '甲' }));
    ok(call(s, 'entrySets.import', { setId: set.id, fileName, base64: CSV }));
    // Only the database (and its WAL) changed: nothing was written under any name taken from input.
    const files = tree(dir).filter((f) => !f.startsWith('hearing-desk.sqlite'));
    expect(files).toEqual(before.filter((f) => !f.startsWith('hearing-desk.sqlite')));
    expect(fs.existsSync('/tmp/hd-evil.csv')).toBe(false);
  });

  it.each(NAMES)('attachment name %j becomes a plain label; the file is stored under its digest', (name) => {
    const dir = tempDir();
    const label = sanitiseLabel(name);
    expect(label).not.toMatch(/[/\\]/);
    expect([...label].some((ch) => ch.charCodeAt(0) < 0x20 || (ch >= '\u202a' && ch <= '\u202e'))).toBe(
      false,
    );
    expect(label).not.toBe('..');
    const bytes = new TextEncoder().encode(`content of ${name}`);
    const stored = storeAttachment(dir, bytes);
    expect(stored.path).toBe(attachmentPath(dir, stored.sha256));
    expect(path.relative(dir, stored.path)).toBe(
      path.join('attachments', stored.sha256.slice(0, 2), stored.sha256),
    );
    expect(tree(dir)).toEqual([path.join('attachments', stored.sha256.slice(0, 2), stored.sha256)]);
  });

  it('a digest that is not 64 hex characters never becomes a path', () => {
    for (const bad of ['../../etc/passwd', `${'a'.repeat(63)}/`, 'A'.repeat(64), ''])
      expect(attachmentPath('/data', bad)).toBeNull();
  });
});

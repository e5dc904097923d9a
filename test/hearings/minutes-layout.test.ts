import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signaturePng } from '../../bench/signature-png';
import { signedDocument, type SignedDocument } from '../../core/platform/documents/export';
import { ensureIdentity } from '../../core/platform/documents/identity';
import { minutesModel, sampleLongMinutes } from '../../core/features/hearings/document';
import { flattenPng } from '../../core/platform/documents/png';
import { flat, pdfPages, pdfsig, pdftotext, qpdfCheck, renderPage } from '../support/pdf-tools';

/** 1185 exchanges of the sample 对账笔录 fill exactly 100 pages. */
const ENTRIES = 1185;
const NOW = new Date('2026-01-21T08:00:00.000Z');

let dir: string;
let file: string;
let doc: SignedDocument;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-minutes-'));
  const identity = ensureIdentity(dir, { court: '示例市第一人民法院', now: NOW });
  const model = minutesModel(
    sampleLongMinutes(ENTRIES, [
      { role: '申请执行人', imagePng: signaturePng().toString('base64') },
      { role: '被执行人', name: '张某某' },
      { role: '书记员', name: '刘某' },
    ]),
  );
  doc = signedDocument(model, { identity, now: NOW, auditHead: '0'.repeat(64) });
  file = path.join(dir, 'minutes.pdf');
  fs.writeFileSync(file, doc.pdf);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a 100-page 对账笔录', () => {
  it('has 100 pages, each with the right 「第 x 页 共 100 页」 and the page signatures', () => {
    expect(doc.pages).toBe(100);
    expect(pdfPages(file)).toBe(100);
    // pdftotext ends every page with a form feed: one chunk per page.
    const pages = pdftotext(file).split('\f').slice(0, -1);
    expect(pages).toHaveLength(100);
    pages.forEach((text, i) => {
      const numbers = [...text.matchAll(/第\s*(\d+)\s*页\s*共\s*(\d+)\s*页/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(numbers).toEqual([[i + 1, 100]]);
      for (const part of ['本页签名：申请执行人：', '被执行人：张某某', '书记员：刘某'])
        expect(flat(text)).toContain(part);
    });
    // And page by page, as a reader would pick them.
    for (const p of [1, 37, 100])
      expect(pdftotext(file, p)).toMatch(new RegExp(`第\\s*${p}\\s*页\\s*共\\s*100\\s*页`));
  });

  it('keeps every entry, in order, and ends with the signature block on the last page', () => {
    const all = flat(pdftotext(file));
    expect(all).toContain('1.审判员：第1笔');
    expect(all).toContain(`${ENTRIES}.审判员：第${(ENTRIES + 1) / 2}笔`);
    const last = flat(pdftotext(file, 100));
    expect(last).toContain('（以下无正文）');
    expect(last).toContain('申请执行人（签名）：');
    expect(last).toContain('审判员（签名）：王某');
    expect(last).toContain('二〇二六年一月二十一日');
  });

  it('embeds the signature image once and draws it on every page', () => {
    const text = doc.pdf.toString('latin1');
    expect(text.match(/\/Subtype \/Image/g)).toHaveLength(1);
    const png = renderPage(file, 100, 'minutes-page100');
    expect(fs.statSync(png).size).toBeGreaterThan(20_000);
  });

  it('is signed (pdfsig) and well-formed (qpdf)', () => {
    expect(pdfsig(file).out).toContain('Signature is Valid.');
    expect(qpdfCheck(file).code).toBe(0);
  });
});

describe('flattenPng', () => {
  it('composites an RGBA signature onto white so pdfkit embeds it synchronously', () => {
    const rgba = signaturePng(40, 10);
    const flatPng = flattenPng(rgba);
    expect(flatPng[25]).toBe(2); // colour type RGB
    expect(flatPng.readUInt32BE(16)).toBe(40);
    expect(flatPng.readUInt32BE(20)).toBe(10);
    expect(flattenPng(flatPng).equals(flatPng)).toBe(true);
    expect(() => flattenPng(Buffer.from('nope'))).toThrow('not a PNG');
  });
});

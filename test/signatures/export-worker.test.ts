import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signaturePng } from '../../bench/signature-png';
import { signedDocument } from '../../core/platform/documents/export';
import { layoutInWorker, signedDocumentInWorker } from '../../core/platform/documents/export-worker';
import { createWorkstationP12, identityFromP12 } from '../../core/platform/documents/identity';
import { minutesModel, sampleLongMinutes } from '../../core/features/hearings/document';
import { renderPdf } from '../../core/platform/documents/render';
import { pdfsig, pdftotext } from '../support/pdf-tools';
import { tempDir } from '../support/temp';

const NOW = new Date('2026-01-21T08:00:00.000Z');
const png = signaturePng().toString('base64');

describe('export off the main thread (worker_threads)', () => {
  it('lays out the 100-page minutes in a worker, page by page, while the main thread keeps ticking; same bytes', async () => {
    const model = minutesModel(
      sampleLongMinutes(1185, [
        { role: '申请执行人', imagePng: png },
        { role: '被执行人', name: '', refused: '不同意' },
      ]),
    );
    const progress: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const started = Date.now();
    const out = await layoutInWorker({ model, now: NOW.toISOString() }, (n) => progress.push(n));
    const elapsed = Date.now() - started;
    clearInterval(timer);
    expect(out.pages).toBe(100);
    expect(progress).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    // the event loop ran all along: at least a third of the 10 ms ticks that fit in the layout time
    expect(ticks).toBeGreaterThan(Math.floor(elapsed / 10 / 3));
    expect(out.pdf.equals(renderPdf(model, { now: NOW }).pdf)).toBe(true);
  }, 60_000);

  it('signs in the calling thread what the worker laid out: pdfsig valid, same file as signedDocument', async () => {
    const made = createWorkstationP12({ commonName: '示例市第一人民法院', now: NOW });
    const identity = identityFromP12(made.p12, made.passphrase, 'workstation');
    const model = minutesModel(sampleLongMinutes(40, [{ role: '申请执行人', imagePng: png }]));
    const options = { identity, now: NOW, auditHead: 'a'.repeat(64) };
    const viaWorker = await signedDocumentInWorker(model, options);
    const inThread = signedDocument(model, options);
    expect(viaWorker.pages).toBe(inThread.pages);
    expect(viaWorker.recordHash).toBe(inThread.recordHash);
    // the PKCS#7 blob carries the signing time from the same clock, and RSA PKCS#1 v1.5 is deterministic
    expect(viaWorker.sha256).toBe(inThread.sha256);
    const file = path.join(tempDir(), 'worker.pdf');
    fs.writeFileSync(file, viaWorker.pdf);
    expect(pdfsig(file).out).toContain('Signature is Valid');
    expect(pdftotext(file, 1)).toContain('对账笔录');
  }, 60_000);

  it('reports a layout failure as a rejected promise, not a crash', async () => {
    const bad = minutesModel(
      sampleLongMinutes(2, [{ role: '申请执行人', imagePng: Buffer.from('nope').toString('base64') }]),
    );
    await expect(layoutInWorker({ model: bad, now: NOW.toISOString() })).rejects.toThrow('not a PNG');
  }, 30_000);
});

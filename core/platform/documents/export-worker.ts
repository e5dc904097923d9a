import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { documentFileName, signingReason, type SignedDocument, type SignOptions } from './export';
import type { LayoutMessage, LayoutRequest } from './layout-worker';
import type { DocumentModel } from './model';
import { recordHash, type Rendered } from './render';
import { placeholderFor, signPdf } from './sign';

/**
 * Export off the main thread: a long document (a 100-page 对账笔录) is laid out in a worker thread while
 * the main process keeps serving the window; `onProgress` hears how many pages are done. Same bytes as
 * renderPdf in the calling thread (the same model and clock give the same file).
 *
 * The worker is core/platform/documents/layout-worker.ts, run through tsx under the web host and the tests; the
 * Electron build bundles it beside main.cjs as layout-worker.cjs.
 */
function startWorker(request: LayoutRequest): Worker {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) return new Worker(new URL('./layout-worker.cjs', here), { workerData: request });
  // From TypeScript sources (web host, CLI, tests): a small bootstrap registers tsx in the worker first.
  const entry = new URL('./layout-worker.ts', here).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: request });
}

export function layoutInWorker(
  request: LayoutRequest,
  onProgress?: (pages: number) => void,
): Promise<Rendered> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(request);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (m: LayoutMessage) => {
      if (m.type === 'progress') onProgress?.(m.pages);
      else if (m.type === 'done')
        finish(() =>
          resolve({ pdf: Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength), pages: m.pages }),
        );
      else finish(() => reject(new Error(m.message)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`layout worker exited with code ${code}`))));
  });
}

/** What the worker needs to lay out `model` exactly as signedDocument would (provenance, empty signature field). */
export function layoutRequestFor(model: DocumentModel, options: Omit<SignOptions, 'fonts'>): LayoutRequest {
  return {
    model,
    now: options.now.toISOString(),
    provenance: {
      recordHash: recordHash(model),
      auditHead: options.auditHead,
      generatedAt: options.now.toISOString(),
      signer: options.identity.commonName,
    },
    placeholder: placeholderFor(options.identity, {
      reason: signingReason(model),
      location: model.court || 'Hearing Desk',
    }),
  };
}

/** Signs in the calling thread what the worker laid out: the private key never enters the worker. */
export function sealLaidOut(
  model: DocumentModel,
  laidOut: Rendered,
  options: Omit<SignOptions, 'fonts'>,
  suffix = '',
): SignedDocument {
  const signed = signPdf(laidOut.pdf, options.identity, options.now);
  return {
    pdf: signed,
    sha256: createHash('sha256').update(signed).digest('hex'),
    pages: laidOut.pages,
    recordHash: recordHash(model),
    signer: options.identity.commonName,
    fileName: documentFileName(model, suffix),
  };
}

export async function signedDocumentInWorker(
  model: DocumentModel,
  options: Omit<SignOptions, 'fonts'>,
  suffix = '',
  onProgress?: (pages: number) => void,
): Promise<SignedDocument> {
  const laidOut = await layoutInWorker(layoutRequestFor(model, options), onProgress);
  return sealLaidOut(model, laidOut, options, suffix);
}

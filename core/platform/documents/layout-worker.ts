import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentModel, Provenance } from './model';
import { renderPdf, type SignaturePlaceholder } from './render';

/**
 * The layout of one document in a worker thread (worker_threads): the model arrives as workerData, the
 * progress goes back page by page, then the PDF bytes (transferred, not copied). Signing stays with the
 * caller: the private key never crosses into the worker.
 */
export type LayoutRequest = {
  model: DocumentModel;
  /** ISO 8601: the clock for CreationDate and ModDate. */
  now: string;
  provenance?: Provenance;
  placeholder?: SignaturePlaceholder;
};

export type LayoutMessage =
  | { type: 'progress'; pages: number }
  | { type: 'done'; pdf: Uint8Array; pages: number }
  | { type: 'error'; message: string };

const port = parentPort;
if (port && workerData) {
  const request = workerData as LayoutRequest;
  try {
    const { pdf, pages } = renderPdf(request.model, {
      now: new Date(request.now),
      ...(request.provenance ? { provenance: request.provenance } : {}),
      ...(request.placeholder ? { placeholder: request.placeholder } : {}),
      onPage: (n) => port.postMessage({ type: 'progress', pages: n } satisfies LayoutMessage),
    });
    // A fresh ArrayBuffer of its own (a small Buffer may sit in Node's shared pool), moved, not copied.
    const bytes = new Uint8Array(pdf);
    port.postMessage({ type: 'done', pdf: bytes, pages } satisfies LayoutMessage, [
      bytes.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    port.postMessage({ type: 'error', message: (error as Error).message } satisfies LayoutMessage);
  }
}
